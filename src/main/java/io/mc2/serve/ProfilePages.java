package io.mc2.serve;

import static io.mc2.write.html.HtmlContractWriter.escape;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.mc2.app.PublishWorkflow;
import io.mc2.playbook.ProfileDiff;
import io.mc2.playbook.ProfileExplanation;
import io.mc2.profile.ResolvedProfile;
import io.mc2.write.playbook.DocxPlaybookWriter;
import io.mc2.write.playbook.HtmlPlaybookWriter;
import io.mc2.write.playbook.MarkdownPlaybookWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Profiles: the profiles of the folder, one profile as {@code mc2 profile show} explains it (every
 * setting with the file and line that set it), the changes between two ({@code mc2 profile diff}),
 * and the bundle {@code mc2 profile publish} writes, as a .zip.
 */
final class ProfilePages {
    private final Catalogue catalogue;
    private final Page page;
    private final Workspace workspace;

    ProfilePages(Catalogue catalogue, Page page, Workspace workspace) {
        this.catalogue = catalogue;
        this.page = page;
        this.workspace = workspace;
    }

    void routes(RoutesConfig r) {
        r.get("/profiles", ctx -> ctx.html(list()));
        r.get("/profiles/diff", this::diff);
        r.get("/profiles/{id}", ctx -> ctx.html(show(ctx.pathParam("id"))));
        r.get("/profiles/{id}/bundle.zip", this::bundle);
    }

    private String list() {
        StringBuilder b = new StringBuilder("<h1>Profiles</h1>\n<p class=\"lead\">A profile says which clauses a contract has, in "
                + "which wording, and what we prefer, accept as fallback and walk away from. Profiles inherit: a member's profile "
                + "extends its GPO's.</p>\n<table class=\"plain catalogue\"><thead><tr><th scope=\"col\">Profile</th><th scope=\"col\">Version</th>"
                + "<th scope=\"col\">Publisher</th><th scope=\"col\">What it is for</th><th scope=\"col\">Clauses</th></tr></thead><tbody>\n");
        for (Catalogue.Entry e : catalogue.profiles()) {
            ResolvedProfile p = e.profile();
            if (p == null) {
                b.append("<tr><td>").append(escape(e.id())).append("</td><td colspan=\"4\" class=\"error\">Cannot be used: ")
                        .append(escape(e.problem())).append("</td></tr>\n");
                continue;
            }
            b.append("<tr><td><a href=\"/profiles/").append(escape(e.id())).append("\">").append(escape(p.name())).append("</a><br><code>")
                    .append(escape(e.id())).append("</code></td><td>").append(escape(p.version())).append("</td><td>").append(escape(p.publisher()))
                    .append("</td><td>").append(escape(p.description())).append("</td><td>").append(p.included().size()).append("</td></tr>\n");
        }
        b.append("</tbody></table>\n<h2>Compare two profiles</h2>\n<form method=\"get\" action=\"/profiles/diff\" class=\"inline\">\n")
                .append(ProfileChoice.select("a", "From (older or base)", null, catalogue, "gpo-standard", null))
                .append(ProfileChoice.select("b", "To (newer or other)", null, catalogue, "health-system-strict", null))
                .append("<p class=\"actions\"><button type=\"submit\">Show the changes</button></p></form>");
        return page.render("Profiles", Page.Section.PROFILES, "", b.toString());
    }

    private String show(String id) {
        ResolvedProfile p = catalogue.profile(id);
        ProfileExplanation x = new ProfileExplanation(catalogue.library(), p);
        StringBuilder b = new StringBuilder("<h1>Profile: ").append(escape(p.name())).append("</h1>\n<p class=\"lead\">")
                .append(escape(p.description())).append("</p>\n<p class=\"meta\"><code>").append(escape(p.id())).append("</code> version ")
                .append(escape(p.version())).append(p.publisher().isEmpty() ? "" : " \u00b7 published by " + escape(p.publisher()))
                .append(" \u00b7 inherits: ").append(escape(String.join(" \u2192 ", p.chain().stream().map(f -> f.getFileName().toString()).toList())))
                .append(" \u00b7 library ").append(escape(catalogue.library().name())).append(' ').append(escape(catalogue.library().version()))
                .append("</p>\n<p class=\"actions\"><a class=\"button\" href=\"/profiles/").append(escape(id))
                .append("/bundle.zip\">Download the published bundle (.zip)</a><a class=\"button secondary\" href=\"/profiles/diff?a=")
                .append(escape(id)).append("&amp;b=").append(escape(id)).append("\">Compare with another</a></p>\n");
        b.append("<h2>General</h2>\n");
        settings(b, x.general());
        b.append("<h2>Clauses</h2>\n<p>").append(x.clauses().stream().filter(ProfileExplanation.ClauseSettings::included).count())
                .append(" of the ").append(x.clauses().size()).append(" clauses the profile lists are included. \u201cWhere\u201d is the ")
                .append("profile file and line that set the value, or the library's default.</p>\n");
        for (ProfileExplanation.ClauseSettings c : x.clauses()) {
            b.append("<h3>").append(escape(c.title())).append(" <span class=\"meta\"><code>").append(escape(c.id())).append("</code>")
                    .append(c.included() ? "" : " \u00b7 excluded").append("</span></h3>\n");
            settings(b, c.settings());
        }
        return page.render("Profile " + p.id(), Page.Section.PROFILES, "", b.toString());
    }

    private static void settings(StringBuilder b, List<ProfileExplanation.Setting> settings) {
        b.append("<table class=\"plain settings\"><thead><tr><th scope=\"col\">Setting</th><th scope=\"col\">Value</th><th scope=\"col\">Where</th>")
                .append("</tr></thead><tbody>\n");
        for (ProfileExplanation.Setting s : settings) {
            b.append("<tr><td>").append(escape(s.key())).append("</td><td>").append(escape(s.value())).append("</td><td><code>")
                    .append(escape(s.where())).append("</code></td></tr>\n");
        }
        b.append("</tbody></table>\n");
    }

    private void diff(Context ctx) {
        String a = ProfileChoice.chosen(ctx.queryParam("a"), catalogue);
        String z = ProfileChoice.chosen(ctx.queryParam("b"), catalogue);
        if (a == null || z == null) throw HttpProblem.badRequest("choose two profiles to compare");
        ProfileDiff d = ProfileDiff.between(catalogue.library(), catalogue.profile(a), catalogue.profile(z));
        StringBuilder b = new StringBuilder("<h1>From ").append(escape(a)).append(" to ").append(escape(z)).append("</h1>\n")
                .append("<form method=\"get\" action=\"/profiles/diff\" class=\"inline\">").append(ProfileChoice.select("a", "From", null, catalogue, a, null))
                .append(ProfileChoice.select("b", "To", null, catalogue, z, null))
                .append("<p class=\"actions\"><button type=\"submit\">Compare</button></p></form>\n");
        if (d.isEmpty()) {
            b.append("<p class=\"notice\">The two profiles are the same.</p>");
        } else {
            b.append("<p>").append(d.changes().size()).append(" changes; \u201cstricter\u201d and \u201clooser\u201d are for the HDO.</p>\n")
                    .append("<table class=\"plain\"><thead><tr><th scope=\"col\">Clause</th><th scope=\"col\">Change</th><th scope=\"col\">Setting</th>")
                    .append("<th scope=\"col\">From</th><th scope=\"col\">To</th><th scope=\"col\">For the HDO</th></tr></thead><tbody>\n");
            for (ProfileDiff.Change c : d.changes()) {
                b.append("<tr><td>").append(c.clause() == null ? "Profile" : escape(c.title()) + " <code>" + escape(c.clause()) + "</code>")
                        .append("</td><td>").append(escape(c.kind().word())).append("</td><td>").append(escape(c.field())).append("</td><td>")
                        .append(escape(c.before())).append("</td><td>").append(escape(c.after())).append("</td><td>").append(escape(c.direction()))
                        .append("</td></tr>\n");
            }
            b.append("</tbody></table>\n");
        }
        ctx.html(page.render("Profiles " + a + " and " + z, Page.Section.PROFILES, "", b.toString()));
    }

    /** {@code mc2 profile publish} into a temporary folder, handed over as one .zip and removed. */
    private void bundle(Context ctx) {
        ResolvedProfile p = catalogue.profile(ctx.pathParam("id"));
        Path folder = workspace.newFolder(Workspace.newId());
        try {
            Path out = folder.resolve("bundle");
            PublishWorkflow.Result r = new PublishWorkflow(List.of(new DocxPlaybookWriter(), new MarkdownPlaybookWriter(),
                    new HtmlPlaybookWriter())).run(new PublishWorkflow.Request(catalogue.libraryDir(), catalogue.profilesDir(), p.id(),
                    null, out, false));
            String stem = p.id() + "-" + p.version();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 18);
            try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
                for (Map.Entry<String, Path> f : r.files().entrySet()) {
                    ZipEntry e = new ZipEntry(stem + "/" + f.getKey());
                    e.setTime(0L);
                    zip.putNextEntry(e);
                    zip.write(Files.readAllBytes(f.getValue()));
                    zip.closeEntry();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Download.send(ctx, stem + ".zip", Download.type("zip"), bytes.toByteArray());
        } finally {
            Workspace.delete(folder);
        }
    }
}
