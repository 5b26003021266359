package io.mc2.gap;

import io.mc2.redline.Comment;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The comments of a supplier's document, by the paragraph their range starts in. A comment is a
 * finding on the clause it is anchored in unless its thread is settled: the comment itself, or
 * the comment the thread starts with, is marked done (Word's "Resolve"; w15:done).
 */
final class SupplierComments {
    private final List<Comment> all;
    private final Map<String, Comment> byId = new HashMap<>();

    SupplierComments(List<Comment> all) {
        this.all = List.copyOf(all);
        for (Comment c : all) if (c.id() != null) byId.putIfAbsent(c.id(), c);
    }

    /** The comments whose range starts in one of the given body paragraphs, in document order. */
    List<GapReport.CommentReport> on(Collection<Integer> paragraphs) {
        List<GapReport.CommentReport> out = new ArrayList<>();
        for (Comment c : all) if (paragraphs.contains(c.paragraph())) out.add(report(c));
        return out;
    }

    private GapReport.CommentReport report(Comment c) {
        return new GapReport.CommentReport(c.id(), c.author(), c.date(), c.text(), c.anchor(), settled(c));
    }

    /** Whether the comment or its thread's first comment is marked done. */
    private boolean settled(Comment c) {
        Comment at = c;
        // a reply's parent chain is read from the document: bounded, in case it loops
        for (int guard = 0; at != null && guard < 64; guard++) {
            if (at.resolved()) return true;
            at = at.parent() == null ? null : byId.get(at.parent());
        }
        return false;
    }

    /** One medium-severity finding per open comment, quoting its author, date and text. */
    static List<GapReport.Finding> findings(List<GapReport.CommentReport> comments) {
        List<GapReport.Finding> out = new ArrayList<>();
        for (GapReport.CommentReport c : comments) {
            if (c.resolved()) continue;
            String on = c.anchor() == null || c.anchor().isEmpty() ? "" : " on \u201c" + c.anchor() + "\u201d";
            out.add(new GapReport.Finding("supplier-comment", "Supplier comment", c.by() + on + ": \u201c" + c.text() + "\u201d",
                    "medium"));
        }
        return out;
    }

    static long open(List<GapReport.CommentReport> comments) {
        return comments.stream().filter(c -> !c.resolved()).count();
    }
}
