package io.mc2.redline;

import java.util.List;

/**
 * One paragraph as written in the redline, with every tracked change kept.
 *
 * @param segments            the text, split where the tracked change differs
 * @param markChange          the paragraph mark's change: INSERTED means the paragraph was split
 *                            off (rejecting joins it with the next), DELETED means it is joined with
 *                            the next when accepted
 * @param markAuthor          author of the mark's change, or null
 * @param markDate            date of the mark's change, or null
 * @param styleId             paragraph style id (the default paragraph style when none is set)
 * @param styleName           that style's name from styles.xml, or null when not found
 * @param numId               numbering instance (direct or from the style), 0 when not numbered
 * @param ilvl                numbering level 0..8
 * @param numberLabel         the number Word shows in the accepted text ("3.2", "(a)"), or null
 * @param originalNumberLabel the number in the original text, or null
 * @param contentControlTags  tags of the content controls around or inside it, outermost first
 * @param bookmarks           names of bookmarks starting in it (or just before it)
 * @param commentIds          ids of comments whose range starts in it
 * @param cell                where it sits in a table, or null outside tables
 * @param paraId              Word's w14:paraId, or null
 * @param propertiesChanged   whether its paragraph properties carry a tracked change (w:pPrChange)
 */
public record RedlineParagraph(List<Segment> segments, Change markChange, String markAuthor, String markDate,
                               String styleId, String styleName, int numId, int ilvl,
                               String numberLabel, String originalNumberLabel,
                               List<String> contentControlTags, List<String> bookmarks, List<String> commentIds,
                               TableCell cell, String paraId, boolean propertiesChanged) {

    public RedlineParagraph {
        segments = List.copyOf(segments);
        contentControlTags = List.copyOf(contentControlTags);
        bookmarks = List.copyOf(bookmarks);
        commentIds = List.copyOf(commentIds);
    }

    /**
     * This paragraph's own text in a view, without joining paragraphs whose marks change (see
     * {@link RedlineDocument#paragraphs(View)} for that). TRACKED marks a changed paragraph mark
     * at the end with a pilcrow, e.g. {@code {+¶+}}.
     */
    public String text(View view) {
        StringBuilder sb = new StringBuilder();
        for (Segment s : segments) {
            if (view == View.TRACKED) {
                sb.append(s.change().open()).append(s.text()).append(s.change().close());
            } else if (s.presentIn(view)) {
                sb.append(s.text());
            }
        }
        if (view == View.TRACKED && markChange != Change.KEPT) {
            sb.append(markChange.open()).append('\u00b6').append(markChange.close());
        }
        return sb.toString();
    }

    /** Whether the paragraph has a numbering instance. */
    public boolean numbered() {
        return numId != 0;
    }

    /** Whether the paragraph's mark survives the view (false: it is joined with the next paragraph). */
    public boolean markPresentIn(View view) {
        return markChange.presentIn(view);
    }

    /** Whether the paragraph exists at all in the view (false only inside a removed table row or cell). */
    public boolean presentIn(View view) {
        return cell == null || cell.presentIn(view);
    }

    /** Whether any text or the mark carries a tracked change. */
    public boolean changed() {
        if (markChange != Change.KEPT || propertiesChanged) return true;
        for (Segment s : segments) if (s.change() != Change.KEPT) return true;
        return false;
    }
}
