package io.mc2.app;

import io.mc2.align.AlignedSegment;
import io.mc2.align.Alignment;
import io.mc2.align.Renumbering;
import io.mc2.align.Text;
import io.mc2.diff.Edit;
import io.mc2.diff.SequenceDiff;
import io.mc2.respond.RedlineEditor;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Makes a clause (or other part of the document) read as we want it, paragraph by paragraph, as our
 * tracked changes over the supplier's text: first their changes are accepted into the text we
 * answer, so that what we undo shows as our own deletion or insertion, never as their change
 * silently gone. Only the segment's own paragraphs are touched; a paragraph that already says what
 * we want (clause numbers moved by the supplier's word processor included) is left as it is.
 */
final class ClauseRewrite {
    private final RedlineEditor editor;
    private final Alignment alignment;
    private final Renumbering numbers;
    private final String author;
    private final String date;

    ClauseRewrite(RedlineEditor editor, Alignment alignment, Renumbering numbers, String author, String date) {
        this.editor = editor;
        this.alignment = alignment;
        this.numbers = numbers;
        this.author = author;
        this.date = date;
    }

    /** Accepts the supplier's changes in the segment's paragraphs, and only there. */
    void accept(AlignedSegment seg) {
        editor.acceptRevisions(seg.paragraphs(), false);
    }

    /**
     * The segment's paragraphs, their changes accepted, rewritten to {@code wanted} (one text per
     * paragraph) as our tracked changes. Returns false, changing nothing, when none of the segment's
     * paragraphs is left to write into (the caller restores the clause elsewhere).
     */
    boolean rewrite(AlignedSegment seg, List<String> wanted) {
        // empty lines are layout, not text: left alone
        List<Integer> lines = new ArrayList<>();
        for (int i : seg.paragraphs()) if (editor.stands(i) && !editor.blank(i)) lines.add(i);
        // paragraphs whose marks they deleted stay, emptied, so that our text goes back in its place and style
        editor.acceptRevisions(seg.paragraphs(), true);
        List<Integer> standing = new ArrayList<>();
        for (int i : lines) if (editor.stands(i)) standing.add(i);
        if (standing.isEmpty()) return false;
        List<String> texts = new ArrayList<>();
        for (int i : standing) {
            String t = Text.normalise(editor.acceptedText(i));
            String ours = wanted.stream().filter(w -> numbers.same(t, w)).findFirst().orElse(t);
            texts.add(ours);
        }
        Set<Integer> gone = new LinkedHashSet<>();
        List<Integer> old = new ArrayList<>();
        List<String> added = new ArrayList<>();
        int last = -1;
        for (Edit e : SequenceDiff.diff(texts, wanted)) {
            switch (e.op()) {
                case DELETE -> old.addAll(standing.subList(e.aStart(), e.aEnd()));
                case INSERT -> added.addAll(wanted.subList(e.bStart(), e.bEnd()));
                case EQUAL -> {
                    write(old, added, last, standing.get(0), gone);
                    last = standing.get(e.aEnd() - 1);
                }
            }
        }
        write(old, added, last, standing.get(0), gone);
        int kept = standing.stream().filter(i -> !gone.contains(i)).findFirst().orElse(-1);
        if (kept >= 0) for (int i : gone) editor.moveBookmarks(i, kept);
        editor.deleteParagraphs(gone, author, date);
        return true;
    }

    /**
     * One stretch where their paragraphs and ours differ: paired in order and rewritten word by
     * word, their extra paragraphs marked for deletion, our extra ones added after the last
     * paragraph written (before the segment's first when there is none yet).
     */
    private void write(List<Integer> old, List<String> added, int last, int first, Set<Integer> gone) {
        int paired = Math.min(old.size(), added.size());
        for (int j = 0; j < paired; j++) editor.replaceText(old.get(j), added.get(j), author, date);
        gone.addAll(old.subList(paired, old.size()));
        if (paired > 0) last = old.get(paired - 1);
        List<String> rest = added.subList(paired, added.size());
        if (last < 0) {
            for (String t : rest) editor.insertParagraphBefore(first, t, author, date);
        } else {
            for (int j = rest.size() - 1; j >= 0; j--) editor.insertParagraphAfter(last, rest.get(j), author, date);
        }
        old.clear();
        added.clear();
    }

    /** The last paragraph still standing before the segment in the document, or -1: where a lost clause goes back. */
    int anchorBefore(AlignedSegment seg) {
        int anchor = -1;
        for (AlignedSegment other : alignment.segments()) {
            if (other == seg) break;
            for (int i : other.paragraphs()) if (editor.stands(i) && !editor.acceptedText(i).isBlank()) anchor = Math.max(anchor, i);
        }
        return anchor;
    }
}
