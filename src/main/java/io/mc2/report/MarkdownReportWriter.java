package io.mc2.report;

import io.mc2.gap.GapReport;
import io.mc2.gap.Verdict;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** The gap report as Markdown: summary, the clauses that need attention, then each changed clause in detail. */
public final class MarkdownReportWriter implements ReportWriter {

    @Override
    public String extension() {
        return "md";
    }

    @Override
    public void write(GapReport report, OutputStream out) throws IOException {
        out.write(render(report).getBytes(StandardCharsets.UTF_8));
    }

    public String render(GapReport r) {
        StringBuilder sb = new StringBuilder();
        sb.append("# Gap report: ").append(esc(r.redline().file())).append("\n\n");
        sb.append("Profile **").append(esc(r.draft().profile())).append("** v").append(esc(r.draft().profileVersion()))
                .append(' ').append(esc(ReportText.profileFrom(r))).append(" \u00b7 library ").append(esc(r.draft().library())).append(' ').append(esc(r.draft().libraryVersion()))
                .append(" \u00b7 draft ").append(esc(r.draft().source())).append("  \n");
        sb.append(esc(ReportText.supplierLine(r))).append("\n\n");
        for (String w : r.draft().warnings()) sb.append("> **Warning:** ").append(esc(w)).append("\n\n");
        for (String x : r.redline().externalRelationships()) sb.append("> **External reference (not fetched):** ").append(esc(x)).append("\n\n");
        sb.append("**").append(ReportText.summaryLine(r)).append("**\n\n");
        sb.append("| Verdict | Count |\n|---|---:|\n");
        for (Verdict v : Verdict.values()) {
            int n = r.summary().verdicts().getOrDefault(v.id(), 0);
            if (n > 0) sb.append("| ").append(ReportText.label(v)).append(" | ").append(n).append(" |\n");
        }
        sb.append('\n');
        var attention = ReportText.attention(r);
        if (attention.isEmpty()) {
            sb.append("Every clause is as we sent it.\n");
            return sb.toString();
        }
        sb.append("## Needs attention\n\n| Clause | Change | Verdict | Why |\n|---|---|---|---|\n");
        for (GapReport.ClauseReport c : attention) {
            sb.append("| ").append(esc(ReportText.heading(c))).append(" | ").append(esc(ReportText.change(c))).append(" | ")
                    .append(ReportText.label(c.verdict())).append(" | ")
                    .append(esc(ReportText.why(c))).append(" |\n");
        }
        sb.append('\n');
        for (GapReport.ClauseReport c : attention) clause(sb, c);
        return sb.toString();
    }

    private static void clause(StringBuilder sb, GapReport.ClauseReport c) {
        sb.append("## ").append(esc(ReportText.heading(c))).append(" \u2014 ").append(ReportText.label(c.verdict())).append("\n\n");
        if ("clause".equals(c.kind())) {
            sb.append("- Clause `").append(c.id()).append("`, ").append(c.party()).append(c.mc2() == null || c.mc2().isEmpty() ? "" : ", " + esc(c.mc2()))
                    .append("\n");
        }
        sb.append("- Change: ").append(esc(ReportText.change(c))).append('\n');
        if (c.variant() != null) {
            sb.append("- Wording: sent `").append(c.variant().sent()).append("`, found ")
                    .append(c.variant().found() == null ? "none of the clause's variants" : "`" + c.variant().found() + "`").append('\n');
        }
        sb.append('\n');
        if (!c.parameters().isEmpty()) {
            sb.append("| Parameter | Sent | Found | Preferred | Fallback | Walk-away | Verdict |\n|---|---|---|---|---|---|---|\n");
            for (GapReport.ParameterReport p : c.parameters()) {
                sb.append("| ").append(esc(p.label())).append(" | ").append(n(ReportText.value(p, p.sent()))).append(" | ")
                        .append(p.foundText() == null ? "\u2014" : esc(p.foundText())).append(" | ").append(n(ReportText.value(p, p.preferred()))).append(" | ")
                        .append(n(ReportText.value(p, p.fallback()))).append(" | ").append(n(ReportText.value(p, p.walkAway()))).append(" | ").append(ReportText.label(p.verdict()))
                        .append(" |\n");
            }
            sb.append('\n');
        }
        for (GapReport.Finding f : c.findings()) {
            sb.append("- **").append(esc(f.title())).append("** (").append(f.rule()).append(", ").append(f.severity()).append("): ")
                    .append(esc(f.evidence())).append('\n');
        }
        if (!c.findings().isEmpty()) sb.append('\n');
        if (!c.diff().isEmpty()) {
            sb.append("Changes: ");
            for (GapReport.DiffPiece d : ReportText.compact(c.diff())) {
                String t = esc(d.text().replace("\n", " \u00b6 "));
                switch (d.op()) {
                    case "insert" -> sb.append("<ins>").append(t).append("</ins>");
                    case "delete" -> sb.append("<del>").append(t).append("</del>");
                    default -> sb.append(t);
                }
            }
            sb.append("\n\n");
        }
        for (GapReport.CommentReport cm : c.comments()) {
            sb.append("> **").append(esc(ReportText.commentBy(cm))).append("**").append(" on \u201c").append(esc(ReportText.shorten(cm.anchor(), 60)))
                    .append("\u201d: ").append(esc(cm.text()).replace("\n", " ")).append("\n\n");
        }
    }

    private static String n(String s) {
        return s == null ? "\u2014" : esc(s);
    }

    static String esc(String s) {
        return io.mc2.write.markdown.MarkdownText.escape(s);
    }
}
