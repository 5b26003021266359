package io.mc2.app;

import io.mc2.align.Text;
import io.mc2.library.Clause;
import io.mc2.library.Parameter;
import io.mc2.model.ClauseInstance;
import io.mc2.respond.RedlineEditor;
import io.mc2.respond.SupplierNote;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Key Terms Schedule of a counter-redline: a row whose value differs from the value its clause
 * ends with (accepted, countered, restored or unchanged) is rewritten as our change, a row of a
 * clause whose deletion we accept is deleted with it, and one note
 * tells the supplier which values the schedule now shows. Rows are found by clause title and term,
 * not by clause number, which the supplier's word processor renumbers when a clause is deleted,
 * added or moved.
 */
final class KeyTermsSchedule {

    /** What the note says of a row that goes with its deleted clause. */
    static final String REMOVED = "removed with its clause";

    private final RedlineEditor editor;
    private final GapWorkflow.Result gap;
    /** Clause title (as {@link #title} keys it) → clause id. */
    private final Map<String, String> titles = new HashMap<>();

    KeyTermsSchedule(RedlineEditor editor, GapWorkflow.Result gap) {
        this.editor = editor;
        this.gap = gap;
        for (ClauseInstance ci : gap.sent().clauses()) titles.put(io.mc2.gap.Spelling.key(ci.title()), ci.id());
    }

    /**
     * Rewrites the rows; returns the decision to report for the schedule, or null when every row
     * already says what its clause says.
     *
     * @param agreed  clause id to parameter name to the value the clause ends with, as written
     * @param deleted the clauses whose deletion we accept: their rows go with them
     */
    RespondWorkflow.Decision align(Map<String, Map<String, String>> agreed, Set<String> deleted, String author, String date) {
        String[] text = new String[editor.paragraphCount()];
        for (int i = 0; i < text.length; i++) text[i] = editor.stands(i) ? Text.normalise(editor.acceptedText(i)) : "";
        List<SupplierNote.Term> rows = new ArrayList<>();
        int first = -1;
        for (int i = 0; i + 2 < text.length; i++) {
            Parameter p = parameter(text[i], text[i + 1]);
            if (p != null && deleted.contains(titles.get(title(text[i]))) && editor.stands(i + 2)) {
                editor.deleteParagraphs(List.of(i, i + 1, i + 2), author, date);
                rows.add(new SupplierNote.Term(p.label(), text[i + 2], REMOVED));
                if (first < 0) first = i + 2;
                i += 2;
                continue;
            }
            String wanted = p == null ? null : agreed.getOrDefault(titles.get(title(text[i])), Map.of()).get(p.name());
            if (wanted == null || !editor.stands(i + 2) || text[i + 2].equals(wanted)) continue;
            editor.replaceText(i + 2, wanted, author, date);
            rows.add(new SupplierNote.Term(p.label(), text[i + 2], wanted));
            if (first < 0) first = i + 2;
            i += 2;
        }
        if (rows.isEmpty()) return null;
        SupplierNote note = new SupplierNote(SupplierNote.Kind.SCHEDULE_ALIGNED, "Key Terms Schedule", rows, "", "");
        editor.addComment(first, first, author, date, note);
        String count = rows.size() + (rows.size() == 1 ? " value" : " values");
        return new RespondWorkflow.Decision("schedule", "Key Terms Schedule", "updated " + count,
                "brought in line with the clauses as decided above (" + count + ").", note.text());
    }

    /**
     * Our paragraphs of the schedule (or of the whole front matter) with each row's value the one
     * its clause ends with, and no rows for the clauses whose deletion we accept.
     */
    List<String> withValues(List<String> paragraphs, Map<String, Map<String, String>> agreed, Set<String> deleted) {
        List<String> out = new ArrayList<>(paragraphs);
        for (int i = 0; i + 2 < out.size(); i++) {
            Parameter p = parameter(out.get(i), out.get(i + 1));
            if (p == null) continue;
            String id = titles.get(title(out.get(i)));
            String wanted = agreed.getOrDefault(id, Map.of()).get(p.name());
            if (deleted.contains(id)) {
                out.subList(i, i + 3).clear();
                i--;
            } else if (wanted != null) {
                out.set(i + 2, wanted);
            }
        }
        return out;
    }

    /** The parameter a row of "clause heading", "term" stands for, or null when the two are no row. */
    private Parameter parameter(String clauseCell, String termCell) {
        String id = titles.get(title(clauseCell));
        Clause clause = id == null ? null : gap.library().clauses().get(id);
        if (clause == null) return null;
        for (Parameter p : clause.parameters().values()) if (io.mc2.gap.Spelling.key(p.label()).equals(io.mc2.gap.Spelling.key(termCell))) return p;
        return null;
    }

    /** A heading as the key of {@link #titles}: no number, and spelled either way (a draft sent before the library moved to US spelling). */
    private static String title(String heading) {
        return io.mc2.gap.Spelling.key(io.mc2.align.Text.withoutNumber(heading));
    }
}
