package io.mc2.redline.docx;

import io.mc2.redline.Change;
import io.mc2.redline.Segment;
import io.mc2.redline.TableCell;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A paragraph while its part is being read; numbering labels are added once the part is done. */
final class ParagraphBuilder {
    final int index;
    final TableCell cell;
    final List<String> tags;
    final List<String> bookmarks = new ArrayList<>(0);
    final List<String> commentIds = new ArrayList<>(0);
    private final List<Segment> segments = new ArrayList<>(4);
    String paraId;
    String styleId;
    Integer numId;
    Integer ilvl;
    Change mark = Change.KEPT;
    String markAuthor;
    String markDate;
    boolean propertiesChanged;

    ParagraphBuilder(int index, TableCell cell, List<String> tags) {
        this.index = index;
        this.cell = cell;
        this.tags = tags;
    }

    // text is gathered in one builder until the change differs, so many tiny runs stay linear
    private final StringBuilder pending = new StringBuilder();
    private int length;
    private Change pendingChange;
    private String pendingAuthor;
    private String pendingDate;
    private boolean pendingAccepted;
    private boolean pendingOriginal;

    void add(String text, Change change, String author, String date, boolean inAccepted, boolean inOriginal) {
        if (pending.length() > 0 && !(pendingChange == change && pendingAccepted == inAccepted
                && pendingOriginal == inOriginal && Objects.equals(pendingAuthor, author)
                && Objects.equals(pendingDate, date))) {
            flush();
        }
        if (pending.length() == 0) {
            pendingChange = change;
            pendingAuthor = author;
            pendingDate = date;
            pendingAccepted = inAccepted;
            pendingOriginal = inOriginal;
        }
        pending.append(text);
        length += text.length();
    }

    /** Characters added so far, in every view. */
    int length() {
        return length;
    }

    List<Segment> segments() {
        flush();
        return segments;
    }

    private void flush() {
        if (pending.length() == 0) return;
        segments.add(new Segment(pending.toString(), pendingChange, pendingAuthor, pendingDate,
                pendingAccepted, pendingOriginal));
        pending.setLength(0);
    }

    String acceptedText() {
        StringBuilder sb = new StringBuilder();
        for (Segment s : segments()) if (s.inAccepted()) sb.append(s.text());
        return sb.toString();
    }
}
