package io.mc2.serve;

import static io.mc2.write.html.HtmlContractWriter.escape;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.mc2.app.GapBatchWorkflow;
import io.mc2.gap.GapMatrix;
import io.mc2.problem.Mc2Exception;
import io.mc2.report.MatrixHtmlWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Portfolio (for a GPO): upload many supplier redlines (files, or a .zip of them), watch them being
 * analysed by the same batch workflow as {@code mc2 gap --batch}, then read the heat map, narrowed
 * and sorted by verdict and clause ({@link MatrixView}), and download the matrix and each
 * document's reports. One portfolio is analysed at a time; the others wait their turn.
 */
final class PortfolioPages {
    private final Catalogue catalogue;
    private final Page page;
    private final Workspace workspace;
    private final Uploads uploads;
    private final Kept<PortfolioJob> jobs = new Kept<>(10, Duration.ofHours(4), Clock.systemUTC());
    private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
        Thread t = new Thread(task, "mc2-serve-portfolio");
        t.setDaemon(true);
        return t;
    });

    PortfolioPages(Catalogue catalogue, Page page, Workspace workspace, Uploads uploads) {
        this.catalogue = catalogue;
        this.page = page;
        this.workspace = workspace;
        this.uploads = uploads;
    }

    void routes(RoutesConfig r) {
        r.get("/portfolio", ctx -> ctx.html(form()));
        r.post("/portfolio", this::upload);
        r.get("/portfolio/{id}", this::show);
        r.get("/portfolio/{id}/matrix.{format}", this::matrix);
        r.get("/portfolio/{id}/reports/{name}", this::report);
    }

    void close() {
        worker.shutdownNow();
        jobs.clear();
    }

    private String form() {
        UploadLimits l = uploads.limits();
        String b = "<h1>Portfolio</h1>\n<p class=\"lead\">Upload the redlines many suppliers returned of the same standard draft. "
                + "Each is analysed as a single review would be; the heat map then shows every document against every clause.</p>\n"
                + "<form method=\"post\" action=\"/portfolio\" enctype=\"multipart/form-data\">\n"
                + "<div class=\"field\"><label for=\"documents\">Supplier documents (.docx files, or a .zip of them)</label>"
                + "<p class=\"hint\" id=\"documents-hint\">Up to " + l.maxFiles() + " documents and " + (l.maxRequestBytes() >> 20)
                + " MiB in all. Choose several files at once with Ctrl or Shift.</p>"
                + "<input type=\"file\" id=\"documents\" name=\"documents\" accept=\".docx,.zip\" multiple required aria-describedby=\"documents-hint\"></div>\n"
                + ProfileChoice.select("profile", "Rate against", "the profile each draft names (recommended)", catalogue, null, null)
                + "<p class=\"actions\"><button type=\"submit\">Analyse the portfolio</button></p>\n</form>";
        return page.render("Portfolio", Page.Section.PORTFOLIO, "", b);
    }

    private void upload(Context ctx) {
        var files = Uploads.files(ctx, "documents");
        String profile = ProfileChoice.chosen(ctx.formParam("profile"), catalogue);
        String id = Workspace.newId();
        Path folder = workspace.newFolder(id);
        PortfolioJob job;
        try {
            Files.createDirectory(folder.resolve("in"));
            job = new PortfolioJob(id, folder, uploads.portfolio(files, folder.resolve("in")));
        } catch (IOException e) {
            Workspace.delete(folder);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            Workspace.delete(folder);
            throw e;
        }
        jobs.put(id, job, folder);
        worker.submit(() -> analyse(job, profile));
        ctx.redirect("/portfolio/" + id + "/", io.javalin.http.HttpStatus.SEE_OTHER);
    }

    private void analyse(PortfolioJob job, String profile) {
        try {
            job.finish(new GapBatchWorkflow().run(new GapBatchWorkflow.Request(job.input(), job.output(), null, profile,
                    catalogue.libraryDir(), catalogue.profilesDir(), Math.max(1, Runtime.getRuntime().availableProcessors()), false), job));
        } catch (Mc2Exception e) {
            job.fail(Messages.plain(e.getMessage(), workspace));
        } catch (RuntimeException | StackOverflowError e) {
            job.fail("internal error: " + Mc2Exception.describe(e));
        } finally {
            Workspace.delete(job.input());
        }
    }

    private PortfolioJob job(Context ctx) {
        PortfolioJob j = jobs.get(ctx.pathParam("id"));
        if (j == null) throw HttpProblem.notFound("portfolio");
        return j;
    }

    private void show(Context ctx) {
        PortfolioJob job = job(ctx);
        // the matrix links each report relative to this page: keep its address a folder
        if (!ctx.path().endsWith("/")) {
            String q = ctx.queryString();
            ctx.redirect("/portfolio/" + job.id() + "/" + (q == null ? "" : "?" + q), io.javalin.http.HttpStatus.MOVED_PERMANENTLY);
            return;
        }
        if (job.running()) {
            String b = "<h1>Analysing " + job.total() + " documents</h1>\n<p role=\"status\">" + job.done() + " of " + job.total()
                    + " analysed. This page refreshes itself every two seconds.</p>\n<progress max=\"" + job.total() + "\" value=\""
                    + job.done() + "\">" + job.done() + " of " + job.total() + "</progress>";
            ctx.html(page.render("Analysing the portfolio", Page.Section.PORTFOLIO, "", "<meta http-equiv=\"refresh\" content=\"2\">", b));
            return;
        }
        if (job.error() != null) throw HttpProblem.unprocessable(job.error());
        MatrixView view = MatrixView.of(job.result().matrix(), ctx.queryParam("verdict"), ctx.queryParam("clause"), ctx.queryParam("sort"));
        Page.Embedded heat = Page.Embedded.of(new MatrixHtmlWriter().render(view.matrix())).demoted();
        StringBuilder b = new StringBuilder("<h1>Portfolio: ").append(job.result().matrix().documents().size()).append(" documents</h1>\n");
        for (String w : job.result().warnings()) b.append("<p class=\"notice\"><b>Warning:</b> ").append(escape(w)).append("</p>\n");
        b.append(view.form()).append("<p class=\"actions\">")
                .append("<a class=\"button secondary\" href=\"matrix.xlsx\">Matrix (Excel)</a>")
                .append("<a class=\"button secondary\" href=\"matrix.csv\">Matrix (CSV)</a>")
                .append("<a class=\"button secondary\" href=\"matrix.json\">Matrix (JSON)</a>")
                .append("<a class=\"button secondary\" href=\"matrix.html\">Heat map (HTML)</a></p>\n")
                .append("<p class=\"hint\">A document's name opens its own report.</p>\n")
                .append("<div class=\"matrix\">\n").append(heat.body()).append("</div>\n");
        ctx.html(page.render("Portfolio", Page.Section.PORTFOLIO, Page.scoped("matrix", heat.css()), b.toString()));
    }

    private GapBatchWorkflow.Result done(PortfolioJob job) {
        if (job.result() == null) throw HttpProblem.notFound("finished portfolio");
        return job.result();
    }

    private void matrix(Context ctx) {
        PortfolioJob job = job(ctx);
        done(job);
        String format = ctx.pathParam("format");
        if (!List.of("xlsx", "csv", "json", "html").contains(format)) throw HttpProblem.notFound("matrix format");
        Download.send(ctx, "matrix." + format, Download.type(format), read(job.output().resolve("matrix." + format)));
    }

    /** A document's report, by the name the matrix links to (never a path the request makes up). */
    private void report(Context ctx) {
        PortfolioJob job = job(ctx);
        String wanted = "reports/" + ctx.pathParam("name");
        for (GapMatrix.Row row : done(job).matrix().documents()) {
            if (row.reports() == null) continue;
            if (wanted.equals(row.reports().html())) {
                Page.Embedded report = Page.Embedded.of(new String(read(job.output().resolve(row.reports().html())),
                        java.nio.charset.StandardCharsets.UTF_8)).demoted();
                String b = "<p class=\"no-print\"><a href=\"../\">\u2190 Back to the portfolio</a> \u00b7 <a href=\"" + escape(Download.urlSegment(
                        row.reports().json().substring("reports/".length()))) + "\">Report (JSON)</a></p>\n<h1>Review: " + escape(row.file())
                        + "</h1>\n<div class=\"report\">\n" + report.body() + "</div>\n";
                ctx.html(page.render("Review: " + row.file(), Page.Section.PORTFOLIO, Page.scoped("report", report.css()), b));
                return;
            }
            if (wanted.equals(row.reports().json())) {
                Download.send(ctx, ctx.pathParam("name"), Download.type("json"), read(job.output().resolve(row.reports().json())));
                return;
            }
        }
        throw HttpProblem.notFound("report");
    }

    private static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
