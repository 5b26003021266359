package io.mc2.serve;

import static io.mc2.write.html.HtmlContractWriter.escape;

import io.mc2.gap.GapMatrix;
import io.mc2.gap.Verdict;
import io.mc2.report.ReportText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The heat map as asked for: only the documents with a given verdict (or needing a person), only
 * one clause's column, sorted by name or by how much needs a person. The narrowed matrix is drawn by
 * the matrix writer itself; the choices come from the query string and are checked against the
 * matrix, so an unknown value means "all".
 */
final class MatrixView {
    private final GapMatrix full;
    private final String verdict;
    private final String clause;
    private final String sort;
    private final GapMatrix matrix;

    private MatrixView(GapMatrix full, String verdict, String clause, String sort) {
        this.full = full;
        this.verdict = verdict;
        this.clause = clause;
        this.sort = sort;
        List<GapMatrix.Column> columns = full.clauses().stream().filter(c -> clause.isEmpty() || c.id().equals(clause)).toList();
        List<GapMatrix.Row> rows = new ArrayList<>(full.documents().stream().filter(this::shown).toList());
        if (sort.equals("attention")) {
            rows.sort(Comparator.comparingLong((GapMatrix.Row r) -> -attention(r, columns)).thenComparing(GapMatrix.Row::file));
        } else if (sort.equals("name")) {
            rows.sort(Comparator.comparing(GapMatrix.Row::file, String.CASE_INSENSITIVE_ORDER));
        }
        this.matrix = new GapMatrix(full.schema(), full.profile(), columns, rows);
    }

    static MatrixView of(GapMatrix full, String verdict, String clause, String sort) {
        String v = verdict != null && (verdict.equals("person") || List.of(Verdict.values()).stream().anyMatch(x -> x.id().equals(verdict)))
                ? verdict : "";
        String c = clause != null && full.clauses().stream().anyMatch(x -> x.id().equals(clause)) ? clause : "";
        String s = "attention".equals(sort) || "name".equals(sort) ? sort : "";
        return new MatrixView(full, v, c, s);
    }

    GapMatrix matrix() {
        return matrix;
    }

    private boolean shown(GapMatrix.Row r) {
        if (verdict.isEmpty()) return true;
        if (r.error() != null) return verdict.equals("person");
        Map<String, Verdict> verdicts = r.verdicts();
        List<String> ids = clause.isEmpty() ? new ArrayList<>(verdicts.keySet()) : List.of(clause);
        for (String id : ids) {
            Verdict v = verdicts.get(id);
            if (v == null) continue;
            if (verdict.equals("person") ? v.needsHuman() || r.silent().contains(id) : v.id().equals(verdict)) return true;
        }
        if (!clause.isEmpty()) return false;
        return verdict.equals("person") ? r.needsReview() : r.other() != null && r.other().id().equals(verdict);
    }

    private static long attention(GapMatrix.Row r, List<GapMatrix.Column> columns) {
        if (r.error() != null) return Long.MAX_VALUE;
        return columns.stream().filter(c -> {
            Verdict v = r.verdicts().get(c.id());
            return v != null && (v.needsHuman() || r.silent().contains(c.id()));
        }).count();
    }

    /** The form that asks for a view, showing the current choices; it reloads this page (no script). */
    String form() {
        StringBuilder sb = new StringBuilder("<form method=\"get\" action=\"\" class=\"no-print inline\"><fieldset><legend>Show</legend>\n");
        sb.append("<div class=\"field\"><label for=\"verdict\">Documents with</label><select id=\"verdict\" name=\"verdict\">");
        option(sb, "", "any verdict", verdict);
        option(sb, "person", "something that needs a person", verdict);
        for (Verdict v : Verdict.values()) option(sb, v.id(), ReportText.label(v), verdict);
        sb.append("</select></div>\n<div class=\"field\"><label for=\"clause\">Clause</label><select id=\"clause\" name=\"clause\">");
        option(sb, "", "every clause", clause);
        for (GapMatrix.Column c : full.clauses()) option(sb, c.id(), c.number() + " " + c.title(), clause);
        sb.append("</select></div>\n<div class=\"field\"><label for=\"sort\">Order</label><select id=\"sort\" name=\"sort\">");
        option(sb, "", "as uploaded", sort);
        option(sb, "name", "by document name", sort);
        option(sb, "attention", "most needing a person first", sort);
        sb.append("</select></div>\n<button type=\"submit\">Apply</button> <a href=\"./\">Show all</a></fieldset></form>\n");
        sb.append("<p>Showing ").append(matrix.documents().size()).append(" of ").append(full.documents().size()).append(" documents")
                .append(clause.isEmpty() ? "" : ", one clause").append(".</p>\n");
        return sb.toString();
    }

    private static void option(StringBuilder sb, String value, String label, String chosen) {
        sb.append("<option value=\"").append(escape(value)).append('"').append(value.equals(chosen) ? " selected" : "").append('>')
                .append(escape(label)).append("</option>");
    }
}
