package io.mc2.gap;

import io.mc2.diff.Edit;
import io.mc2.diff.WordDiff;
import java.util.ArrayList;
import java.util.List;

/** How a supplier's text differs from ours, as the report shows it: the word diff and the first change. */
final class TextChanges {
    private TextChanges() {
    }

    /** The word diff between what we sent and the supplier's text, as report pieces; empty when they are equal. */
    static List<GapReport.DiffPiece> diff(String a, String b) {
        List<GapReport.DiffPiece> out = new ArrayList<>();
        if (a.equals(b)) return out;
        for (WordDiff.Piece p : WordDiff.diff(a, b)) {
            out.add(new GapReport.DiffPiece(switch (p.op()) {
                case EQUAL -> "equal";
                case INSERT -> "insert";
                case DELETE -> "delete";
            }, p.text()));
        }
        return out;
    }

    /** The first difference, as "old" → "new" with a little context. */
    static String firstChange(String a, String b) {
        List<WordDiff.Piece> pieces = WordDiff.diff(a, b);
        StringBuilder del = new StringBuilder();
        StringBuilder ins = new StringBuilder();
        String before = "";
        boolean started = false;
        for (WordDiff.Piece p : pieces) {
            if (p.op() == Edit.Op.EQUAL) {
                if (started) break;
                before = p.text();
                continue;
            }
            started = true;
            (p.op() == Edit.Op.DELETE ? del : ins).append(p.text());
        }
        String ctx = before.length() > 40 ? "\u2026" + before.substring(before.length() - 40) : before;
        String d = del.toString().strip();
        String i = ins.toString().strip();
        if (d.isEmpty()) return ctx.strip() + " [added: \u201c" + i + "\u201d]";
        if (i.isEmpty()) return ctx.strip() + " [removed: \u201c" + d + "\u201d]";
        return ctx.strip() + " [\u201c" + d + "\u201d \u2192 \u201c" + i + "\u201d]";
    }
}
