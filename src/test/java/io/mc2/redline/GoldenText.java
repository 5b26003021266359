package io.mc2.redline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The normalised text rendering of a {@link RedlineDocument} that golden files hold: the three
 * views, one line per paragraph with its style, numbering, anchors and table position, then the
 * other stories, revisions, comments and properties. {@code -Dgolden.update=true} rewrites goldens.
 */
public final class GoldenText {

    private GoldenText() {
    }

    public static String render(RedlineDocument d) {
        StringBuilder sb = new StringBuilder();
        for (View v : View.values()) {
            sb.append("## ").append(v.name().toLowerCase()).append('\n');
            for (String line : d.paragraphs(v)) sb.append(escape(line)).append('\n');
        }
        sb.append("## paragraphs\n");
        List<RedlineParagraph> body = d.body();
        for (int i = 0; i < body.size(); i++) sb.append(i).append(' ').append(describe(body.get(i))).append('\n');
        story(sb, "headers", d.headers());
        story(sb, "footers", d.footers());
        story(sb, "footnotes", d.footnotes());
        story(sb, "endnotes", d.endnotes());
        sb.append("## revisions\n");
        for (Revision r : d.revisions()) {
            sb.append(r.type()).append(" | ").append(r.author()).append(" | ").append(r.date()).append(" | ")
                    .append(r.part()).append('#').append(r.paragraph()).append(" | ").append(escape(r.text())).append('\n');
        }
        sb.append("## comments\n");
        for (Comment c : d.comments()) {
            sb.append(c.id()).append(" | ").append(c.author()).append(" | ").append(c.date()).append(" | parent=")
                    .append(c.parent()).append(" | resolved=").append(c.resolved()).append(" | paragraph=")
                    .append(c.paragraph()).append(" | on: ").append(escape(c.anchor())).append(" | ")
                    .append(escape(c.text())).append('\n');
        }
        sb.append("## custom properties\n");
        new TreeMap<>(d.customProperties()).forEach((k, v) -> sb.append(k).append(" = ").append(escape(v)).append('\n'));
        sb.append("## core properties\n");
        Map<String, String> core = new TreeMap<>(d.coreProperties());
        core.forEach((k, v) -> sb.append(k).append(" = ").append(escape(v)).append('\n'));
        sb.append("## external relationships\n");
        for (String e : d.externalRelationships()) sb.append(e).append('\n');
        return sb.toString();
    }

    private static void story(StringBuilder sb, String name, List<RedlineParagraph> story) {
        sb.append("## ").append(name).append('\n');
        for (String line : RedlineDocument.paragraphs(story, View.TRACKED)) sb.append(escape(line)).append('\n');
    }

    static String describe(RedlineParagraph p) {
        StringBuilder sb = new StringBuilder();
        sb.append("style=").append(p.styleId()).append(" (").append(p.styleName()).append(')');
        if (p.numbered()) {
            sb.append(" num=").append(p.numId()).append('/').append(p.ilvl()).append(" label=").append(p.numberLabel())
                    .append(" original=").append(p.originalNumberLabel());
        }
        if (!p.contentControlTags().isEmpty()) sb.append(" tags=").append(p.contentControlTags());
        if (!p.bookmarks().isEmpty()) sb.append(" bookmarks=").append(p.bookmarks());
        if (!p.commentIds().isEmpty()) sb.append(" comments=").append(p.commentIds());
        if (p.cell() != null) {
            TableCell c = p.cell();
            sb.append(" cell=t").append(c.table()).append(" r").append(c.row()).append(" c").append(c.column())
                    .append(" d").append(c.depth());
            if (c.change() != Change.KEPT) sb.append(' ').append(c.change());
        }
        if (p.markChange() != Change.KEPT) {
            sb.append(" mark=").append(p.markChange()).append('(').append(p.markAuthor()).append(", ").append(p.markDate()).append(')');
        }
        if (p.propertiesChanged()) sb.append(" properties-changed");
        return sb.append(" | ").append(escape(p.text(View.TRACKED))).toString();
    }

    static String escape(String s) {
        return s == null ? "null" : s.replace("\\", "\\\\").replace("\r", "\\r").replace("\n", "\\n");
    }

    /** Compares with the golden file, or rewrites it under -Dgolden.update=true. */
    public static void assertGolden(Path golden, String actual) {
        try {
            if (Boolean.getBoolean("golden.update")) {
                Files.createDirectories(golden.toAbsolutePath().getParent());
                Files.writeString(golden, actual, StandardCharsets.UTF_8);
                return;
            }
            if (!Files.exists(golden)) {
                throw new AssertionError("missing golden file " + golden + "; run with -Dgolden.update=true and review the diff");
            }
            assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual, "golden " + golden);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
