package io.mc2.align;

import io.mc2.redline.RedlineDocument;
import io.mc2.redline.RedlineParagraph;
import io.mc2.redline.View;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The draft we sent, as paragraphs keyed by clause: read back from our own .docx, whose anchors
 * are intact (each clause is a content control tagged with its id).
 */
public record SentDraft(List<SentParagraph> paragraphs) {
    private static final Pattern DEFINITION = Pattern.compile("^[\u201c\"](.+?)[\u201d\"] means\\b");

    public SentDraft {
        paragraphs = List.copyOf(paragraphs);
    }

    /**
     * One paragraph of the draft we sent, as a reader sees it.
     *
     * @param style       the paragraph style's name, else its id, or null
     * @param numberLabel the list number shown, or null
     */
    public record Paragraph(String text, String style, List<String> tags, List<String> bookmarks, String numberLabel) {
    }

    /**
     * Segments our draft, read from a .docx; {@code clauseIds} are the clauses the draft holds (from
     * its properties). What we sent is the document with its changes accepted: a draft has none, and
     * a counter-redline we sent reads as it would be signed.
     */
    public static SentDraft of(RedlineDocument draft, Set<String> clauseIds) {
        List<Paragraph> paragraphs = new ArrayList<>();
        for (RedlineParagraph p : draft.body()) {
            if (!p.presentIn(View.ACCEPTED)) continue;
            paragraphs.add(new Paragraph(p.text(View.ACCEPTED), style(p), p.contentControlTags(), p.bookmarks(), p.numberLabel()));
        }
        return of(paragraphs, clauseIds);
    }

    /**
     * What we sent as read from its .docx, where a document another word processor saved (our
     * counter-redline over the supplier's LibreOffice document) keeps a bookmark on each clause
     * heading only: then each accepted paragraph is keyed by the clause the aligner finds it in
     * against {@code draft}, the draft it grew from. A document whose clauses are tagged content
     * controls is segmented by its tags, as {@link #of(RedlineDocument, Set)} does.
     */
    public static SentDraft of(RedlineDocument sent, Supplier<SentDraft> draft, Set<String> clauseIds) {
        boolean tagged = sent.body().stream().anyMatch(p -> p.contentControlTags().stream().anyMatch(clauseIds::contains));
        if (tagged) return of(sent, clauseIds);
        Alignment alignment = ClauseAligner.align(draft.get(), sent, clauseIds);
        List<SentParagraph> out = new ArrayList<>();
        for (int i = 0; i < sent.body().size(); i++) {
            RedlineParagraph p = sent.body().get(i);
            String text = p.presentIn(View.ACCEPTED) ? Text.normalise(p.text(View.ACCEPTED)) : "";
            if (text.isEmpty()) continue;
            SegmentKey key = isContents(p) ? SegmentKey.CONTENTS : alignment.segmentOfParagraph().getOrDefault(i, SegmentKey.DOCUMENT);
            out.add(new SentParagraph(text, key, isHeading(p), p.numberLabel()));
        }
        return new SentDraft(out);
    }

    /** Segments our draft given as its paragraphs in document order. */
    public static SentDraft of(List<Paragraph> paragraphs, Set<String> clauseIds) {
        List<SentParagraph> out = new ArrayList<>();
        boolean inDefinitions = false;
        for (Paragraph p : paragraphs) {
            String text = Text.normalise(p.text());
            if (text.isEmpty()) continue;
            String tag = clauseTag(p.tags(), p.bookmarks(), clauseIds);
            boolean heading = isHeading(p.style());
            SegmentKey key;
            if (tag != null) {
                key = SegmentKey.clause(tag);
                inDefinitions = false;
            } else if (isContents(p.style())) {
                key = SegmentKey.CONTENTS;
            } else {
                if (heading) inDefinitions = text.equalsIgnoreCase("Definitions");
                Matcher m = DEFINITION.matcher(text);
                key = inDefinitions && m.find() ? SegmentKey.definition(m.group(1)) : SegmentKey.DOCUMENT;
            }
            out.add(new SentParagraph(text, key, heading, p.numberLabel()));
        }
        return new SentDraft(out);
    }

    static String clauseTag(RedlineParagraph p, Set<String> clauseIds) {
        return clauseTag(p.contentControlTags(), p.bookmarks(), clauseIds);
    }

    private static String clauseTag(List<String> tags, List<String> bookmarks, Set<String> clauseIds) {
        for (String t : tags) if (clauseIds.contains(t)) return t;
        for (String b : bookmarks) {
            // bookmark names are the id with non-alphanumerics as '_': compare the same way
            if (!b.startsWith("mc2_")) continue;
            for (String id : clauseIds) if (matchesBookmark(b, id)) return id;
        }
        return null;
    }

    private static boolean matchesBookmark(String bookmark, String id) {
        if (bookmark.length() != id.length() + 4) return false;
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            char expected = Character.isLetterOrDigit(c) && c < 128 ? c : '_';
            if (bookmark.charAt(i + 4) != expected) return false;
        }
        return true;
    }

    static boolean isHeading(RedlineParagraph p) {
        return isHeading(style(p));
    }

    static boolean isContents(RedlineParagraph p) {
        return isContents(style(p));
    }

    private static String style(RedlineParagraph p) {
        return p.styleName() == null ? p.styleId() : p.styleName();
    }

    private static boolean isHeading(String style) {
        return style != null && style.toLowerCase(Locale.ROOT).replace(" ", "").startsWith("heading");
    }

    private static boolean isContents(String style) {
        if (style == null) return false;
        String n = style.toLowerCase(Locale.ROOT).replace(" ", "");
        return n.startsWith("toc") || n.equals("contentsheading");
    }
}
