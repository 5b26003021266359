package io.mc2.redline.docx;

import io.mc2.redline.Comment;
import io.mc2.docx.ReadLimits;
import io.mc2.redline.RedlineDocument;
import io.mc2.redline.RedlineParagraph;
import io.mc2.redline.TextBox;
import io.mc2.redline.Segment;
import io.mc2.redline.View;
import io.mc2.docx.DocxPackage;
import io.mc2.docx.Relationship;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/** Reads a .docx package into a {@link RedlineDocument}; the entry point behind {@code RedlineReader}. */
public final class DocxRedlineReader {

    private final DocxPackage zip;
    private final Path file;

    private DocxRedlineReader(DocxPackage zip) {
        this.zip = zip;
        this.file = Path.of(zip.label());
    }

    /** Reads and checks the file; see {@link io.mc2.redline.RedlineReader}. */
    public static RedlineDocument read(Path file, ReadLimits limits) {
        return read(DocxPackage.open(file, limits));
    }

    /** Reads an opened package; see {@link io.mc2.redline.RedlineReader}. */
    public static RedlineDocument read(DocxPackage pkg) {
        return new DocxRedlineReader(pkg).read();
    }

    private RedlineDocument read() {
        List<Relationship> packageRels = zip.relationships("");
        String main = zip.mainPart();
        byte[] mainData = zip.read(main);
        List<Relationship> mainRels = zip.relationships(main);

        Styles styles = Styles.read(file, "styles", zip.read(target(mainRels, "styles", "word/styles.xml")));
        Numbering numbering = Numbering.read(file, "numbering", zip.read(target(mainRels, "numbering", "word/numbering.xml")));

        Revisions revisions = new Revisions(new ContentBudget(file));
        CommentAnchors anchors = new CommentAnchors();
        List<ParagraphBuilder> body = new StoryReader(file, main, "body", mainData, revisions, anchors).read().paragraphs;
        List<ParagraphBuilder> headers = stories(mainRels, "header", revisions, anchors);
        List<ParagraphBuilder> footers = stories(mainRels, "footer", revisions, anchors);
        List<ParagraphBuilder> footnotes = stories(mainRels, "footnotes", revisions, anchors);
        List<ParagraphBuilder> endnotes = stories(mainRels, "endnotes", revisions, anchors);

        List<Comment> comments = comments(mainRels, revisions, anchors);
        List<TextBox> boxes = textBoxes(main, mainData, styles, numbering, revisions, anchors);

        String customPart = target(packageRels, "custom-properties", "docProps/custom.xml");
        String corePart = target(packageRels, "core-properties", "docProps/core.xml");
        return new RedlineDocument(
                paragraphs(body, styles, numbering, true),
                paragraphs(headers, styles, numbering, false),
                paragraphs(footers, styles, numbering, false),
                paragraphs(footnotes, styles, numbering, false),
                paragraphs(endnotes, styles, numbering, false),
                revisions.list(), comments,
                PackageParts.customProperties(file, customPart, zip.read(customPart)),
                PackageParts.coreProperties(file, corePart, zip.read(corePart)),
                externalRelationships(), boxes, zip.repairs());
    }

    /** The body's text boxes, read in a second pass over the main part (only when it names one). */
    private List<TextBox> textBoxes(String main, byte[] data, Styles styles, Numbering numbering, Revisions revisions,
                                    CommentAnchors anchors) {
        if (!io.mc2.docx.PartBytes.contains(data, "txbxContent")) return List.of();
        StoryReader reader = new StoryReader(file, main, "textboxes", data, revisions, anchors).read();
        List<RedlineParagraph> all = paragraphs(reader.paragraphs, styles, numbering, false);
        List<TextBox> out = new ArrayList<>();
        for (int i = 0; i < reader.boxes.size(); i++) {
            int from = reader.boxes.get(i)[0];
            int to = i + 1 < reader.boxes.size() ? reader.boxes.get(i + 1)[0] : all.size();
            out.add(new TextBox(reader.boxes.get(i)[1], all.subList(from, to)));
        }
        return out;
    }


    private static String target(List<Relationship> rels, String shortType, String fallback) {
        return DocxPackage.target(rels, shortType, fallback);
    }

    private List<ParagraphBuilder> stories(List<Relationship> rels, String shortType, Revisions revisions,
                                           CommentAnchors anchors) {
        List<ParagraphBuilder> out = new ArrayList<>();
        List<String> parts = rels.stream().filter(r -> !r.external() && r.shortType().equals(shortType))
                .map(Relationship::target).distinct().sorted(Comparator.comparing(DocxRedlineReader::naturalKey)).toList();
        for (String part : parts) {
            byte[] data = zip.read(part);
            if (data == null) continue;
            List<ParagraphBuilder> ps = new StoryReader(file, part, shortType, data, revisions, anchors).read().paragraphs;
            out.addAll(ps);
        }
        return out;
    }

    /** header10.xml after header2.xml. */
    private static String naturalKey(String part) {
        StringBuilder sb = new StringBuilder();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\d+|\\D+").matcher(part);
        while (m.find()) {
            String g = m.group();
            sb.append(Character.isDigit(g.charAt(0)) && g.length() < 10 ? "%010d".formatted(Long.parseLong(g)) : g);
        }
        return sb.toString();
    }

    private List<Comment> comments(List<Relationship> mainRels, Revisions revisions, CommentAnchors anchors) {
        String part = target(mainRels, "comments", null);
        byte[] data = part == null ? null : zip.read(part);
        if (data == null) return List.of();
        StoryReader reader = new StoryReader(file, part, "comments", data, revisions, new CommentAnchors()).read();
        String extPart = target(mainRels, "commentsExtended", null);
        Map<String, String[]> ext = extPart == null ? Map.of()
                : PackageParts.commentsExtended(file, extPart, zip.read(extPart));
        Map<String, String> commentByParaId = new HashMap<>();
        for (StoryReader.CommentBody c : reader.comments) {
            String paraId = lastParaId(c.paragraphs());
            if (paraId != null && c.id() != null) commentByParaId.putIfAbsent(paraId.toUpperCase(Locale.ROOT), c.id());
        }
        List<Comment> out = new ArrayList<>();
        for (StoryReader.CommentBody c : reader.comments) {
            StringBuilder text = new StringBuilder();
            for (ParagraphBuilder p : c.paragraphs()) {
                if (text.length() > 0) text.append('\n');
                text.append(p.acceptedText());
            }
            String paraId = lastParaId(c.paragraphs());
            String[] e = paraId == null ? null : ext.get(paraId);
            if (e == null && paraId != null) e = ext.get(paraId.toUpperCase(Locale.ROOT));
            String parent = e == null || e[0] == null ? null : commentByParaId.get(e[0].toUpperCase(Locale.ROOT));
            boolean resolved = e != null && ("1".equals(e[1]) || "true".equalsIgnoreCase(e[1]));
            CommentAnchors.Anchor a = c.id() == null ? null : anchors.get(c.id());
            out.add(new Comment(c.id(), c.author(), c.date(), text.toString().strip(),
                    a == null ? "" : a.text(), parent, resolved, a == null ? -1 : a.paragraph));
        }
        return inheritAnchors(out);
    }

    /** A reply without a range of its own is about its parent's text. */
    private static List<Comment> inheritAnchors(List<Comment> comments) {
        Map<String, Comment> byId = new HashMap<>();
        for (Comment c : comments) if (c.id() != null) byId.putIfAbsent(c.id(), c);
        List<Comment> out = new ArrayList<>(comments.size());
        for (Comment c : comments) {
            Comment root = c;
            for (int guard = 0; root.anchor().isEmpty() && root.parent() != null && guard < 64; guard++) {
                Comment up = byId.get(root.parent());
                if (up == null) break;
                root = up;
            }
            out.add(root == c ? c : new Comment(c.id(), c.author(), c.date(), c.text(), root.anchor(), c.parent(),
                    c.resolved(), c.paragraph() >= 0 ? c.paragraph() : root.paragraph()));
        }
        return out;
    }

    private static String lastParaId(List<ParagraphBuilder> ps) {
        for (int i = ps.size() - 1; i >= 0; i--) if (ps.get(i).paraId != null) return ps.get(i).paraId;
        return null;
    }

    private List<String> externalRelationships() {
        List<String> out = new ArrayList<>();
        for (String name : zip.names()) {
            if (!name.toLowerCase(Locale.ROOT).endsWith(".rels")) continue;
            for (Relationship r : zip.relationshipsIn(name)) {
                if (r.external()) {
                    String source = Relationship.sourceOf(name);
                    out.add(r.shortType() + " " + r.target() + " (in " + (source.isEmpty() ? "the package" : source) + ")");
                }
            }
        }
        return out;
    }

    /** Resolves style names and numbering, and numbers the paragraphs as each view shows them. */
    private static List<RedlineParagraph> paragraphs(List<ParagraphBuilder> builders, Styles styles,
                                                     Numbering numbering, boolean label) {
        int n = builders.size();
        String[] styleIds = new String[n];
        int[] numIds = new int[n];
        int[] ilvls = new int[n];
        for (int i = 0; i < n; i++) {
            ParagraphBuilder b = builders.get(i);
            String styleId = b.styleId != null ? b.styleId : styles.defaultParagraphStyle();
            styleIds[i] = styleId;
            int[] fromStyle = styles.numbering(styleId);
            if (b.numId != null) {
                numIds[i] = b.numId;
                ilvls[i] = b.ilvl != null ? b.ilvl : fromStyle != null && fromStyle[1] >= 0 ? fromStyle[1] : 0;
            } else if (fromStyle != null) {
                numIds[i] = fromStyle[0];
                ilvls[i] = b.ilvl != null ? b.ilvl : fromStyle[1] >= 0 ? fromStyle[1]
                        : Math.max(0, numbering.levelOfStyle(fromStyle[0], styleId, styles));
            }
        }
        String[] accepted = label ? labels(builders, numIds, ilvls, View.ACCEPTED, numbering.new Counter(styles)) : new String[n];
        String[] original = label ? labels(builders, numIds, ilvls, View.ORIGINAL, numbering.new Counter(styles)) : new String[n];
        List<RedlineParagraph> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            ParagraphBuilder b = builders.get(i);
            out.add(new RedlineParagraph(b.segments(), b.mark, b.markAuthor, b.markDate, styleIds[i],
                    styles.name(styleIds[i]), numIds[i], ilvls[i], accepted[i], original[i], b.tags, b.bookmarks,
                    b.commentIds, b.cell, b.paraId, b.propertiesChanged));
        }
        return out;
    }

    /**
     * Numbers the paragraphs as the view joins them. A joined paragraph is numbered by the mark that
     * survives (its last part, as in Word); the label goes to the first part that has text in the
     * view, so it sits beside the words it numbers.
     */
    private static String[] labels(List<ParagraphBuilder> builders, int[] numIds, int[] ilvls, View view,
                                   Numbering.Counter counter) {
        int n = builders.size();
        String[] out = new String[n];
        int groupStart = -1;
        for (int i = 0; i < n; i++) {
            ParagraphBuilder b = builders.get(i);
            if (!present(b, view)) continue;
            if (groupStart < 0) groupStart = i;
            int next = i + 1;
            while (next < n && !present(builders.get(next), view)) next++;
            boolean joins = !b.mark.presentIn(view) && next < n && Objects.equals(builders.get(next).cell, b.cell);
            if (joins) continue;
            if (numIds[i] != 0) {
                int target = i;
                for (int j = groupStart; j <= i; j++) {
                    if (present(builders.get(j), view) && hasText(builders.get(j), view)) {
                        target = j;
                        break;
                    }
                }
                out[target] = counter.next(numIds[i], ilvls[i]);
            }
            groupStart = -1;
        }
        return out;
    }

    private static boolean present(ParagraphBuilder b, View view) {
        return b.cell == null || b.cell.presentIn(view);
    }

    private static boolean hasText(ParagraphBuilder b, View view) {
        for (Segment s : b.segments()) if (s.presentIn(view) && !s.text().isBlank()) return true;
        return false;
    }
}
