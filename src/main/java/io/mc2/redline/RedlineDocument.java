package io.mc2.redline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A supplier's .docx with every tracked change and comment kept: the body in reading order (table
 * cells flattened), the other stories kept apart, and the package's properties.
 *
 * @param customProperties      docProps/custom.xml, name to value as text
 * @param coreProperties        docProps/core.xml, element local name (title, creator, ...) to text
 * @param externalRelationships relationships with TargetMode="External", as "type target (in part)";
 *                              reported, never fetched
 * @param repairs               damage the reader mended before reading (a LibreOffice malformation), one
 *                              warning line each naming the file; empty for nearly every file
 */
public record RedlineDocument(List<RedlineParagraph> body, List<RedlineParagraph> headers,
                              List<RedlineParagraph> footers, List<RedlineParagraph> footnotes,
                              List<RedlineParagraph> endnotes, List<Revision> revisions,
                              List<Comment> comments, Map<String, String> customProperties,
                              Map<String, String> coreProperties, List<String> externalRelationships,
                              List<TextBox> textBoxes, List<String> repairs) {

    /** A document read without repairs. */
    public RedlineDocument(List<RedlineParagraph> body, List<RedlineParagraph> headers, List<RedlineParagraph> footers,
                           List<RedlineParagraph> footnotes, List<RedlineParagraph> endnotes, List<Revision> revisions,
                           List<Comment> comments, Map<String, String> customProperties, Map<String, String> coreProperties,
                           List<String> externalRelationships, List<TextBox> textBoxes) {
        this(body, headers, footers, footnotes, endnotes, revisions, comments, customProperties, coreProperties, externalRelationships,
                textBoxes, List.of());
    }

    /** A document without text boxes. */
    public RedlineDocument(List<RedlineParagraph> body, List<RedlineParagraph> headers, List<RedlineParagraph> footers,
                           List<RedlineParagraph> footnotes, List<RedlineParagraph> endnotes, List<Revision> revisions,
                           List<Comment> comments, Map<String, String> customProperties, Map<String, String> coreProperties,
                           List<String> externalRelationships) {
        this(body, headers, footers, footnotes, endnotes, revisions, comments, customProperties, coreProperties, externalRelationships,
                List.of());
    }

    public RedlineDocument {
        textBoxes = List.copyOf(textBoxes);
        body = List.copyOf(body);
        headers = List.copyOf(headers);
        footers = List.copyOf(footers);
        footnotes = List.copyOf(footnotes);
        endnotes = List.copyOf(endnotes);
        revisions = List.copyOf(revisions);
        comments = List.copyOf(comments);
        customProperties = Map.copyOf(customProperties);
        coreProperties = Map.copyOf(coreProperties);
        externalRelationships = List.copyOf(externalRelationships);
        repairs = List.copyOf(repairs);
    }

    /** The body's paragraphs as they read in the view; see {@link #paragraphs(List, View)}. */
    public List<String> paragraphs(View view) {
        return paragraphs(body, view);
    }

    /** The body's text in the view, one paragraph per line. */
    public String text(View view) {
        return String.join("\n", paragraphs(view));
    }

    /**
     * Paragraph texts of a story in a view. ACCEPTED and ORIGINAL apply paragraph-mark changes the
     * way Word does: a mark absent from the view joins its paragraph with the next one in the same
     * container (the body or one table cell), and paragraphs of removed table rows or cells
     * disappear. TRACKED gives one line per paragraph as written.
     */
    public static List<String> paragraphs(List<RedlineParagraph> story, View view) {
        List<String> out = new ArrayList<>(story.size());
        if (view == View.TRACKED) {
            for (RedlineParagraph p : story) out.add(p.text(View.TRACKED));
            return out;
        }
        StringBuilder pending = null;
        for (int i = 0; i < story.size(); i++) {
            RedlineParagraph p = story.get(i);
            if (!p.presentIn(view)) continue;
            if (pending == null) pending = new StringBuilder();
            pending.append(p.text(view));
            RedlineParagraph next = nextPresent(story, i, view);
            boolean joinsNext = !p.markPresentIn(view) && next != null && Objects.equals(next.cell(), p.cell());
            if (!joinsNext) {
                out.add(pending.toString());
                pending = null;
            }
        }
        return out;
    }

    private static RedlineParagraph nextPresent(List<RedlineParagraph> story, int i, View view) {
        for (int j = i + 1; j < story.size(); j++) {
            if (story.get(j).presentIn(view)) return story.get(j);
        }
        return null;
    }
}
