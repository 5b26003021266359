package io.mc2.serve;

import static io.mc2.write.html.HtmlContractWriter.escape;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.mc2.app.DraftWorkflow;
import io.mc2.app.NegotiationRecords;
import io.mc2.model.Contract;
import io.mc2.profile.ResolvedProfile;
import io.mc2.write.ContractWriter;
import io.mc2.write.docx.DocxContractWriter;
import io.mc2.write.html.HtmlContractWriter;
import io.mc2.write.markdown.MarkdownContractWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * New draft: choose a profile, fill in the deal facts (validated as {@code --deal} files are, each
 * error next to its field), see the contract as HTML and download it as Word, Markdown or HTML.
 * Nothing is stored: the facts travel in the page's forms, and the same facts give the same file.
 */
final class DraftPages {
    private final Catalogue catalogue;
    private final Page page;
    private final DraftWorkflow workflow = new DraftWorkflow(List.of(new DocxContractWriter(), new MarkdownContractWriter(),
            new HtmlContractWriter()));

    private final NegotiationRecords records;

    /** @param records the negotiation records this server keeps, or null for none */
    DraftPages(Catalogue catalogue, Page page, NegotiationRecords records) {
        this.catalogue = catalogue;
        this.page = page;
        this.records = records;
    }

    void routes(RoutesConfig r) {
        r.get("/draft", ctx -> ctx.html(form(DraftWorkflow.DEFAULT_PROFILE, null)));
        r.post("/draft/edit", ctx -> ctx.html(form(profileId(ctx), DealForm.read(ctx::formParam))));
        r.post("/draft", this::show);
        r.post("/draft/download", this::download);
        r.post("/draft/send", this::send);
    }

    private String profileId(Context ctx) {
        String id = ctx.formParam("profile");
        if (!catalogue.has(id)) throw HttpProblem.badRequest("choose one of the profiles listed");
        return id;
    }

    private void show(Context ctx) {
        String id = profileId(ctx);
        DealForm.Submission s = DealForm.read(ctx::formParam);
        if (!s.valid()) {
            ctx.status(422).html(form(id, s));
            return;
        }
        ResolvedProfile profile = catalogue.profile(id);
        Contract contract = DraftWorkflow.assemble(catalogue.library(), profile, s.deal(), null);
        Page.Embedded html = Page.Embedded.of(((HtmlContractWriter) workflow.writer("html")).render(contract)).demoted();
        StringBuilder b = new StringBuilder();
        b.append("<h1>Draft: ").append(escape(contract.meta().title())).append("</h1>\n<p class=\"lead\">")
                .append(contract.clauses().size()).append(" clauses in ").append(contract.articles().size()).append(" articles, profile ")
                .append(escape(profile.name())).append(" (").append(escape(profile.id())).append(" v").append(escape(profile.version()))
                .append(").</p>\n<form method=\"post\" action=\"/draft/download\" class=\"actions\"><input type=\"hidden\" name=\"profile\" value=\"")
                .append(escape(id)).append("\">").append(DealForm.hidden(s))
                .append("<button type=\"submit\" name=\"format\" value=\"docx\">Download Word (.docx)</button>")
                .append("<button type=\"submit\" name=\"format\" value=\"md\" class=\"secondary\">Markdown (.md)</button>")
                .append("<button type=\"submit\" name=\"format\" value=\"html\" class=\"secondary\">HTML (.html)</button>")
                .append("<button type=\"submit\" formaction=\"/draft/edit\" class=\"secondary\">Change the facts</button>")
                .append(records == null ? "" : "<button type=\"submit\" formaction=\"/draft/send\" class=\"secondary\">"
                        + "Record as round 1 of the negotiation</button>")
                .append("</form>\n")
                .append("<article class=\"contract\" aria-label=\"Contract\">\n").append(html.body()).append("</article>\n");
        ctx.html(page.render("Draft: " + contract.meta().title(), Page.Section.DRAFT, Page.scoped("contract", html.css()), b.toString()));
    }

    private void download(Context ctx) {
        String format = ctx.formParam("format");
        if (!List.of("docx", "md", "html").contains(format)) throw HttpProblem.badRequest("choose docx, md or html");
        Written w = written(ctx, format);
        Download.send(ctx, w.fileName(), Download.type(format), w.bytes());
    }

    /**
     * The Word draft recorded as round 1 of its negotiation (named by the agreement reference), as
     * {@code mc2 draft} records it; then the negotiation's page, from which the stamped draft is
     * downloaded. The same draft again changes nothing; another draft for a record that already has
     * a round 1 is refused.
     */
    private void send(Context ctx) {
        if (records == null) throw HttpProblem.notFound("negotiation records (start the server with --records)");
        Written w = written(ctx, "docx");
        List<String> warnings = new java.util.ArrayList<>();
        var first = records.openFirst(w.bytes(), w.fileName(), w.deal().agreementReference(), warnings);
        String id = io.mc2.negotiation.NegotiationRecord.idFor(w.deal().agreementReference(), java.nio.file.Path.of(w.fileName()));
        if (!warnings.isEmpty() || first.folder() == null) {
            throw HttpProblem.conflict("negotiation " + id + " already has another round 1: give this deal its own agreement reference "
                    + "to start a new negotiation, or review the supplier's return of the draft already sent");
        }
        ctx.redirect("/negotiations/" + Download.urlSegment(id), io.javalin.http.HttpStatus.SEE_OTHER);
    }

    private record Written(String fileName, byte[] bytes, io.mc2.deal.DealFacts deal) {
    }

    /** The draft the posted facts make, in {@code format}. */
    private Written written(Context ctx, String format) {
        String id = profileId(ctx);
        DealForm.Submission s = DealForm.read(ctx::formParam);
        if (!s.valid()) throw HttpProblem.unprocessable("the deal facts are not valid; go back and correct them");
        ContractWriter writer = workflow.writer(format);
        Contract contract = DraftWorkflow.assemble(catalogue.library(), catalogue.profile(id), s.deal(), null);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
        try {
            writer.write(contract, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String stem = s.deal().agreementReference() != null ? s.deal().agreementReference() : id;
        return new Written(stem + "-draft." + writer.extension(), bytes.toByteArray(), s.deal());
    }

    private String form(String chosen, DealForm.Submission s) {
        StringBuilder b = new StringBuilder("<h1>New draft</h1>\n<p class=\"lead\">Choose the negotiation profile, fill in what you "
                + "know of the deal, and see the contract. Facts left blank print as bracketed blanks such as [MDM NAME].</p>\n");
        if (s != null && !s.valid()) errorSummary(b, s);
        b.append("<form method=\"post\" action=\"/draft\" novalidate>\n<fieldset><legend>Profile</legend>\n");
        for (Catalogue.Entry e : catalogue.profiles()) {
            if (e.profile() == null) continue;
            ResolvedProfile p = e.profile();
            String id = "p-" + e.id();
            b.append("<div class=\"field\"><input type=\"radio\" name=\"profile\" id=\"").append(escape(id)).append("\" value=\"")
                    .append(escape(e.id())).append('"').append(e.id().equals(chosen) ? " checked" : "")
                    .append(" aria-describedby=\"").append(escape(id)).append("-hint\"> <label for=\"").append(escape(id))
                    .append("\" style=\"display:inline\">").append(escape(p.name())).append(" <span class=\"meta\">v").append(escape(p.version()))
                    .append(p.publisher().isEmpty() ? "" : " \u00b7 " + escape(p.publisher())).append(" \u00b7 ").append(escape(e.id()))
                    .append("</span></label><p class=\"hint\" id=\"").append(escape(id)).append("-hint\">").append(escape(p.description()))
                    .append("</p></div>\n");
        }
        b.append("</fieldset>\n").append(DealForm.fieldset("Agreement", DealForm.AGREEMENT, s))
                .append(DealForm.fieldset("Health delivery organization (HDO, the customer)", DealForm.party("hdo", "HDO"), s))
                .append(DealForm.fieldset("Manufacturer (MDM, the supplier)", DealForm.party("mdm", "MDM"), s))
                .append(DealForm.fieldset("Product", DealForm.PRODUCT, s)).append(DealForm.deviceFieldset(s))
                .append("<p class=\"actions\"><button type=\"submit\">Show the contract</button></p>\n</form>");
        return page.render("New draft", Page.Section.DRAFT, "", b.toString());
    }

    private static void errorSummary(StringBuilder b, DealForm.Submission s) {
        b.append("<div class=\"alert\" role=\"alert\" id=\"errors\"><h2>Please correct the deal facts</h2><ul>");
        for (Map.Entry<String, List<String>> e : s.errors().entrySet()) {
            b.append("<li><a href=\"#f-").append(escape(e.getKey().replace('.', '-'))).append("\">").append(escape(e.getKey()))
                    .append("</a>: ").append(escape(String.join("; ", e.getValue()))).append("</li>");
        }
        for (String o : s.otherErrors()) b.append("<li>").append(escape(o)).append("</li>");
        b.append("</ul></div>\n");
    }
}
