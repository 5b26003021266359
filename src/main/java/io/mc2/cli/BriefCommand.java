package io.mc2.cli;

import io.mc2.app.BriefWorkflow;
import io.mc2.app.DraftWorkflow;
import io.mc2.write.playbook.DocxPlaybookWriter;
import io.mc2.write.playbook.HtmlPlaybookWriter;
import io.mc2.write.playbook.MarkdownPlaybookWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code mc2 brief}: the negotiator's internal brief for a profile. */
@Command(name = "brief", mixinStandardHelpOptions = true,
        description = {"Write the negotiator's brief for a profile: per clause the preferred, fallback and walk-away "
                + "positions, why it matters, what suppliers typically change and our answer, acceptable variants and MC2 "
                + "references.",
            "For the negotiating team only: every page says not to send it to the supplier."},
        footer = {"", "Examples:", "  mc2 brief --profile health-system-strict -o brief.docx", "  mc2 brief -o brief.md"})
final class BriefCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = {"-p", "--profile"}, paramLabel = "ID|FILE", defaultValue = DraftWorkflow.DEFAULT_PROFILE,
            description = "Profile id (a file in profiles/) or path to a profile YAML (default: ${DEFAULT-VALUE}).")
    String profile;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Output file (default: mc2-brief.<format>).")
    Path output;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
            description = "docx, md, html or pdf (pdf through LibreOffice, exit 6 without it; default: from the output's extension, else docx).")
    String format;

    @Option(names = "--force", description = "Replace the output file if it exists.")
    boolean force;

    @picocli.CommandLine.Mixin
    ReferenceDocOption reference;

    @picocli.CommandLine.Mixin
    Folders folders;

    @Override
    public Integer call() {
        String fmt = format == null ? null : format.toLowerCase(Locale.ROOT);
        Path out = output != null ? output : Path.of("mc2-brief." + (fmt == null ? "docx" : fmt.equals("markdown") ? "md" : fmt));
        String written = io.mc2.app.OutputFormat.of(fmt, out, "docx").toLowerCase(Locale.ROOT);
        BriefWorkflow.Result r = new BriefWorkflow(List.of(new DocxPlaybookWriter(reference.house(written, out)), new MarkdownPlaybookWriter(),
                new HtmlPlaybookWriter())).run(new BriefWorkflow.Request(folders.library(),
                folders.profiles(), profile, fmt, out, force));
        int clauses = r.brief().articles().stream().mapToInt(a -> a.clauses().size()).sum();
        spec.commandLine().getErr().println("wrote " + r.output() + ": negotiation brief, " + clauses + " clauses, profile "
                + r.profile().id() + " v" + r.profile().version() + " (internal: do not send to the supplier)");
        return 0;
    }
}
