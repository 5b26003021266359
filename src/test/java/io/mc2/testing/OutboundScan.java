package io.mc2.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Scans every XML part of an outbound .docx (draft, counter-redline, compare output) for what
 * must not reach the supplier: our negotiating words, internal guidance, profile names, and
 * position values. Text is read from element content and attribute values (not element names:
 * markup-compatibility's {@code mc:Fallback} is no leak).
 *
 * <p>A position value (e.g. a fallback "forty-five (45) days") may appear in a comment only when it
 * is also in the body text of the clause the comment is anchored in (as sent, as it now reads, or
 * as the supplier had it): then it is a value on the table, not a secret. Outside the body and the
 * comments (headers, footers, properties, settings ...) no position value may appear at all.
 * Findings that the baseline (the document we answer) already has are not ours and are dropped.
 */
public final class OutboundScan {
    /** Our negotiating vocabulary. */
    public static final Pattern WORDS = Pattern.compile("walk[- ]?away|fall-?back|preferred position|escalat",
            Pattern.CASE_INSENSITIVE);
    private static final String BODY = "word/document.xml";
    private static final String COMMENTS = "word/comments.xml";
    private static final Pattern NUMBERED = Pattern.compile("^(?:\\d+(?:\\.\\d+)*\\.?\\s+)?(.+)$");

    private OutboundScan() {
    }

    /** Every finding, as "part: what" (sorted, distinct); {@code baseline} may be null. */
    public static List<String> scan(byte[] docx, byte[] baseline, OutboundSecrets secrets) {
        Set<String> found = new LinkedHashSet<>(findings(docx, baseline, secrets));
        if (baseline != null) found.removeAll(findings(baseline, null, secrets));
        return found.stream().sorted().toList();
    }

    private static List<String> findings(byte[] docx, byte[] baseline, OutboundSecrets secrets) {
        Map<String, byte[]> parts = xmlParts(docx);
        Body body = Body.read(parts.get(BODY), secrets.positions().keySet());
        Map<String, String> onTable = new HashMap<>(body.clauseText);
        if (baseline != null) {
            Body theirs = Body.read(xmlParts(baseline).get(BODY), secrets.positions().keySet());
            theirs.clauseText.forEach((k, v) -> onTable.merge(k, v, (a, b) -> a + "\n" + b));
        }
        List<String> out = new ArrayList<>();
        for (var part : parts.entrySet()) {
            String name = part.getKey();
            Text text = Text.read(part.getValue());
            String all = OutboundSecrets.normalise(text.all);
            Matcher m = WORDS.matcher(all);
            while (m.find()) out.add(name + ": negotiating word '" + m.group() + "'");
            for (String g : secrets.guidance()) if (all.contains(g)) out.add(name + ": internal guidance \"" + g + "\"");
            for (String label : secrets.labels()) if (all.contains(label)) out.add(name + ": profile name '" + label + "'");
            if (name.equals(BODY)) {
                values(out, name, OutboundSecrets.normalise(text.attributes), null, "", secrets);
            } else if (name.equals(COMMENTS)) {
                for (var c : text.comments.entrySet()) {
                    String clause = body.commentClause.getOrDefault(c.getKey(), "");
                    values(out, name + " comment " + c.getKey(), c.getValue(), onTable.get(clause), clause, secrets);
                }
            } else {
                values(out, name, all, null, "", secrets);
            }
        }
        return out;
    }

    /**
     * Position values in {@code text}: of the clause when one is given (allowed when also in
     * {@code allowed}, the clause's body text), else of every clause (never allowed).
     */
    private static void values(List<String> out, String where, String text, String allowed, String clause, OutboundSecrets s) {
        for (var e : s.positions().entrySet()) {
            if (!clause.isEmpty() && !e.getKey().equals(clause)) continue;
            for (OutboundSecrets.PositionText p : e.getValue()) {
                if (!text.contains(p.text())) continue;
                if (!clause.isEmpty() && allowed != null && allowed.contains(p.text())) continue;
                out.add(where + ": " + p.what() + " of '" + e.getKey() + "' as text: " + p.text());
            }
        }
    }

    static Map<String, byte[]> xmlParts(byte[] docx) {
        Map<String, byte[]> parts = new TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().endsWith(".xml") || e.getName().endsWith(".rels")) parts.put(e.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return parts;
    }

    private static XMLStreamReader reader(byte[] xml) throws XMLStreamException {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return f.createXMLStreamReader(new ByteArrayInputStream(xml));
    }

    /** A part's text: all of it, its attribute values, and (for the comments part) each comment's text by id. */
    private static final class Text {
        final StringBuilder allText = new StringBuilder();
        final StringBuilder attrs = new StringBuilder();
        final Map<String, String> comments = new LinkedHashMap<>();
        String all;
        String attributes;

        static Text read(byte[] xml) {
            Text t = new Text();
            String comment = null;
            StringBuilder commentText = new StringBuilder();
            try {
                XMLStreamReader r = reader(xml);
                while (r.hasNext()) {
                    int ev = r.next();
                    if (ev == XMLStreamConstants.START_ELEMENT) {
                        for (int i = 0; i < r.getAttributeCount(); i++) t.attrs.append(r.getAttributeValue(i)).append('\n');
                        if (r.getLocalName().equals("comment")) {
                            comment = attribute(r, "id");
                            commentText.setLength(0);
                        }
                    } else if (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA) {
                        t.allText.append(r.getText());
                        if (comment != null) commentText.append(r.getText());
                    } else if (ev == XMLStreamConstants.END_ELEMENT) {
                        if (r.getLocalName().equals("p")) {
                            t.allText.append('\n');
                            commentText.append('\n');
                        } else if (r.getLocalName().equals("comment") && comment != null) {
                            t.comments.put(comment, OutboundSecrets.normalise(commentText.toString()));
                            comment = null;
                        }
                    }
                }
            } catch (XMLStreamException e) {
                throw new IllegalStateException(e);
            }
            t.all = t.allText + "\n" + t.attrs;
            t.attributes = t.attrs.toString();
            return t;
        }
    }

    /**
     * The body: each clause's text (from its heading to the next clause heading, Key Terms Schedule
     * rows included), as it reads with every change accepted and with every change rejected, and
     * the clause each comment is anchored in.
     */
    private static final class Body {
        final Map<String, String> clauseText = new HashMap<>();
        final Map<String, String> commentClause = new HashMap<>();

        static Body read(byte[] xml, Set<String> titles) {
            Body b = new Body();
            if (xml == null) return b;
            String clause = "";
            Deque<StringBuilder[]> paragraphs = new ArrayDeque<>();
            List<String> anchors = new ArrayList<>();
            int inserted = 0;
            int deleted = 0;
            String element = "";
            try {
                XMLStreamReader r = reader(xml);
                while (r.hasNext()) {
                    int ev = r.next();
                    if (ev == XMLStreamConstants.START_ELEMENT) {
                        element = r.getLocalName();
                        switch (element) {
                            case "p" -> paragraphs.push(new StringBuilder[] {new StringBuilder(), new StringBuilder()});
                            case "ins", "moveTo" -> inserted++;
                            case "del", "moveFrom" -> deleted++;
                            case "commentRangeStart" -> anchors.add(attribute(r, "id"));
                            default -> { }
                        }
                    } else if (ev == XMLStreamConstants.CHARACTERS && !paragraphs.isEmpty()) {
                        StringBuilder[] p = paragraphs.peek();
                        if (element.equals("t") && deleted == 0) p[0].append(r.getText());
                        if ((element.equals("t") || element.equals("delText")) && inserted == 0) p[1].append(r.getText());
                    } else if (ev == XMLStreamConstants.END_ELEMENT) {
                        switch (r.getLocalName()) {
                            case "ins", "moveTo" -> inserted--;
                            case "del", "moveFrom" -> deleted--;
                            case "p" -> {
                                StringBuilder[] p = paragraphs.pop();
                                String accepted = OutboundSecrets.normalise(p[0].toString());
                                String original = OutboundSecrets.normalise(p[1].toString());
                                Matcher m = NUMBERED.matcher(accepted.isEmpty() ? original : accepted);
                                if (m.matches() && titles.contains(m.group(1))) clause = m.group(1);
                                for (String id : anchors) b.commentClause.put(id, clause);
                                anchors.clear();
                                b.clauseText.merge(clause, accepted + "\n" + original, (x, y) -> x + "\n" + y);
                            }
                            default -> { }
                        }
                        element = "";
                    }
                }
            } catch (XMLStreamException e) {
                throw new IllegalStateException(e);
            }
            return b;
        }
    }

    private static String attribute(XMLStreamReader r, String local) {
        for (int i = 0; i < r.getAttributeCount(); i++) if (r.getAttributeLocalName(i).equals(local)) return r.getAttributeValue(i);
        return "";
    }
}
