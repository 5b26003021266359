package io.mc2.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.mc2.negotiation.NegotiationStatus;
import io.mc2.problem.ExitCode;
import io.mc2.problem.Mc2Exception;
import io.mc2.write.markdown.MarkdownText;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * {@code mc2 status} as Markdown, HTML or JSON: every clause's state across the rounds of a
 * negotiation. Internal (it names our verdicts): every rendering says so at the top.
 */
public final class StatusWriter {
    private static final String INTERNAL = "Internal: negotiation status, do not send to the supplier.";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private StatusWriter() {
    }

    /** The status in {@code format} (md, html or json). */
    public static String write(NegotiationStatus s, String format) {
        return switch (format.toLowerCase(Locale.ROOT)) {
            case "md", "markdown" -> markdown(s);
            case "html", "htm" -> html(s);
            case "json" -> json(s);
            default -> throw new Mc2Exception(ExitCode.USAGE, "unknown status format '" + format + "' (md, html or json)");
        };
    }

    static String json(NegotiationStatus s) {
        try {
            return JSON.writeValueAsString(s) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String markdown(NegotiationStatus s) {
        StringBuilder sb = new StringBuilder("# Negotiation ").append(MarkdownText.escape(s.id())).append("\n\n");
        sb.append("*").append(INTERNAL).append("*\n\n");
        sb.append(headline(s)).append("\n\n");
        if (s.clauses().isEmpty()) return sb.toString();
        sb.append("| clause | state | moved last | ").append(roundColumns(s, " | ")).append(" |\n|---|---|---|")
                .append("---|".repeat(s.round())).append('\n');
        for (NegotiationStatus.ClauseState c : s.clauses()) {
            sb.append("| ").append(MarkdownText.escape(label(c))).append(" | **").append(c.state()).append("** | ").append(c.movedLast());
            for (int r = 1; r <= s.round(); r++) sb.append(" | ").append(MarkdownText.escape(step(c, r)));
            sb.append(" |\n");
        }
        sb.append("\n## Current text\n");
        for (NegotiationStatus.ClauseState c : s.clauses()) {
            if (c.text() == null) continue;
            sb.append("\n### ").append(MarkdownText.escape(label(c))).append(" \u2014 ").append(c.state().equals(NegotiationStatus.AGREED)
                    ? "agreed" : c.state() + " (as we last sent it)").append("\n\n");
            for (String line : c.text().split("\n")) sb.append(MarkdownText.escape(line)).append("\n\n");
        }
        return sb.toString();
    }

    /** The page's CSS: the colour of each state. */
    public static final String CSS = "table{border-collapse:collapse}td,th{border:1px solid #bbb;padding:.2em .5em;text-align:left;"
            + "vertical-align:top}.agreed{background:#d9f2d9}.open{background:#ffe0b3}.escalated{background:#fff1c2}"
            + ".beyond-walk-away{background:#f8c8c8}.internal{color:#a00;font-weight:bold}";

    static String html(NegotiationStatus s) {
        StringBuilder sb = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Negotiation ")
                .append(esc(s.id())).append("</title>\n<style>body{font-family:sans-serif;max-width:70em;margin:2em auto}").append(CSS)
                .append("</style></head><body>\n");
        sb.append("<p class=\"internal\">").append(INTERNAL).append("</p>\n<h1>Negotiation ").append(esc(s.id())).append("</h1>\n<p>")
                .append(esc(headline(s))).append("</p>\n").append(clauses(s, 2));
        return sb.append("<p class=\"internal\">").append(INTERNAL).append("</p>\n</body></html>\n").toString();
    }

    /**
     * Every clause's state and its steps round by round, then its current text, as HTML whose
     * headings start at level {@code level} (the web app embeds it in a page of its own).
     */
    public static String clauses(NegotiationStatus s, int level) {
        StringBuilder sb = new StringBuilder();
        if (s.clauses().isEmpty()) return "";
        sb.append("<table><tr><th>clause</th><th>state</th><th>moved last</th><th>").append(esc(roundColumns(s, "\u0000"))
                .replace("\u0000", "</th><th>")).append("</th></tr>\n");
        for (NegotiationStatus.ClauseState c : s.clauses()) {
            sb.append("<tr><td>").append(esc(label(c))).append("</td><td class=\"").append(esc(c.state())).append("\">")
                    .append(esc(c.state())).append("</td><td>").append(esc(c.movedLast())).append("</td>");
            for (int r = 1; r <= s.round(); r++) sb.append("<td>").append(esc(step(c, r))).append("</td>");
            sb.append("</tr>\n");
        }
        sb.append("</table>\n<h").append(level).append(">Current text</h").append(level).append(">\n");
        for (NegotiationStatus.ClauseState c : s.clauses()) {
            if (c.text() == null) continue;
            sb.append("<h").append(level + 1).append('>').append(esc(label(c))).append(" \u2014 ").append(esc(c.state()))
                    .append("</h").append(level + 1).append(">\n");
            for (String line : c.text().split("\n")) sb.append("<p>").append(esc(line)).append("</p>\n");
        }
        return sb.toString();
    }

    /** The state in one line: the round, what the negotiation waits for, how many clauses are in each state. */
    public static String headline(NegotiationStatus s) {
        long agreed = s.clauses().stream().filter(c -> c.state().equals(NegotiationStatus.AGREED)).count();
        String counts = s.clauses().stream().collect(Collectors.groupingBy(NegotiationStatus.ClauseState::state, java.util.TreeMap::new,
                Collectors.counting())).entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", "));
        String where = "Round " + s.round() + "; waiting for " + s.next() + ".";
        if (s.clauses().isEmpty()) return where + " No return rated yet.";
        return where + " " + (s.allAgreed() ? "Every clause agreed (" + agreed + ")." : counts + ".");
    }

    private static String roundColumns(NegotiationStatus s, String sep) {
        return java.util.stream.IntStream.rangeClosed(1, s.round()).mapToObj(r -> "round " + r).collect(Collectors.joining(sep));
    }

    private static String label(NegotiationStatus.ClauseState c) {
        return (c.number() == null || c.number().isEmpty() ? "" : c.number() + " ") + c.title() + " (" + c.id() + ")";
    }

    /** The clause in round {@code r}: verdict (silent, comments) → our decision; empty when the round was not rated. */
    private static String step(NegotiationStatus.ClauseState c, int r) {
        List<NegotiationStatus.Step> at = c.rounds().stream().filter(x -> x.round() == r).toList();
        if (at.isEmpty()) return "";
        NegotiationStatus.Step s = at.get(0);
        String v = s.verdict() + (s.silent() ? ", silent" : "") + (s.openComments() > 0 ? ", " + s.openComments() + " comment(s)" : "");
        return s.decision() == null || s.decision().isEmpty() ? v : v + " \u2192 " + s.decision();
    }

    private static String esc(String s) {
        return HtmlReportWriter.esc(s);
    }
}
