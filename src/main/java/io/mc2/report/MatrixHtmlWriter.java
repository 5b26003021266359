package io.mc2.report;

import io.mc2.gap.GapMatrix;
import io.mc2.gap.Verdict;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The matrix as one self-contained HTML heat map: a row per supplier document (its name links to
 * its own report), a column per clause, each cell coloured by verdict as in the HTML gap report,
 * a legend ({@code !} marks a silent edit, {@code *} an open supplier comment), and at the bottom how many documents got each verdict per clause.
 */
public final class MatrixHtmlWriter implements MatrixWriter {

    private static final String CSS = """
            body{font-family:Georgia,'Times New Roman',serif;margin:1.5rem;color:#222;line-height:1.4}
            h1{font-size:1.5rem}.meta{color:#555;font-size:.9rem}
            .legend span{display:inline-block;margin:.15rem .4rem .15rem 0;padding:.05rem .4rem;border:1px solid #ccc;border-radius:.25rem;font-size:.85rem}
            .scroll{overflow:auto;max-height:85vh}
            table{border-collapse:collapse;font-size:.8rem}
            th,td{border:1px solid #ddd;padding:.15rem .3rem;text-align:center;white-space:nowrap}
            thead th{position:sticky;top:0;background:#f1f1f1;vertical-align:bottom}
            thead th.c{writing-mode:vertical-rl;transform:rotate(180deg);font-weight:normal;max-height:12rem;overflow:hidden;text-overflow:ellipsis}
            td.doc,th.doc{text-align:left;position:sticky;left:0;background:#fff;z-index:1}thead th.doc{z-index:2;background:#f1f1f1}
            .silent{font-weight:bold;outline:2px solid #b00;outline-offset:-2px}
            td.failed{background:#eee;color:#8b1a1a;text-align:left;white-space:normal}
            tfoot td,tfoot th{background:#fafafa}tfoot th{text-align:left}
            """ + HtmlReportWriter.VERDICT_COLOURS;

    @Override
    public void write(GapMatrix matrix, OutputStream out) throws IOException {
        out.write(render(matrix).getBytes(StandardCharsets.UTF_8));
    }

    public String render(GapMatrix m) {
        StringBuilder sb = new StringBuilder();
        long attention = m.documents().stream().filter(d -> d.error() == null && d.needsReview()).count();
        sb.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Gap matrix: ").append(m.documents().size())
                .append(" supplier documents</title><style>").append(CSS).append("</style></head><body>\n");
        sb.append("<h1>Gap matrix: ").append(m.documents().size()).append(" supplier document")
                .append(m.documents().size() == 1 ? "" : "s").append("</h1>\n");
        sb.append("<p class=\"meta\">").append(m.profile() == null ? "Several profiles" : "Profile <b>" + esc(m.profile()) + "</b>")
                .append(" \u00b7 ").append(m.clauses().size()).append(" clauses \u00b7 ").append(attention).append(" document")
                .append(attention == 1 ? "" : "s").append(" need a person \u00b7 ").append(m.failed()).append(" could not be read")
                .append("</p>\n<p class=\"legend\">");
        for (Verdict v : Verdict.values()) {
            sb.append("<span class=\"").append(v.id()).append("\"><b>").append(code(v)).append("</b> ").append(esc(ReportText.label(v)))
                    .append("</span>");
        }
        sb.append("<span class=\"silent\"><b>!</b> silent edit (not marked as a change)</span>")
                .append("<span><b>*</b> open supplier comment</span></p>\n");
        sb.append("<div class=\"scroll\"><table>\n<thead><tr><th class=\"doc\">Supplier document</th>");
        for (GapMatrix.Column c : m.clauses()) {
            sb.append("<th class=\"c\" title=\"").append(esc(c.number() + " " + c.title() + " (" + c.id() + ")")).append("\">")
                    .append(esc(c.number())).append(' ').append(esc(ReportText.shorten(c.title(), 28))).append("</th>");
        }
        sb.append("<th class=\"c\" title=\"Definitions, title, parties, signatures and text the supplier added\">Other text</th>")
                .append("<th class=\"c\">Silent edits</th><th class=\"c\">Open comments</th></tr></thead>\n<tbody>\n");
        for (GapMatrix.Row r : m.documents()) row(sb, m, r);
        sb.append("</tbody>\n<tfoot>\n");
        footer(sb, m);
        sb.append("</tfoot></table></div>\n</body></html>\n");
        return sb.toString();
    }

    private static void row(StringBuilder sb, GapMatrix m, GapMatrix.Row r) {
        sb.append("<tr><td class=\"doc\">");
        if (r.reports() != null) {
            sb.append("<a href=\"").append(esc(link(r.reports().html()))).append("\">").append(esc(r.file())).append("</a>");
        } else {
            sb.append(esc(r.file()));
        }
        sb.append("</td>");
        if (r.error() != null) {
            sb.append("<td class=\"failed\" colspan=\"").append(m.clauses().size() + 3).append("\">Could not be analysed: ")
                    .append(esc(r.error())).append("</td></tr>\n");
            return;
        }
        for (GapMatrix.Column c : m.clauses()) {
            Verdict v = r.verdicts().get(c.id());
            if (v == null) {
                sb.append("<td title=\"not in this document's draft\"></td>");
                continue;
            }
            cell(sb, v, r.silent().contains(c.id()), r.commented().contains(c.id()), c.number() + " " + c.title());
        }
        cell(sb, r.other(), r.silent().stream().anyMatch(id -> !r.verdicts().containsKey(id)),
                r.commented().stream().anyMatch(id -> !r.verdicts().containsKey(id)), "Other text");
        count(sb, r.silentEdits());
        count(sb, r.openComments());
        sb.append("</tr>\n");
    }

    private static void cell(StringBuilder sb, Verdict v, boolean silent, boolean commented, String what) {
        sb.append("<td class=\"").append(v.id()).append(silent ? " silent" : "").append("\" title=\"").append(esc(what)).append(": ")
                .append(esc(ReportText.label(v))).append(silent ? ", silent edit" : "").append(commented ? ", supplier comment" : "")
                .append("\">").append(code(v)).append(silent ? "!" : "").append(commented ? "*" : "").append("</td>");
    }

    /** Per verdict that occurs, how many documents got it for each clause; then how many need a person. */
    private static void footer(StringBuilder sb, GapMatrix m) {
        for (Verdict v : Verdict.values()) {
            Map<String, Integer> counts = new java.util.HashMap<>();
            int other = 0;
            for (GapMatrix.Row r : m.documents()) {
                r.verdicts().forEach((id, got) -> {
                    if (got == v) counts.merge(id, 1, Integer::sum);
                });
                if (r.other() == v) other++;
            }
            if (counts.isEmpty() && other == 0) continue;
            sb.append("<tr><th class=\"doc\"><span class=\"").append(v.id()).append("\">").append(code(v)).append("</span> ")
                    .append(esc(ReportText.label(v))).append("</th>");
            for (GapMatrix.Column c : m.clauses()) count(sb, counts.getOrDefault(c.id(), 0));
            count(sb, other);
            sb.append("<td></td><td></td></tr>\n");
        }
        Map<String, Integer> human = new java.util.HashMap<>();
        int other = 0;
        int silent = 0;
        int commented = 0;
        for (GapMatrix.Row r : m.documents()) {
            r.verdicts().forEach((id, got) -> {
                if (got.needsHuman() || r.silent().contains(id)) human.merge(id, 1, Integer::sum);
            });
            if (r.other() != null && r.other().needsHuman()) other++;
            if (r.silentEdits() > 0) silent++;
            if (r.openComments() > 0) commented++;
        }
        sb.append("<tr><th class=\"doc\">Documents needing a person</th>");
        for (GapMatrix.Column c : m.clauses()) count(sb, human.getOrDefault(c.id(), 0));
        count(sb, other);
        count(sb, silent);
        count(sb, commented);
        sb.append("</tr>\n");
    }

    private static void count(StringBuilder sb, int n) {
        sb.append("<td>").append(n == 0 ? "" : String.valueOf(n)).append("</td>");
    }

    /** One letter per verdict, so that sixty columns fit on a screen; the legend and tooltips spell them out. */
    static String code(Verdict v) {
        return switch (v) {
            case UNCHANGED -> "\u00b7";
            case MEETS_PREFERRED -> "P";
            case WITHIN_FALLBACK -> "F";
            case NEEDS_ESCALATION -> "E";
            case NEEDS_REVIEW -> "R";
            case BEYOND_WALK_AWAY -> "W";
            case DELETED_OPTIONAL -> "d";
            case DELETED_REQUIRED -> "D";
            case MISSING_OPTIONAL -> "m";
            case MISSING_REQUIRED -> "M";
            case NOVEL -> "N";
        };
    }

    /** A relative link to a report: every byte outside the URL-safe set percent-encoded (names come from outside). */
    static String link(String path) {
        StringBuilder sb = new StringBuilder();
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~/".indexOf(c) >= 0) {
                sb.append((char) c);
            } else {
                sb.append('%').append(String.format("%02X", c));
            }
        }
        return sb.toString();
    }

    private static String esc(String s) {
        return HtmlReportWriter.esc(s).replace("'", "&#39;");
    }
}
