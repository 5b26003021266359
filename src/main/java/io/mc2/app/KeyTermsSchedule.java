package io.mc2.app;

import io.mc2.align.Text;
import io.mc2.library.Clause;
import io.mc2.library.Parameter;
import io.mc2.model.ClauseInstance;
import io.mc2.respond.RedlineEditor;
import io.mc2.respond.SupplierNote;
import io.mc2.template.ValueText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Key Terms Schedule of a counter-redline: a row whose value differs from the value its clause
 * ends with (accepted, countered or restored) is rewritten as our change, and one note tells the
 * supplier which values the schedule now shows.
 */
final class KeyTermsSchedule {

    private KeyTermsSchedule() {
    }

    /**
     * Rewrites the rows; returns the decision to report for the schedule, or null when every row
     * already says what its clause says.
     *
     * @param agreed clause id to parameter name to the plain value the clause ends with
     */
    static RespondWorkflow.Decision align(RedlineEditor editor, GapWorkflow.Result gap, Map<String, Map<String, String>> agreed, String author,
                        String date) {
        Map<String, String> headings = new LinkedHashMap<>();
        for (ClauseInstance ci : gap.sent().clauses()) headings.put(ci.id(), ci.number() + " " + ci.title());
        Map<String, Integer> valueRows = valueRows(editor);
        List<SupplierNote.Term> rows = new ArrayList<>();
        int first = -1;
        for (var e : agreed.entrySet()) {
            Clause clause = gap.library().clauses().get(e.getKey());
            String heading = headings.get(e.getKey());
            if (clause == null || heading == null) continue;
            for (var v : e.getValue().entrySet()) {
                Parameter p = clause.parameters().get(v.getKey());
                if (p == null) continue;
                String wanted = ValueText.format(p, ValueText.fromPlain(p, v.getValue()));
                int row = valueRows.getOrDefault(heading + "\u0000" + p.label(), -1);
                String was = row < 0 ? null : Text.normalise(editor.acceptedText(row));
                if (row < 0 || was.equals(wanted)) continue;
                editor.replaceText(row, wanted, author, date);
                rows.add(new SupplierNote.Term(p.label(), was, wanted));
                if (first < 0) first = row;
            }
        }
        if (rows.isEmpty()) return null;
        SupplierNote note = new SupplierNote(SupplierNote.Kind.SCHEDULE_ALIGNED, "Key Terms Schedule", rows, "", "");
        editor.addComment(first, first, author, date, note);
        String count = rows.size() + (rows.size() == 1 ? " value" : " values");
        return new RespondWorkflow.Decision("schedule", "Key Terms Schedule", "updated " + count,
                "brought in line with the clauses as decided above (" + count + ").", note.text());
    }

    /**
     * Where each schedule row's value stands: "clause heading \0 term label" to the paragraph
     * after the two (the first such pair wins), read once before any value is rewritten.
     */
    private static Map<String, Integer> valueRows(RedlineEditor editor) {
        String[] text = new String[editor.paragraphCount()];
        for (int i = 0; i < text.length; i++) text[i] = Text.normalise(editor.acceptedText(i));
        Map<String, Integer> rows = new HashMap<>();
        for (int i = 0; i + 2 < text.length; i++) rows.putIfAbsent(text[i] + "\u0000" + text[i + 1], i + 2);
        return rows;
    }
}
