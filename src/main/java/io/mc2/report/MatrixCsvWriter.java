package io.mc2.report;

import io.mc2.gap.GapMatrix;
import io.mc2.gap.Verdict;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The matrix as CSV (RFC 4180, UTF-8, CRLF line ends): {@code file}, one column per clause id in
 * draft order holding the verdict id, then {@code other} (the worst verdict outside the clauses),
 * {@code silent-edits}, {@code comments} (open supplier comments), {@code needs-review} and {@code error}. A cell that a spreadsheet would take
 * for a formula (starting with {@code = + - @}, also after white space) gets a leading apostrophe: file names and error
 * messages come from outside.
 */
public final class MatrixCsvWriter implements MatrixWriter {

    @Override
    public void write(GapMatrix matrix, OutputStream out) throws IOException {
        out.write(render(matrix).getBytes(StandardCharsets.UTF_8));
    }

    public String render(GapMatrix m) {
        StringBuilder sb = new StringBuilder();
        List<String> header = new ArrayList<>(List.of("file"));
        for (GapMatrix.Column c : m.clauses()) header.add(c.id());
        header.addAll(List.of("other", "silent-edits", "comments", "needs-review", "error"));
        line(sb, header);
        for (GapMatrix.Row r : m.documents()) {
            List<String> cells = new ArrayList<>(List.of(r.file()));
            for (GapMatrix.Column c : m.clauses()) {
                Verdict v = r.verdicts().get(c.id());
                cells.add(v == null ? "" : v.id());
            }
            cells.add(r.other() == null ? "" : r.other().id());
            cells.add(r.error() == null ? String.valueOf(r.silentEdits()) : "");
            cells.add(r.error() == null ? String.valueOf(r.openComments()) : "");
            cells.add(r.needsReview() ? "yes" : "no");
            cells.add(r.error() == null ? "" : r.error());
            line(sb, cells);
        }
        return sb.toString();
    }

    /**
     * Whether a spreadsheet could take the cell for a formula: its first character that is not
     * white space (spreadsheets skip leading spaces, tabs and the like) is {@code = + - @}, or it
     * starts with a tab or carriage return.
     */
    static boolean formula(String s) {
        if (s.isEmpty()) return false;
        if (s.charAt(0) == '\t' || s.charAt(0) == '\r') return true;
        int i = 0;
        while (i < s.length() && (Character.isWhitespace(s.charAt(i)) || Character.isSpaceChar(s.charAt(i)))) i++;
        return i < s.length() && "=+-@".indexOf(s.charAt(i)) >= 0;
    }

    private static void line(StringBuilder sb, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) sb.append(',');
            sb.append(cell(cells.get(i)));
        }
        sb.append("\r\n");
    }

    static String cell(String s) {
        String t = formula(s) ? "'" + s : s;
        if (t.indexOf(',') < 0 && t.indexOf('"') < 0 && t.indexOf('\n') < 0 && t.indexOf('\r') < 0) return t;
        return '"' + t.replace("\"", "\"\"") + '"';
    }
}
