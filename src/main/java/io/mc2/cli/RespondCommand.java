package io.mc2.cli;

import io.mc2.app.PaperAnswerWorkflow;
import io.mc2.app.RespondWorkflow;
import io.mc2.app.ReviewWorkflow;
import io.mc2.problem.ExitCode;
import io.mc2.problem.Mc2Exception;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mc2 respond}: drafts our counter-redline over a supplier's returned document. */
@Command(name = "respond", mixinStandardHelpOptions = true,
        description = {"Draft our counter-redline: a new round of tracked changes over the supplier's document, authored by us, "
                + "decided clause by clause from the gap analysis.",
            "Accepted: supplier changes that meet our preferred position or are within fallback, deletions of optional clauses. "
                + "Reverted to our text: changes beyond walk-away, deleted required clauses, silent edits. "
                + "Countered: changes needing escalation get our fallback values. Flagged: what needs review. "
                + "Key Terms Schedule rows are brought in line with the clauses.",
            "Every decision gets a Word comment for the supplier: what we accept or propose, the MC2 reference and why we need "
                + "the clause (its to-supplier guidance); never our positions. Standard error lists the decisions with our reasons "
                + "and positions.",
            "A supplier's own paper (no provenance, anchors or tracked changes of ours; or a PDF) is answered with our draft for "
                + "the deal (-o) and a cover note beside it (NAME-cover-note.docx): per clause, what the paper offered and what "
                + "our draft requires."},
        footer = {"", "Examples:", "  mc2 respond supplier-return.docx -o counter.docx",
            "  mc2 respond supplier-own-paper.pdf -o our-draft.docx \\",
            "      --deal deal.yaml",
            "  mc2 respond supplier-return.docx -o counter.docx \\",
            "      --author \"Riverside Legal\" --date 2026-12-15T09:00:00Z"})
final class RespondCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "SUPPLIER.docx", description = "The document the supplier returned.")
    Path supplier;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true, description = "The counter-redline to write (.docx).")
    Path output;

    @Option(names = "--draft", paramLabel = "SENT.docx", description = "The draft we sent (default: regenerate it from provenance).")
    Path draft;

    @Option(names = {"-p", "--profile"}, paramLabel = "ID|FILE", description = "Decide against this profile instead of the draft's.")
    String profile;

    @Option(names = "--author", paramLabel = "NAME", description = "Author of our changes and comments (default: the HDO's name).")
    String author;

    @Option(names = "--date", paramLabel = "ISO-8601", description = "Date of our changes (default: none, so the output is deterministic).")
    String date;

    @Option(names = "--force", description = "Replace the output file if it exists.")
    boolean force;

    @Option(names = "--record", paramLabel = "DIR",
            description = "The negotiation record: records the return and the counter-redline as the next round (default: negotiation/<id>/ beside the document).")
    Path record;

    @Option(names = "--deal", paramLabel = "deal.yaml",
            description = "For a supplier's own paper: the deal facts of the draft we answer it with.")
    Path deal;

    @picocli.CommandLine.Mixin
    ReferenceDocOption reference;

    @picocli.CommandLine.Mixin
    Folders folders;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        if (draft == null && record == null && ReviewWorkflow.isSuppliersOwnPaper(supplier)) {
            // a paper of their own is answered with our draft and a cover note, not with tracked changes over it
            PaperAnswerWorkflow.Result a = new PaperAnswerWorkflow(reference.house("docx", output)).run(new PaperAnswerWorkflow.Request(supplier, profile, deal,
                    folders.library(), folders.profiles(), output, force));
            err.println("mc2: " + supplier + " is the supplier's own paper: answering it with our draft and a cover note");
            err.println("wrote " + a.draft() + " and " + a.coverNote());
            return 0;
        }
        if (reference.referenceDoc != null) {
            // a counter-redline is the supplier's document edited: its look is theirs to keep
            throw new Mc2Exception(ExitCode.USAGE, "--reference-doc applies to answering a supplier's own paper; "
                    + "a counter-redline keeps the supplier's styles");
        }
        if (deal != null) throw new Mc2Exception(ExitCode.USAGE, "--deal applies to a supplier's own paper only (a redline names its deal)");
        String when = date == null ? null : RevisionDate.parse(date);
        RespondWorkflow.Result r = new RespondWorkflow().run(new RespondWorkflow.Request(supplier, draft, profile,
                folders.library(), folders.profiles(), author, when,
                output, force, record));
        for (String w : r.report().draft().warnings()) err.println("mc2: warning: " + w);
        // our reasons and positions go to standard error only; the document carries what the supplier may read
        for (RespondWorkflow.Decision d : r.decisions()) err.println("  " + d.label() + ": " + d.action() + " \u2014 " + d.reason());
        err.println("wrote " + r.output() + ": " + r.decisions().size() + " decisions");
        return 0;
    }
}
