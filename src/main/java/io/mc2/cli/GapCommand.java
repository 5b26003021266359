package io.mc2.cli;

import io.mc2.app.GapBatchWorkflow;
import io.mc2.app.GapWorkflow;
import io.mc2.app.InputFiles;
import io.mc2.app.OutputFile;
import io.mc2.app.ReviewWorkflow;
import io.mc2.gap.GapMatrix;
import io.mc2.gap.GapReport;
import io.mc2.problem.ExitCode;
import io.mc2.problem.Mc2Exception;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mc2 gap}: rates a supplier's redline clause by clause against the negotiation profile. */
@Command(name = "gap", mixinStandardHelpOptions = true,
        description = {"Evaluate a supplier's returned document clause by clause against the negotiation profile: what changed "
                + "(tracked and silent edits), which wording and values the supplier proposes, and whether that meets our "
                + "preferred position, is within fallback, needs escalation, is beyond walk-away or needs review.",
            "The draft we sent and its profile are found from the provenance our draft carries; --draft and --profile override.",
            "With --batch DIR, every .docx in DIR is analysed in parallel and OUTDIR receives matrix.csv, matrix.json, "
                + "matrix.html and matrix.xlsx (documents x clauses) and each document's reports/NAME.html and .json."},
        footer = {"", "Exit codes: 0 every clause unchanged, meets preferred or within fallback; 1 something needs a person; "
                + "2 usage; 3 invalid library or profile; 4 unreadable or unsafe document; 6 PDF asked for and LibreOffice missing. With --batch: 0 every document "
                + "acceptable; 1 any needs a person or could not be read.",
            "", "Examples:",
            "  mc2 gap supplier-return.docx",
            "  mc2 gap supplier-return.docx -o report.html",
            "  mc2 gap supplier-return.docx --draft sent.docx --format json",
            "  mc2 gap supplier-return.docx --summary",
            "  mc2 gap --batch returned/ -o gap-matrix/ --jobs 2"})
final class GapCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "SUPPLIER.docx", arity = "0..1",
            description = "The document the supplier returned (tracked changes or a clean copy).")
    Path supplier;

    @Option(names = "--batch", paramLabel = "DIR", description = "Analyse every .docx in DIR (not its subfolders); needs -o OUTDIR.")
    Path batch;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N", description = "With --batch: documents analysed at once (default: the number of processors).")
    Integer jobs;

    @Option(names = "--draft", paramLabel = "SENT.docx", description = "The draft we sent (default: regenerate it from provenance).")
    Path draft;

    @Option(names = {"-p", "--profile"}, paramLabel = "ID|FILE", description = "Rate against this profile instead of the draft's.")
    String profile;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
            description = "md, html, json, docx, pdf (through LibreOffice) or txt (default: from the output's extension, else md); "
                    + "txt is the email summary.")
    String format;

    @Option(names = "--summary", description = ReportOutput.SUMMARY_HELP)
    boolean summary;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the report here (default: standard output; docx needs a file); with --batch, the output folder.")
    Path output;

    @Option(names = "--force", description = "Replace the output file if it exists (with --batch: write into a folder that is not empty).")
    boolean force;

    @Option(names = "--record", paramLabel = "DIR",
            description = "The negotiation record: the return is rated against what we last sent there, and recorded (default: negotiation/<id>/ beside the document, as its provenance names).")
    Path record;

    @picocli.CommandLine.Mixin
    ReferenceDocOption reference;

    @picocli.CommandLine.Mixin
    Folders folders;

    @Override
    public Integer call() {
        if (batch != null) return batch();
        if (supplier == null) throw new Mc2Exception(ExitCode.USAGE, "name the supplier's document, or a folder of them with --batch DIR");
        if (jobs != null) throw new Mc2Exception(ExitCode.USAGE, "--jobs only applies with --batch");
        if (record != null && draft != null) throw new Mc2Exception(ExitCode.USAGE, "give either --draft or --record, not both");
        ReportOutput.Choice choice = ReportOutput.choose(ReportOutput.withSummary(format, summary), output, reference);
        var err = spec.commandLine().getErr();
        if (draft == null && record == null && ReviewWorkflow.isSuppliersOwnPaper(supplier)) {
            // no draft of ours behind it: say so, and review it as the supplier's own paper
            err.println("mc2: " + supplier + " carries no provenance of ours, no mc2 clause anchors and no tracked changes: "
                    + "reviewing it as the supplier's own paper (mc2 review)");
            return ReviewCommand.review(new ReviewWorkflow.Request(supplier, profile, null, folders.library(), folders.profiles()),
                    choice, output, force, spec);
        }
        List<Path> inputs = new ArrayList<>(List.of(supplier));
        if (draft != null) inputs.add(draft);
        if (output != null) OutputFile.checkTarget(output, force, inputs);
        GapWorkflow.Result result = new GapWorkflow().run(new GapWorkflow.Request(supplier, draft, profile,
                folders.library(), folders.profiles(), record));
        GapReport report = result.report();
        inputs.addAll(InputFiles.of(result.library(), result.profile()));
        for (String w : report.draft().warnings()) err.println("mc2: warning: " + w);
        for (String x : report.redline().externalRelationships()) err.println("mc2: external reference (not fetched): " + x);
        ReportOutput.write(choice, report, output, force, inputs, spec.commandLine().getOut(), err);
        if (result.round() != null) {
            err.println("gap: round " + result.round().number() + " return rated against " + result.round().sentFile()
                    + (result.recorded() ? "; recorded in " + result.round().record().folder() : ""));
        }
        err.println(ReportOutput.summary("gap", report));
        return report.summary().needsReview() ? ExitCode.NEEDS_REVIEW.code() : ExitCode.OK.code();
    }

    private int batch() {
        if (reference.referenceDoc != null) throw new Mc2Exception(ExitCode.USAGE, "--reference-doc styles a Word report; --batch writes none");
        if (supplier != null) throw new Mc2Exception(ExitCode.USAGE, "give either SUPPLIER.docx or --batch DIR, not both");
        if (output == null) throw new Mc2Exception(ExitCode.USAGE, "--batch needs an output folder: -o OUTDIR");
        if (format != null || summary) {
            throw new Mc2Exception(ExitCode.USAGE, (summary ? "--summary" : "--format") + " does not apply with --batch (it writes CSV, JSON, HTML and Excel)");
        }
        if (record != null) throw new Mc2Exception(ExitCode.USAGE, "--record does not apply with --batch");
        var err = spec.commandLine().getErr();
        ProgressBar bar = new ProgressBar(err, ProgressBar.standardErrorIsTerminal());
        GapBatchWorkflow.Result result = new GapBatchWorkflow().run(new GapBatchWorkflow.Request(batch, output, draft, profile,
                folders.library(), folders.profiles(),
                jobs != null ? jobs : Runtime.getRuntime().availableProcessors(), force), new GapBatchWorkflow.Progress() {
                    @Override
                    public void started(int total) {
                        err.println("gap: " + total + " document" + (total == 1 ? "" : "s") + " in " + batch);
                    }

                    @Override
                    public void finished(int done, int total, GapMatrix.Row row, GapBatchWorkflow.Failure failure) {
                        if (failure != null) bar.note("mc2: " + failure.message());
                        bar.step(done, total, row.file(), failure != null ? "FAILED" : row.needsReview() ? "needs a person" : "ok");
                    }
                });
        for (String w : result.warnings()) err.println("mc2: warning: " + w);
        GapMatrix m = result.matrix();
        long attention = m.documents().stream().filter(d -> d.error() == null && d.needsReview()).count();
        err.println("wrote " + output.resolve("matrix.html") + ", matrix.xlsx, matrix.csv, matrix.json and " + (m.documents().size() - m.failed())
                + " reports");
        err.println("gap: " + m.documents().size() + " documents; " + attention + " need a person; " + m.failed() + " could not be read");
        return result.exitCode();
    }
}
