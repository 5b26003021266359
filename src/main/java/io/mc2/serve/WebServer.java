package io.mc2.serve;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.mc2.app.NegotiationRecords;
import io.mc2.model.Generator;
import io.mc2.problem.Mc2Exception;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * {@code mc2 serve}: the web app on an embedded Jetty (through Javalin), bound to loopback unless
 * told otherwise. The library and profiles are loaded once at start. Every refusal is a one-line
 * page with its HTTP status, never a stack trace; requests naming another host are refused, so a
 * web page elsewhere cannot reach this server through a DNS name of its own.
 */
public final class WebServer implements AutoCloseable {

    /**
     * @param port    0 for any free port
     * @param records the folder of negotiation records the server keeps, or null to keep none
     */
    public record Options(String host, int port, Path libraryDir, Path profilesDir, UploadLimits limits, Path records) {
        public Options(String host, int port, Path libraryDir, Path profilesDir, UploadLimits limits) {
            this(host, port, libraryDir, profilesDir, limits, null);
        }
    }

    private final Javalin app;
    private final Workspace workspace;
    private final ReviewPages reviews;
    private final PortfolioPages portfolios;
    private final String host;

    private WebServer(Options o) {
        this.host = o.host();
        this.workspace = new Workspace();
        try {
            Catalogue catalogue = new Catalogue(o.libraryDir(), o.profilesDir());
            Page page = new Page("mc2 " + Generator.version() + " \u00b7 clause library " + catalogue.library().name() + " "
                    + catalogue.library().version() + " \u00b7 runs on this computer; uploads are removed after use");
            Uploads uploads = new Uploads(o.limits());
            NegotiationRecords records = o.records() == null ? null : new NegotiationRecords(o.records());
            DraftPages drafts = new DraftPages(catalogue, page, records);
            this.reviews = new ReviewPages(catalogue, page, workspace, uploads, records);
            NegotiationPages negotiations = new NegotiationPages(records, page);
            this.portfolios = new PortfolioPages(catalogue, page, workspace, uploads);
            ProfilePages profiles = new ProfilePages(catalogue, page, workspace);
            this.app = Javalin.create(config -> {
                configure(config, o, page);
                config.routes.get("/", ctx -> ctx.html(Home.render(page)));
                drafts.routes(config.routes);
                reviews.routes(config.routes);
                portfolios.routes(config.routes);
                negotiations.routes(config.routes);
                profiles.routes(config.routes);
            });
            app.start(o.host(), o.port());
        } catch (io.javalin.util.JavalinBindException e) {
            workspace.close();
            throw new Mc2Exception(io.mc2.problem.ExitCode.USAGE, "cannot listen on " + o.host() + " port " + o.port()
                    + ": it is in use or not allowed; choose another with --port (0: any free port)", e);
        } catch (RuntimeException e) {
            workspace.close();
            throw e;
        }
    }

    /** Starts the server; returns once it listens. */
    public static WebServer start(Options o) {
        return new WebServer(o);
    }

    /**
     * Starts the server, prints its address on {@code out} (a warning on {@code err} when it listens
     * beyond this computer) and returns only when the JVM is stopped (Ctrl-C), having stopped it.
     */
    public static void serveUntilStopped(Options o, java.io.PrintWriter out, java.io.PrintWriter err) throws InterruptedException {
        WebServer server = start(o);
        java.util.concurrent.CountDownLatch stopped = new java.util.concurrent.CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "mc2-serve-stop"));
        if (!LOOPBACK_NAMES.contains(o.host()) && !o.host().equals("::1")) {
            err.println("mc2: warning: listening on " + o.host() + ": anyone who can reach this address can use the web app");
        }
        out.println("mc2 serve: " + server.url());
        out.flush();
        err.println("mc2 serve: listening on port " + server.port() + "; stop with Ctrl-C");
        err.flush();
        stopped.await();
    }

    public int port() {
        return app.port();
    }

    /** The address to open in a browser. */
    public String url() {
        String h = host.contains(":") ? "[" + host + "]" : host;
        return "http://" + (h.equals("0.0.0.0") ? "127.0.0.1" : h) + ":" + port() + "/";
    }

    @Override
    public void close() {
        app.stop();
        reviews.close();
        portfolios.close();
        workspace.close();
    }

    private void configure(JavalinConfig config, Options o, Page page) {
        config.startup.showJavalinBanner = false;
        config.startup.showOldJavalinVersionWarning = false;
        // url-encoded forms (deal facts) are small; uploads are multipart and bounded below
        config.http.maxRequestSize = 1L << 20;
        config.jetty.multipartConfig.cacheDirectory(workspace.root().toString());
        config.jetty.multipartConfig.maxFileSize(o.limits().maxFileBytes(), SizeUnit.BYTES);
        config.jetty.multipartConfig.maxTotalRequestSize(o.limits().maxRequestBytes(), SizeUnit.BYTES);
        config.jetty.multipartConfig.maxInMemoryFileSize(1, SizeUnit.MB);
        config.routes.before(ctx -> {
            checkHost(ctx);
            checkOrigin(ctx);
            if (ctx.contentLength() > o.limits().maxRequestBytes()) {
                throw HttpProblem.tooLarge("the upload is larger than " + (o.limits().maxRequestBytes() >> 20) + " MiB, the limit for one request");
            }
        });
        config.routes.after(ctx -> {
            ctx.header("X-Content-Type-Options", "nosniff");
            // same-origin, not no-referrer: with no-referrer a browser sends "Origin: null" on our own forms
            ctx.header("Referrer-Policy", "same-origin");
            ctx.header("Cache-Control", "no-store");
            // pages are escaped throughout; this only keeps a slip from loading anything from elsewhere
            ctx.header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; "
                    + "img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'");
        });
        config.routes.exception(HttpProblem.class, (e, ctx) -> refuse(ctx, page, e.status(), e.getMessage()));
        config.routes.exception(Mc2Exception.class, (e, ctx) -> refuse(ctx, page, Messages.status(e), Messages.plain(e.getMessage(), workspace)));
        config.routes.exception(HttpResponseException.class, (e, ctx) -> refuse(ctx, page, e.getStatus(), e.getMessage()));
        config.routes.exception(Exception.class, (e, ctx) -> refuse(ctx, page, status(e),
                status(e) == 413 ? "the upload is too large" : "internal error: " + Messages.plain(Mc2Exception.describe(e), workspace)));
        config.routes.error(404, "*", ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty()) ctx.html(page.error(404, "there is no page at " + ctx.path()));
        });
    }

    /** A multipart body past Jetty's own limits fails while being read: that is still "too large", not a bug. */
    private static int status(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (m.contains("exceeds") || m.contains("too large") || m.contains("max file size") || m.contains("max request size")) return 413;
        }
        return 500;
    }

    private static void refuse(Context ctx, Page page, int status, String message) {
        ctx.status(status).html(page.error(status, message.replaceAll("[\\r\\n]+", " ")));
    }

    /**
     * A form posted from a page of another site (the browser names it in Origin) is refused, so a web
     * page the user happens to visit cannot make this server draft or analyse anything.
     */
    private static void checkOrigin(Context ctx) {
        String method = String.valueOf(ctx.req().getMethod());
        if (method.equals("GET") || method.equals("HEAD")) return;
        String origin = ctx.header("Origin");
        if (origin == null) return;
        String own = ctx.header("Host");
        String from = origin.replaceFirst("^[a-zA-Z][a-zA-Z0-9+.-]*://", "").toLowerCase(Locale.ROOT);
        if (own == null || !from.equals(own.toLowerCase(Locale.ROOT))) {
            throw HttpProblem.forbidden("a form sent from another site (" + origin + ") is not accepted");
        }
    }

    private static final Set<String> LOOPBACK_NAMES = Set.of("127.0.0.1", "localhost", "[::1]");

    private void checkHost(Context ctx) {
        if (host.equals("0.0.0.0") || host.equals("::")) return;
        String sent = ctx.header("Host");
        String name = sent == null ? "" : sent.replaceFirst(":\\d+$", "").toLowerCase(Locale.ROOT);
        String bound = host.toLowerCase(Locale.ROOT);
        if (!name.equals(bound) && !name.equals("[" + bound + "]") && !LOOPBACK_NAMES.contains(name)) {
            throw HttpProblem.badRequest("this server answers to " + url() + " only");
        }
    }
}
