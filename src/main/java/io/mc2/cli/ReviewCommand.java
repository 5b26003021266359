package io.mc2.cli;

import io.mc2.app.InputFiles;
import io.mc2.app.OutputFile;
import io.mc2.app.ReviewWorkflow;
import io.mc2.gap.GapReport;
import io.mc2.problem.ExitCode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mc2 review}: rates a supplier's own paper (.docx or PDF) clause by clause against the profile. */
@Command(name = "review", mixinStandardHelpOptions = true,
        description = {"Review a supplier's own paper (a cybersecurity addendum in .docx or PDF, not a redline of our draft): "
                + "cut it into clauses, map each onto the library clauses it addresses (with a score and the words that decided it), "
                + "and rate every clause of the profile as the paper offers it: values against preferred, fallback and walk-away, "
                + "the language rules, missing clauses, and the paper's own clauses that address none of ours (novel).",
            "The report shows the paper's clause number beside each of ours."},
        footer = {"", "Exit codes: 0 every clause of the profile is offered at preferred or within fallback; 1 something needs a person "
                + "(a missing clause, a value beyond fallback, a language rule, novel text); 2 usage; 3 invalid library, profile or deal; "
                + "4 unreadable or unsafe document (encrypted or image-only PDF, over the limits).",
            "", "Examples:",
            "  mc2 review output-samples/supplier-own-paper.docx",
            "  mc2 review addendum.pdf --profile health-system-strict -o review.html"})
final class ReviewCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PAPER", description = "The supplier's paper: a .docx or a PDF with a text layer.")
    Path paper;

    @Option(names = {"-p", "--profile"}, paramLabel = "ID|FILE", description = "Rate against this profile (default: gpo-standard).")
    String profile;

    @Option(names = "--deal", paramLabel = "deal.yaml", description = "Deal facts: which clauses apply, and the text we would send.")
    Path deal;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
            description = "md, html, json, docx, pdf (through LibreOffice) or txt (default: from the output's extension, "
                    + "else md); txt is the email summary.")
    String format;

    @Option(names = "--summary", description = ReportOutput.SUMMARY_HELP)
    boolean summary;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report here (default: standard output; docx needs a file).")
    Path output;

    @Option(names = "--force", description = "Replace the output file if it exists.")
    boolean force;

    @picocli.CommandLine.Mixin
    ReferenceDocOption reference;

    @picocli.CommandLine.Mixin
    Folders folders;

    @Override
    public Integer call() {
        return review(new ReviewWorkflow.Request(paper, profile, deal, folders.library(), folders.profiles()),
                ReportOutput.choose(ReportOutput.withSummary(format, summary), output, reference), output, force, spec);
    }

    /** One review, its report written and its summary on standard error; also {@code mc2 gap}'s answer to a paper. */
    static int review(ReviewWorkflow.Request request, ReportOutput.Choice choice, Path output, boolean force, CommandSpec spec) {
        List<Path> inputs = new ArrayList<>(List.of(request.paper()));
        if (request.deal() != null) inputs.add(request.deal());
        if (output != null) OutputFile.checkTarget(output, force, inputs);
        ReviewWorkflow.Result r = new ReviewWorkflow().run(request);
        GapReport report = r.report();
        inputs.addAll(InputFiles.of(r.library(), r.profile()));
        var err = spec.commandLine().getErr();
        ReportOutput.write(choice, report, output, force, inputs, spec.commandLine().getOut(), err);
        long mapped = r.review().mappings().stream().filter(m -> !m.clauseIds().isEmpty()).count();
        err.println("review: " + r.review().clauses().size() + " clauses in the paper, " + mapped + " mapped onto the library");
        err.println(ReportOutput.summary("review", report));
        return report.summary().needsReview() ? ExitCode.NEEDS_REVIEW.code() : ExitCode.OK.code();
    }
}
