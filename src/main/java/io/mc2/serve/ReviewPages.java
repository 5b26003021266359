package io.mc2.serve;

import static io.mc2.write.html.HtmlContractWriter.escape;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.mc2.app.GapWorkflow;
import io.mc2.app.NegotiationRecords;
import io.mc2.app.NegotiationRound;
import io.mc2.app.RespondWorkflow;
import io.mc2.docx.DocxPackage;
import io.mc2.gap.GapReport;
import io.mc2.negotiation.RoundStamp;
import io.mc2.redline.RedlineDocument;
import io.mc2.redline.RedlineReader;
import io.mc2.report.HtmlReportWriter;
import io.mc2.report.JsonReportWriter;
import io.mc2.report.MarkdownReportWriter;
import io.mc2.report.ReportWriter;
import io.mc2.report.docx.DocxReportWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/**
 * Review a return: upload the supplier's .docx, see the gap report (the HTML report writer's own
 * content), narrow it to what needs a person, download the report (JSON, Word, Markdown, HTML) and
 * our counter-redline, made by the same workflow as {@code mc2 respond}. The upload is kept in its
 * own temporary folder for the counter-redline, and removed with the review.
 */
final class ReviewPages {
    /**
     * One analysed upload.
     *
     * @param unrecorded why a document that names a negotiation was not rated as a round of it, or null
     */
    record Review(String id, Path folder, Uploads.Document document, String profile, GapWorkflow.Result result, String unrecorded) {
        GapReport report() {
            return result.report();
        }
    }

    private static final Map<String, ReportWriter> REPORTS = Map.of("json", new JsonReportWriter(), "docx", new DocxReportWriter(),
            "md", new MarkdownReportWriter(), "html", new HtmlReportWriter());

    private final Catalogue catalogue;
    private final Page page;
    private final Workspace workspace;
    private final Uploads uploads;
    private final NegotiationRecords records;
    private final Kept<Review> reviews = new Kept<>(20, Duration.ofHours(2), Clock.systemUTC());

    /** @param records the negotiation records this server keeps, or null for none */
    ReviewPages(Catalogue catalogue, Page page, Workspace workspace, Uploads uploads, NegotiationRecords records) {
        this.records = records;
        this.catalogue = catalogue;
        this.page = page;
        this.workspace = workspace;
        this.uploads = uploads;
    }

    void routes(RoutesConfig r) {
        r.get("/review", ctx -> ctx.html(form()));
        r.post("/review", this::upload);
        r.get("/review/{id}", this::show);
        r.get("/review/{id}/report.{format}", this::report);
        r.get("/review/{id}/counter.docx", this::counter);
    }

    void close() {
        reviews.clear();
    }

    private String form() {
        String b = "<h1>Review a return</h1>\n<p class=\"lead\">Upload the Word document the supplier sent back. mc2 finds the draft we "
                + "sent from the properties our draft carries, compares the two clause by clause, and rates every change against "
                + "the profile.</p>\n<form method=\"post\" action=\"/review\" enctype=\"multipart/form-data\">\n"
                + "<div class=\"field\"><label for=\"document\">Supplier's document (.docx)</label>"
                + "<input type=\"file\" id=\"document\" name=\"document\" accept=\".docx\" required></div>\n"
                + ProfileChoice.select("profile", "Rate against", "the profile the draft names (recommended)", catalogue, null,
                        "Only for a document that lost its mc2 properties, or to rate it against another profile.")
                + "<p class=\"actions\"><button type=\"submit\">Analyse</button></p>\n</form>";
        return page.render("Review a return", Page.Section.REVIEW, "", b);
    }

    private void upload(Context ctx) {
        var file = Uploads.files(ctx, "document").get(0);
        String profile = ProfileChoice.chosen(ctx.formParam("profile"), catalogue);
        String id = Workspace.newId();
        Path folder = workspace.newFolder(id);
        try {
            Uploads.Document doc = uploads.docx(file, folder);
            reviews.put(id, analyse(id, folder, doc, profile), folder);
        } catch (RuntimeException e) {
            Workspace.delete(folder);
            throw e;
        }
        ctx.redirect("/review/" + id, io.javalin.http.HttpStatus.SEE_OTHER);
    }

    /**
     * The analysis {@code mc2 gap} makes. A return of a negotiation this server records is rated
     * against what we sent in its round and recorded, as {@code mc2 gap --record} does; any other
     * document against the draft its provenance names, with the library and those drafts kept warm.
     * A record is never looked for anywhere but under {@code --records}.
     */
    private Review analyse(String id, Path folder, Uploads.Document doc, String profile) {
        DocxPackage opened = DocxPackage.open(doc.file());
        RedlineDocument supplier = RedlineReader.read(opened);
        RoundStamp.Named named = RoundStamp.Named.of(supplier.customProperties(), doc.name());
        Path recorded = records == null || named.negotiation() == null ? null : records.folderOf(named.negotiation());
        if (recorded != null) {
            GapWorkflow.Result result = new GapWorkflow().run(new GapWorkflow.Request(doc.file(), null, profile, catalogue.libraryDir(),
                    catalogue.profilesDir(), recorded), opened);
            return new Review(id, folder, doc, profile, result, null);
        }
        GapWorkflow.Result result = catalogue.drafts(profile).forDocument(supplier, doc.file()).evaluate(supplier, doc.name());
        String unrecorded = named.negotiation() == null ? null : "This document is round " + (named.round() == null ? 1 : named.round())
                + " of negotiation " + named.negotiation() + ", which " + (records == null ? "this server does not record (it was started "
                + "without --records)" : "is not recorded here") + ": it is rated against the draft its properties name, not against "
                + "what we last sent, and nothing is recorded.";
        return new Review(id, folder, doc, profile, result, unrecorded);
    }

    private Review review(Context ctx) {
        Review r = reviews.get(ctx.pathParam("id"));
        if (r == null) throw HttpProblem.notFound("review");
        return r;
    }

    private void show(Context ctx) {
        Review r = review(ctx);
        boolean person = "person".equals(ctx.queryParam("show"));
        GapReport shown = person ? NeedsPerson.of(r.report()) : r.report();
        Page.Embedded report = Page.Embedded.of(new HtmlReportWriter().render(shown)).demoted();
        String base = "/review/" + r.id();
        StringBuilder b = new StringBuilder("<h1>Review: ").append(escape(r.document().name())).append("</h1>\n");
        b.append("<p class=\"lead\">").append(r.report().summary().needsReview() ? "Something here needs a person."
                : "Acceptable as it stands: every change meets our preferred position or is within fallback.").append("</p>\n");
        NegotiationRound round = r.result().round();
        if (round != null) {
            b.append("<p class=\"notice\">Round ").append(round.number()).append(" of negotiation <a href=\"/negotiations/")
                    .append(Download.urlSegment(round.record().id())).append("\">").append(escape(round.record().id()))
                    .append("</a>: rated against what we sent in that round, and recorded. Downloading the counter-redline records it as ")
                    .append("round ").append(round.number() + 1).append(".</p>\n");
        } else if (r.unrecorded() != null) {
            b.append("<p class=\"notice\">").append(escape(r.unrecorded())).append("</p>\n");
        }
        b.append("<nav aria-label=\"Show\" class=\"actions\"><a class=\"button").append(person ? " secondary" : "").append("\" href=\"")
                .append(base).append("\"").append(person ? "" : " aria-current=\"true\"").append(">Every change</a>")
                .append("<a class=\"button").append(person ? "" : " secondary").append("\" href=\"").append(base).append("?show=person\"")
                .append(person ? " aria-current=\"true\"" : "").append(">Needs a person only</a></nav>\n");
        b.append("<section aria-labelledby=\"downloads\" class=\"actions\"><h2 id=\"downloads\">Downloads</h2><p>")
                .append("<a class=\"button\" href=\"").append(base).append("/counter.docx\">Counter-redline (.docx)</a>")
                .append("<a class=\"button secondary\" href=\"").append(base).append("/report.docx\">Report (Word)</a>")
                .append("<a class=\"button secondary\" href=\"").append(base).append("/report.json\">Report (JSON)</a>")
                .append("<a class=\"button secondary\" href=\"").append(base).append("/report.html\">Report (HTML)</a>")
                .append("<a class=\"button secondary\" href=\"").append(base).append("/report.md\">Report (Markdown)</a></p>")
                .append("<p class=\"hint\">The counter-redline is for the supplier: our changes and comments, never our positions. ")
                .append("The reports are internal.</p></section>\n");
        if (person && shown.clauses().isEmpty()) b.append("<p class=\"notice\">Nothing in this document needs a person.</p>\n");
        else b.append("<div class=\"report\">\n").append(report.body()).append("</div>\n");
        ctx.html(page.render("Review: " + r.document().name(), Page.Section.REVIEW, Page.scoped("report", report.css()), b.toString()));
    }

    private void report(Context ctx) {
        Review r = review(ctx);
        ReportWriter w = REPORTS.get(ctx.pathParam("format"));
        if (w == null) throw HttpProblem.notFound("report format");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
        try {
            w.write(r.report(), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Download.send(ctx, stem(r) + "-gap-report." + w.extension(), Download.type(w.extension()), bytes.toByteArray());
    }

    /**
     * Our counter-redline, made once per review from the analysis already made (as {@code mc2
     * respond} makes it) and kept beside the upload; for a recorded round it is recorded as the next.
     */
    private void counter(Context ctx) {
        Review r = review(ctx);
        byte[] bytes;
        synchronized (r) {
            Path out = r.folder().resolve("out").resolve(safeName(stem(r)) + "-counter.docx");
            if (!Files.exists(out)) {
                Workspace.createFolder(out.getParent());
                new RespondWorkflow().answer(new RespondWorkflow.Request(r.document().file(), null, r.profile(), catalogue.libraryDir(),
                        catalogue.profilesDir(), null, null, out, false), DocxPackage.open(r.document().file()), r.result());
            }
            try {
                bytes = Files.readAllBytes(out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Download.send(ctx, stem(r) + "-counter.docx", Download.DOCX, bytes);
    }

    /** A name from an upload made fit to be one file name of ours (the record keeps it as the counter's name). */
    private static String safeName(String s) {
        String n = s.replaceAll("[^A-Za-z0-9._-]+", "-").replaceFirst("^[.-]+", "");
        n = n.length() > 80 ? n.substring(0, 80) : n;
        return n.isEmpty() ? "supplier" : n;
    }

    private static String stem(Review r) {
        String n = r.document().name();
        return n.toLowerCase(java.util.Locale.ROOT).endsWith(".docx") ? n.substring(0, n.length() - 5) : n;
    }
}
