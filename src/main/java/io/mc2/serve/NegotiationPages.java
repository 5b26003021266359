package io.mc2.serve;

import static io.mc2.write.html.HtmlContractWriter.escape;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.mc2.app.NegotiationRecords;
import io.mc2.negotiation.NegotiationRecord;
import io.mc2.negotiation.NegotiationStatus;
import io.mc2.negotiation.RecordIndex;
import io.mc2.report.StatusWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

/**
 * Negotiations: the records this server keeps ({@code --records DIR}), each with its rounds —
 * what we sent, what came back, the report on it and our decisions, every file downloadable — and
 * where every clause stands, as {@code mc2 status} shows it. Without {@code --records} the page says
 * how to keep them. Records are named by their ids only, never by a path from the request.
 */
final class NegotiationPages {
    private final NegotiationRecords records;
    private final Page page;

    /** @param records null when the server keeps no records */
    NegotiationPages(NegotiationRecords records, Page page) {
        this.records = records;
        this.page = page;
    }

    void routes(RoutesConfig r) {
        r.get("/negotiations", this::list);
        r.get("/negotiations/{id}", this::show);
        r.get("/negotiations/{id}/rounds/{n}/{file}", this::file);
    }

    private void list(Context ctx) {
        StringBuilder b = new StringBuilder("<h1>Negotiations</h1>\n");
        if (records == null) {
            b.append("<p class=\"notice\">This server keeps no negotiation records. Start it with <code>mc2 serve --records FOLDER</code> "
                    + "to record each draft you send as round 1, each return you review and each counter-redline you download, "
                    + "and to rate a second or third return against what we last sent.</p>");
            ctx.html(page.render("Negotiations", Page.Section.NEGOTIATIONS, "", b.toString()));
            return;
        }
        b.append("<p class=\"lead\">Each negotiation is a record of rounds: what we sent, what the supplier returned, how it was "
                + "rated and what we answered. A draft is recorded from the New draft page; returns and counter-redlines from "
                + "Review a return.</p>\n");
        var ids = records.ids();
        if (ids.isEmpty()) b.append("<p class=\"notice\">No negotiation recorded yet.</p>");
        else {
            b.append("<table><thead><tr><th scope=\"col\">Negotiation</th><th scope=\"col\">Round</th><th scope=\"col\">Waiting for</th>"
                    + "</tr></thead><tbody>\n");
            for (String id : ids) {
                NegotiationStatus s = records.status(id);
                b.append("<tr><td><a href=\"/negotiations/").append(Download.urlSegment(id)).append("\">").append(escape(id))
                        .append("</a></td><td>").append(s.round()).append("</td><td>").append(escape(s.next())).append("</td></tr>\n");
            }
            b.append("</tbody></table>");
        }
        ctx.html(page.render("Negotiations", Page.Section.NEGOTIATIONS, "", b.toString()));
    }

    private NegotiationRecord record(Context ctx) {
        NegotiationRecord r = records == null ? null : records.record(ctx.pathParam("id"));
        if (r == null) throw HttpProblem.notFound("negotiation");
        return r;
    }

    private void show(Context ctx) {
        NegotiationRecord r = record(ctx);
        NegotiationStatus status = NegotiationStatus.of(r);
        String base = "/negotiations/" + Download.urlSegment(r.id());
        StringBuilder b = new StringBuilder("<h1>Negotiation ").append(escape(r.id())).append("</h1>\n<p class=\"lead\">")
                .append(escape(StatusWriter.headline(status))).append("</p>\n")
                .append("<h2>Rounds</h2>\n<table><thead><tr><th scope=\"col\">Round</th><th scope=\"col\">We sent</th>")
                .append("<th scope=\"col\">Supplier returned</th><th scope=\"col\">Internal: report and decisions</th></tr></thead><tbody>\n");
        for (RecordIndex.Round round : r.index().rounds()) {
            String at = base + "/rounds/" + round.number() + "/";
            b.append("<tr><td>").append(round.number()).append("</td><td>").append(link(at + "sent.docx", round.sent()))
                    .append("</td><td>").append(round.returned() == null ? "not yet" : link(at + "returned.docx", round.returned()))
                    .append("</td><td>");
            if (round.report() != null) b.append("<a href=\"").append(at).append("report.json\">gap report (JSON)</a>");
            if (round.decisions() != null) b.append(" \u00b7 <a href=\"").append(at).append("decisions.json\">our decisions (JSON)</a>");
            if (round.report() == null && round.decisions() == null) b.append("\u2014");
            b.append("</td></tr>\n");
        }
        b.append("</tbody></table>\n<p class=\"hint\">What we sent is the supplier's to read; the reports and decisions are internal: "
                + "they hold our positions.</p>\n");
        if (status.clauses().isEmpty()) b.append("<p class=\"notice\">No return rated yet: review the supplier's document when it comes back.</p>");
        else {
            b.append("<h2>Where every clause stands</h2>\n<p class=\"hint\">Internal: our verdicts and decisions.</p>\n")
                    .append("<div class=\"status\">\n").append(StatusWriter.clauses(status, 3)).append("</div>\n");
        }
        ctx.html(page.render("Negotiation " + r.id(), Page.Section.NEGOTIATIONS, Page.scoped("status", StatusWriter.CSS), b.toString()));
    }

    private static String link(String href, RecordIndex.Document d) {
        return "<a href=\"" + href + "\">" + escape(d.name()) + "</a> <span class=\"meta\">" + escape(d.at()) + "</span>";
    }

    /** One file of a round, by what it is: the index says where it is in the record. */
    private void file(Context ctx) {
        NegotiationRecord r = record(ctx);
        RecordIndex.Round round;
        try {
            round = r.index().round(Integer.parseInt(ctx.pathParam("n")));
        } catch (NumberFormatException e) {
            round = null;
        }
        if (round == null) throw HttpProblem.notFound("round");
        String what = ctx.pathParam("file");
        String relative = switch (what) {
            case "sent.docx" -> round.sent().file();
            case "returned.docx" -> round.returned() == null ? null : round.returned().file();
            case "report.json" -> round.report();
            case "decisions.json" -> round.decisions();
            default -> null;
        };
        if (relative == null) throw HttpProblem.notFound("file of that round");
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(r.file(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String name = switch (what) {
            case "sent.docx" -> round.sent().name();
            case "returned.docx" -> round.returned().name();
            default -> r.id() + "-round-" + round.number() + "-" + what;
        };
        Download.send(ctx, name, Download.type(what.substring(what.lastIndexOf('.') + 1)), bytes);
    }
}
