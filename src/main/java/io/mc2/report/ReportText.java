package io.mc2.report;

import io.mc2.gap.GapReport;
import io.mc2.gap.Verdict;
import java.util.List;
import java.util.Map;

/** Wording shared by the human-readable report formats. */
public final class ReportText {
    private ReportText() {
    }

    public static String label(Verdict v) {
        return switch (v) {
            case UNCHANGED -> "Unchanged";
            case MEETS_PREFERRED -> "Meets preferred";
            case WITHIN_FALLBACK -> "Within fallback";
            case NEEDS_ESCALATION -> "Needs escalation";
            case NEEDS_REVIEW -> "Needs review";
            case BEYOND_WALK_AWAY -> "Beyond walk-away";
            case DELETED_OPTIONAL -> "Deleted (optional clause)";
            case DELETED_REQUIRED -> "Deleted (required clause)";
            case MISSING_OPTIONAL -> "Missing (optional clause)";
            case MISSING_REQUIRED -> "Missing (required clause)";
            case NOVEL -> "New text from supplier";
        };
    }

    /** "Supplier document: 22 tracked changes, 1 comment by Supplier Counsel" (plain text, not escaped). */
    public static String supplierLine(GapReport r) {
        int revisions = r.redline().revisions();
        int comments = r.redline().comments();
        return "Supplier document: " + revisions + (revisions == 1 ? " tracked change, " : " tracked changes, ") + comments
                + (comments == 1 ? " comment" : " comments")
                + (r.redline().authors().isEmpty() ? "" : " by " + String.join(", ", r.redline().authors()));
    }

    /** "(given with --profile)" or "(named by the document's provenance)": who chose the profile that rated it. */
    public static String profileFrom(GapReport r) {
        if (GapReport.DraftInfo.FROM_DEFAULT.equals(r.draft().profileFrom())) return "(the default profile)";
        return GapReport.DraftInfo.FROM_OPTION.equals(r.draft().profileFrom()) ? "(given with --profile)"
                : "(named by the document's provenance)";
    }

    /** A parameter's plain value with its unit, as a reader expects it: "3 business days", "10%", "USD 5000000"; null stays null. */
    public static String value(GapReport.ParameterReport p, String value) {
        if (value == null || p.unit() == null) return value;
        return switch (p.unit()) {
            case "days", "business-days", "hours", "months", "years" -> {
                String unit = p.unit().replace('-', ' ');
                yield value + " " + (value.equals("1") ? unit.substring(0, unit.length() - 1) : unit);
            }
            case "percent" -> value + "%";
            default -> p.unit() + " " + value;
        };
    }

    /** "6.1 Security Patches…" for clauses, the term for definitions, the first line for novel text. */
    public static String heading(GapReport.ClauseReport c) {
        return switch (c.kind()) {
            // a supplier's own paper: its clause numbers beside ours
            case "clause" -> c.number() + " " + c.title() + (c.paper() == null ? "" : " (paper " + c.paper() + ")");
            case "definition" -> "Definition of \u201c" + c.title() + "\u201d";
            case "novel" -> "New text: " + shorten(c.title(), 80) + (c.paper() == null ? "" : " (paper " + c.paper() + ")");
            default -> c.title();
        };
    }

    public static String change(GapReport.ClauseReport c) {
        String how = c.tracked() && c.silent() ? "tracked and silent" : c.tracked() ? "tracked" : c.silent() ? "SILENT, not tracked" : "";
        return c.change() + (how.isEmpty() || c.change().equals("unchanged") && !c.silent() ? "" : " (" + how + ")");
    }

    public static String summaryLine(GapReport r) {
        Map<String, Integer> v = r.summary().verdicts();
        int attention = r.clauses().stream().mapToInt(c -> c.verdict().needsHuman() || c.silent() ? 1 : 0).sum();
        return r.summary().clauses() + " clauses compared; " + attention + " item" + (attention == 1 ? "" : "s") + " need a person; "
                + r.summary().silentEdits() + " silent edit" + (r.summary().silentEdits() == 1 ? "" : "s") + "; "
                + r.summary().openComments() + " open supplier comment" + (r.summary().openComments() == 1 ? "" : "s") + "; "
                + v.getOrDefault("unchanged", 0) + " unchanged.";
    }

    public static List<GapReport.ClauseReport> attention(GapReport r) {
        // an unchanged entry with a finding (a white-space-only tracked change) or a comment is still shown
        return r.clauses().stream().filter(c -> c.verdict() != Verdict.UNCHANGED || c.silent() || !c.findings().isEmpty()
                || !c.comments().isEmpty()).toList();
    }

    /**
     * Why the clause is in the attention table, in a few words: the value that decided its verdict
     * ("Patch window, Critical Vulnerabilities: fifty-five (55) days"), else its first finding, else
     * the other wording found; empty when nothing more is known. Internal reports only.
     */
    public static String why(GapReport.ClauseReport c) {
        for (GapReport.ParameterReport p : c.parameters()) {
            if (p.verdict() == c.verdict() && p.verdict() != Verdict.UNCHANGED) {
                String found = p.foundText() != null ? p.foundText() : value(p, p.found());
                return p.label() + ": " + (found == null ? "no value found" : found);
            }
        }
        if (!c.findings().isEmpty()) return c.findings().get(0).title();
        if (c.variant() != null && c.variant().found() != null && !c.variant().found().equals(c.variant().sent())) {
            return "wording: " + c.variant().found() + " (sent " + c.variant().sent() + ")";
        }
        return "";
    }

    /** "Supplier Counsel, 2026-11-02T10:00:00Z", then " (resolved)" when its thread is settled; plain text. */
    public static String commentBy(GapReport.CommentReport c) {
        return c.by() + (c.resolved() ? " (resolved)" : "");
    }

    public static String shorten(String s, int max) {
        return s == null ? "" : s.length() <= max ? s : s.substring(0, max - 1) + "\u2026";
    }

    /**
     * The diff with long unchanged stretches cut down to some context around the changes, for
     * reading (the JSON report keeps the whole diff).
     */
    public static List<GapReport.DiffPiece> compact(List<GapReport.DiffPiece> diff) {
        List<GapReport.DiffPiece> out = new java.util.ArrayList<>();
        for (int i = 0; i < diff.size(); i++) {
            GapReport.DiffPiece d = diff.get(i);
            String t = d.text();
            if (!"equal".equals(d.op()) || t.length() <= 240) {
                out.add(d);
                continue;
            }
            boolean first = i == 0;
            boolean last = i == diff.size() - 1;
            String head = first ? "" : t.substring(0, 100);
            String tail = last ? "" : t.substring(t.length() - 100);
            out.add(new GapReport.DiffPiece("equal", head + "\u2026" + tail));
        }
        return out;
    }
}
