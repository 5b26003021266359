package io.mc2.report;

import io.mc2.gap.GapReport;
import io.mc2.gap.Verdict;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The gap report as one self-contained HTML page: the summary table first (sortable by clicking a
 * column heading), then each changed clause with its coloured word-level diff, values and findings.
 */
public final class HtmlReportWriter implements ReportWriter {

    /** The background of each verdict's CSS class; the matrix page colours its cells the same way. */
    static final String VERDICT_COLOURS = """
            .unchanged,.meets-preferred{background:#e6f4ea}.within-fallback{background:#eef6d8}
            .needs-escalation{background:#fff1c2}.needs-review{background:#ffe0b3}
            .beyond-walk-away,.deleted-required,.missing-required{background:#f8c9c9}.deleted-optional,.missing-optional{background:#fbe0e0}.novel{background:#e3e3fb}
            """;

    private static final String CSS = """
            body{font-family:Georgia,'Times New Roman',serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222;line-height:1.45}
            h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #ccc;padding-bottom:.2rem}
            table{border-collapse:collapse;width:100%;margin:.6rem 0;font-size:.92rem}
            th,td{border:1px solid #ccc;padding:.3rem .5rem;text-align:left;vertical-align:top}
            th{background:#f1f1f1;cursor:pointer}
            ins{background:#dff3df;color:#0b5d1e;text-decoration:underline}del{background:#fbe2e2;color:#8b1a1a}
            .v{font-weight:bold;white-space:nowrap;padding:.05rem .4rem;border-radius:.25rem}
            """ + VERDICT_COLOURS + """
            .warn{border-left:4px solid #d98b00;padding:.3rem .7rem;background:#fff8e6}
            .meta{color:#555;font-size:.9rem}.finding{margin:.2rem 0}.comment{border-left:3px solid #88a;padding-left:.6rem;color:#334}
            """;

    private static final String SORT = """
            document.querySelectorAll('table.sortable th').forEach(function(th,i){th.addEventListener('click',function(){
            var t=th.closest('table'),b=t.tBodies[0],rows=Array.prototype.slice.call(b.rows),asc=th.dataset.asc!=='1';
            rows.sort(function(x,y){var a=x.cells[i].dataset.key||x.cells[i].textContent,c=y.cells[i].dataset.key||y.cells[i].textContent;
            return (a<c?-1:a>c?1:0)*(asc?1:-1);});th.dataset.asc=asc?'1':'0';rows.forEach(function(r){b.appendChild(r);});});});
            """;

    @Override
    public String extension() {
        return "html";
    }

    @Override
    public void write(GapReport report, OutputStream out) throws IOException {
        out.write(render(report).getBytes(StandardCharsets.UTF_8));
    }

    public String render(GapReport r) {
        StringBuilder sb = new StringBuilder();
        sb.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Gap report: ").append(esc(r.redline().file()))
                .append("</title><style>").append(CSS).append("</style></head><body>\n");
        sb.append("<h1>Gap report: ").append(esc(r.redline().file())).append("</h1>\n");
        sb.append("<p class=\"meta\">Profile <b>").append(esc(r.draft().profile())).append("</b> v").append(esc(r.draft().profileVersion()))
                .append(' ').append(esc(ReportText.profileFrom(r))).append(" \u00b7 library ").append(esc(r.draft().library())).append(' ').append(esc(r.draft().libraryVersion()))
                .append(" \u00b7 draft ").append(esc(r.draft().source())).append("<br>").append(esc(ReportText.supplierLine(r))).append("</p>\n");
        for (String w : r.draft().warnings()) sb.append("<p class=\"warn\"><b>Warning:</b> ").append(esc(w)).append("</p>\n");
        for (String x : r.redline().externalRelationships()) {
            sb.append("<p class=\"warn\"><b>External reference (not fetched):</b> ").append(esc(x)).append("</p>\n");
        }
        sb.append("<p><b>").append(esc(ReportText.summaryLine(r))).append("</b></p>\n");
        sb.append("<table><tr>");
        for (Verdict v : Verdict.values()) {
            int n = r.summary().verdicts().getOrDefault(v.id(), 0);
            if (n > 0) sb.append("<td><span class=\"v ").append(v.id()).append("\">").append(n).append("</span> ")
                    .append(ReportText.label(v)).append("</td>");
        }
        sb.append("</tr></table>\n");
        var attention = ReportText.attention(r);
        if (attention.isEmpty()) {
            sb.append("<p>Every clause is as we sent it.</p>\n</body></html>\n");
            return sb.toString();
        }
        sb.append("<h2>Needs attention</h2>\n<table class=\"sortable\"><thead><tr><th>Clause</th><th>Change</th><th>Verdict</th>")
                .append("<th>Why</th></tr></thead><tbody>\n");
        for (GapReport.ClauseReport c : attention) {
            sb.append("<tr><td data-key=\"").append(esc(sortKey(c))).append("\"><a href=\"#").append(anchor(c)).append("\">")
                    .append(esc(ReportText.heading(c))).append("</a></td><td>").append(esc(ReportText.change(c)))
                    .append("</td><td data-key=\"").append(String.format("%02d", 20 - c.verdict().severity())).append("\"><span class=\"v ").append(c.verdict().id())
                    .append("\">").append(ReportText.label(c.verdict())).append("</span></td><td>")
                    .append(esc(ReportText.why(c))).append("</td></tr>\n");
        }
        sb.append("</tbody></table>\n");
        for (GapReport.ClauseReport c : attention) clause(sb, c);
        sb.append("<script>").append(SORT).append("</script>\n</body></html>\n");
        return sb.toString();
    }

    private static String sortKey(GapReport.ClauseReport c) {
        if (c.number() == null) return "~" + c.id();
        StringBuilder sb = new StringBuilder();
        for (String part : c.number().split("\\.")) sb.append(String.format("%04d", Integer.parseInt(part.replaceAll("\\D", "0"))));
        return sb.toString();
    }

    private static String anchor(GapReport.ClauseReport c) {
        return "c-" + c.id().replaceAll("[^A-Za-z0-9-]", "_");
    }

    private static void clause(StringBuilder sb, GapReport.ClauseReport c) {
        sb.append("<h2 id=\"").append(anchor(c)).append("\">").append(esc(ReportText.heading(c))).append(" <span class=\"v ")
                .append(c.verdict().id()).append("\">").append(ReportText.label(c.verdict())).append("</span></h2>\n<p class=\"meta\">");
        if ("clause".equals(c.kind())) {
            sb.append("Clause <code>").append(esc(c.id())).append("</code> \u00b7 ").append(esc(c.party()));
            if (c.mc2() != null && !c.mc2().isEmpty()) sb.append(" \u00b7 ").append(esc(c.mc2()));
            sb.append("<br>");
        }
        sb.append("Change: ").append(esc(ReportText.change(c)));
        if (c.variant() != null) {
            sb.append("<br>Wording: sent <code>").append(esc(c.variant().sent())).append("</code>, found ")
                    .append(c.variant().found() == null ? "none of the clause's variants" : "<code>" + esc(c.variant().found()) + "</code>");
        }
        sb.append("</p>\n");
        if (!c.parameters().isEmpty()) {
            sb.append("<table><tr><th>Parameter</th><th>Sent</th><th>Found</th><th>Preferred</th><th>Fallback</th><th>Walk-away</th>")
                    .append("<th>Verdict</th></tr>\n");
            for (GapReport.ParameterReport p : c.parameters()) {
                sb.append("<tr><td>").append(esc(p.label())).append("</td><td>").append(n(ReportText.value(p, p.sent()))).append("</td><td>")
                        .append(p.foundText() == null ? "\u2014" : esc(p.foundText())).append("</td><td>").append(n(ReportText.value(p, p.preferred())))
                        .append("</td><td>").append(n(ReportText.value(p, p.fallback()))).append("</td><td>").append(n(ReportText.value(p, p.walkAway()))).append("</td><td><span class=\"v ")
                        .append(p.verdict().id()).append("\">").append(ReportText.label(p.verdict())).append("</span></td></tr>\n");
            }
            sb.append("</table>\n");
        }
        for (GapReport.Finding f : c.findings()) {
            sb.append("<p class=\"finding\"><b>").append(esc(f.title())).append("</b> <span class=\"meta\">(").append(esc(f.rule()))
                    .append(", ").append(esc(f.severity())).append(")</span>: ").append(esc(f.evidence())).append("</p>\n");
        }
        if (!c.diff().isEmpty()) {
            sb.append("<p>");
            for (GapReport.DiffPiece d : ReportText.compact(c.diff())) {
                String t = esc(d.text()).replace("\n", "<br>");
                switch (d.op()) {
                    case "insert" -> sb.append("<ins>").append(t).append("</ins>");
                    case "delete" -> sb.append("<del>").append(t).append("</del>");
                    default -> sb.append(t);
                }
            }
            sb.append("</p>\n");
        }
        for (GapReport.CommentReport cm : c.comments()) {
            sb.append("<p class=\"comment\"><b>").append(esc(ReportText.commentBy(cm))).append("</b>").append(" on \u201c").append(esc(ReportText.shorten(cm.anchor(), 60)))
                    .append("\u201d: ").append(esc(cm.text())).append("</p>\n");
        }
    }

    private static String n(String s) {
        return s == null ? "\u2014" : esc(s);
    }

    static String esc(String s) {
        if (s == null) return "";
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
