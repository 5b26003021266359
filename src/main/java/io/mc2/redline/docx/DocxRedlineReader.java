package io.mc2.redline.docx;

import io.mc2.redline.Change;
import io.mc2.redline.Comment;
import io.mc2.redline.ReadLimits;
import io.mc2.redline.RedlineDocument;
import io.mc2.redline.RedlineParagraph;
import io.mc2.redline.View;
import io.mc2.redline.docx.PackageParts.Relationship;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads a .docx package into a {@link RedlineDocument}; the entry point behind {@code RedlineReader}. */
public final class DocxRedlineReader {

    private static final String MAIN_DEFAULT = "word/document.xml";

    private final DocxArchive zip;
    private final Path file;

    private DocxRedlineReader(DocxArchive zip) {
        this.zip = zip;
        this.file = zip.file();
    }

    /** Reads and checks the file; see {@link io.mc2.redline.RedlineReader}. */
    public static RedlineDocument read(Path file, ReadLimits limits) {
        try (DocxArchive zip = DocxArchive.open(file, limits)) {
            return new DocxRedlineReader(zip).read();
        }
    }

    private RedlineDocument read() {
        byte[] types = zip.read("[Content_Types].xml");
        if (types == null) throw DocxArchive.unsafe(file, "a zip archive but not a Word document (no [Content_Types].xml)");
        for (String ct : PackageParts.contentTypes(file, types)) {
            if (ct.contains("macroenabled") || ct.contains("vbaproject")) {
                throw DocxArchive.unsafe(file, "macro-enabled document (" + ct + "); refusing to read it");
            }
        }
        List<Relationship> packageRels = PackageParts.relationships(file, "_rels/.rels", zip.read("_rels/.rels"));
        String main = target(packageRels, "officeDocument", MAIN_DEFAULT);
        byte[] mainData = zip.read(main);
        if (mainData == null && !main.equals(MAIN_DEFAULT)) {
            main = MAIN_DEFAULT;
            mainData = zip.read(main);
        }
        if (mainData == null) throw DocxArchive.unsafe(file, "a zip archive but not a Word document (no " + main + ")");
        List<Relationship> mainRels = PackageParts.relationships(file, PackageParts.relsOf(main),
                zip.read(PackageParts.relsOf(main)));

        Styles styles = Styles.read(file, "styles", zip.read(target(mainRels, "styles", "word/styles.xml")));
        Numbering numbering = Numbering.read(file, "numbering", zip.read(target(mainRels, "numbering", "word/numbering.xml")));

        Revisions revisions = new Revisions();
        CommentAnchors anchors = new CommentAnchors();
        List<ParagraphBuilder> body = new StoryReader(file, main, "body", mainData, revisions, anchors).read().paragraphs;
        List<ParagraphBuilder> headers = stories(mainRels, "header", revisions, anchors);
        List<ParagraphBuilder> footers = stories(mainRels, "footer", revisions, anchors);
        List<ParagraphBuilder> footnotes = stories(mainRels, "footnotes", revisions, anchors);
        List<ParagraphBuilder> endnotes = stories(mainRels, "endnotes", revisions, anchors);

        List<Comment> comments = comments(mainRels, revisions, anchors);

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
                externalRelationships());
    }

    private static String target(List<Relationship> rels, String shortType, String fallback) {
        for (Relationship r : rels) if (!r.external() && r.shortType().equals(shortType)) return r.target();
        return fallback;
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
            for (Relationship r : PackageParts.relationships(file, name, zip.read(name))) {
                if (r.external()) {
                    String source = PackageParts.sourceOf(name);
                    out.add(r.shortType() + " " + r.target() + " (in " + (source.isEmpty() ? "the package" : source) + ")");
                }
            }
        }
        return out;
    }

    /** Resolves style names and numbering, and numbers the paragraphs as each view shows them. */
    private static List<RedlineParagraph> paragraphs(List<ParagraphBuilder> builders, Styles styles,
                                                     Numbering numbering, boolean label) {
        Numbering.Counter accepted = numbering.new Counter(styles);
        Numbering.Counter original = numbering.new Counter(styles);
        List<RedlineParagraph> out = new ArrayList<>(builders.size());
        for (ParagraphBuilder b : builders) {
            String styleId = b.styleId != null ? b.styleId : styles.defaultParagraphStyle();
            int numId = 0, ilvl = 0;
            if (b.numId != null) {
                numId = b.numId;
                int[] fromStyle = styles.numbering(styleId);
                ilvl = b.ilvl != null ? b.ilvl : fromStyle != null && fromStyle[1] >= 0 ? fromStyle[1] : 0;
            } else {
                int[] fromStyle = styles.numbering(styleId);
                if (fromStyle != null) {
                    numId = fromStyle[0];
                    ilvl = b.ilvl != null ? b.ilvl : fromStyle[1] >= 0 ? fromStyle[1]
                            : Math.max(0, numbering.levelOfStyle(numId, styleId, styles));
                }
            }
            String acceptedLabel = null, originalLabel = null;
            if (label && numId != 0) {
                if (inView(b, View.ACCEPTED)) acceptedLabel = accepted.next(numId, ilvl);
                if (inView(b, View.ORIGINAL)) originalLabel = original.next(numId, ilvl);
            }
            out.add(new RedlineParagraph(b.segments(), b.mark, b.markAuthor, b.markDate, styleId, styles.name(styleId),
                    numId, ilvl, acceptedLabel, originalLabel, b.tags, b.bookmarks, b.commentIds, b.cell, b.paraId,
                    b.propertiesChanged));
        }
        return out;
    }

    /** A numbered paragraph counts in a view when its mark and its table row survive there. */
    private static boolean inView(ParagraphBuilder b, View view) {
        return b.mark.presentIn(view) && (b.cell == null || b.cell.presentIn(view));
    }

    static boolean kept(Change c) {
        return c == Change.KEPT;
    }
}
