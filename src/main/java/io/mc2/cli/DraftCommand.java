package io.mc2.cli;

import io.mc2.app.DraftWorkflow;
import io.mc2.write.docx.DocxContractWriter;
import io.mc2.write.html.HtmlContractWriter;
import io.mc2.write.markdown.MarkdownContractWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code mc2 draft}: assembles a contract draft from the clause library, a profile and deal facts. */
@Command(name = "draft", mixinStandardHelpOptions = true,
        description = {"Assemble a contract draft (Word by default) from the clause library, a negotiation "
                + "profile and optional deal facts.",
            "Without options: the shipped '" + DraftWorkflow.DEFAULT_PROFILE + "' profile, written to mc2-draft.docx."},
        footer = {"", "Examples:",
            "  mc2 draft",
            "  mc2 draft --profile health-system-strict \\",
            "      --deal output-samples/sample-deal.yaml -o acme-infusion.docx",
            "  mc2 draft --format md -o draft.md --date 2026-12-01",
            "  mc2 draft --deal output-samples/sample-deal.yaml --final \\",
            "      -o exhibit-for-signature.docx"})
final class DraftCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = {"-p", "--profile"}, paramLabel = "ID|FILE", defaultValue = DraftWorkflow.DEFAULT_PROFILE,
            description = "Profile id (a file in profiles/) or path to a profile YAML (default: ${DEFAULT-VALUE}).")
    String profile;

    @Option(names = {"-d", "--deal"}, paramLabel = "FILE", description = "Deal facts YAML: parties, product, agreement, device.")
    Path deal;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Output file (default: mc2-draft.<format>).")
    Path output;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
            description = "docx, md, html or pdf (pdf through LibreOffice, exit 6 without it; default: from the output's extension, else docx).")
    String format;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "Document date (default: the deal's effective date, else today). Fixes the output bytes.")
    LocalDate date;

    @Option(names = "--force", description = "Replace the output file if it exists.")
    boolean force;

    @Option(names = "--record", paramLabel = "DIR",
            description = "The negotiation record a Word draft opens as round 1 (default: negotiation/<agreement reference or file name>/ beside the draft).")
    Path record;

    @Option(names = "--no-record", description = "A preview or sample: open no negotiation record and stamp no round.")
    boolean noRecord;

    @Option(names = "--final", description = "The execution copy to sign: no \"Draft\" in the header, no content-control "
            + "tags or variant names, and no negotiation round.")
    boolean executionCopy;

    @picocli.CommandLine.Mixin
    ReferenceDocOption reference;

    @picocli.CommandLine.Mixin
    Folders folders;

    @Override
    public Integer call() {
        String fmt = format == null ? null : format.toLowerCase(java.util.Locale.ROOT);
        Path out = output != null ? output : Path.of("mc2-draft." + (fmt == null ? "docx" : fmt.equals("markdown") ? "md" : fmt));
        String written = io.mc2.app.OutputFormat.of(fmt, out, "docx").toLowerCase(java.util.Locale.ROOT);
        DraftWorkflow workflow = new DraftWorkflow(List.of(new DocxContractWriter(reference.house(written, out)), new MarkdownContractWriter(),
                new HtmlContractWriter()));
        DraftWorkflow.Result r = workflow.run(new DraftWorkflow.Request(
                folders.library(), folders.profiles(),
                profile, deal, date, fmt, out, force, !noRecord, record, executionCopy));
        for (String w : r.warnings()) spec.commandLine().getErr().println("mc2: warning: " + w);
        if (r.record() != null) spec.commandLine().getErr().println("recorded round 1 in " + r.record());
        spec.commandLine().getErr().println("wrote " + r.output() + (executionCopy ? " (execution copy)" : "") + ": "
                + r.contract().clauses().size() + " clauses in " + r.contract().articleCount() + " articles, profile "
                + r.profile().id() + " v" + r.profile().version());
        return 0;
    }
}
