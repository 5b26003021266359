package io.mc2.app;

import io.mc2.docx.DocxPackage;
import io.mc2.gap.GapReport;
import io.mc2.problem.ExitCode;
import io.mc2.problem.Mc2Exception;
import io.mc2.respond.RedlineEditor;
import io.mc2.respond.SupplierNote;
import io.mc2.template.ClauseRenderer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code mc2 respond}: our counter-redline over the supplier's document, built from the gap
 * analysis as a new round of tracked changes authored by us. Changes that meet our preferred
 * position or are within fallback are accepted; changes beyond walk-away and deletions of
 * required clauses are reverted to our text; changes needing escalation are replaced by our
 * fallback values; silent edits are reverted. Every decision gets a comment on the clause written
 * for the supplier ({@link SupplierNote}: what we accept or propose, the MC2 reference, the clause's
 * to-supplier rationale); the internal reason, with our positions, stays in the {@link Decision}.
 */
public final class RespondWorkflow {

    /**
     * One counter-redline.
     *
     * @param author the author of our changes and comments (null: the HDO's name from the draft)
     * @param date   ISO-8601 date-time for our changes, or null for none (deterministic output)
     * @param record the negotiation record folder, or null for the default place
     */
    public record Request(Path supplier, Path draft, String profile, Path libraryDir, Path profilesDir, String author,
                          String date, Path output, boolean force, Path record) {
        public Request(Path supplier, Path draft, String profile, Path libraryDir, Path profilesDir, String author,
                       String date, Path output, boolean force) {
            this(supplier, draft, profile, libraryDir, profilesDir, author, date, output, force, null);
        }
    }

    /**
     * What was decided for one clause (or other part).
     *
     * @param reason  internal: the verdict, findings and our positions behind the decision; never written to the document
     * @param comment the comment the supplier reads in the counter-redline
     */
    public record Decision(String id, String label, String action, String reason, String comment) {
    }

    /** The counter-redline written, and every decision. */
    public record Result(Path output, List<Decision> decisions, GapReport report) {
    }

    private final ClauseRenderer renderer = new ClauseRenderer();

    public Result run(Request r) {
        List<Path> inputs = new ArrayList<>(List.of(r.supplier()));
        if (r.draft() != null) inputs.add(r.draft());
        OutputFile.checkTarget(r.output(), r.force(), inputs);
        // one opening of the file for the analysis and the edit: both see the same bytes
        DocxPackage supplier = DocxPackage.open(r.supplier());
        GapWorkflow.Result gap = new GapWorkflow().run(new GapWorkflow.Request(r.supplier(), r.draft(), r.profile(),
                r.libraryDir(), r.profilesDir(), r.record()), supplier);
        return answer(r, supplier, gap);
    }

    /**
     * The counter-redline to an analysis already made of {@code supplier} (the web app keeps it):
     * written to {@code r.output()}, and recorded as the next round when {@code gap} answers a
     * recorded one. {@code r.record()} and {@code r.draft()} are not read again.
     */
    public Result answer(Request r, DocxPackage supplier, GapWorkflow.Result gap) {
        List<Path> inputs = new ArrayList<>(List.of(r.supplier()));
        if (r.draft() != null) inputs.add(r.draft());
        String author = r.author() != null ? r.author()
                : gap.deal().hdoName() != null ? gap.deal().hdoName() : gap.profile().hdoName().value();
        RedlineEditor editor = RedlineEditor.open(supplier);
        // the analysis and the edit must see the same paragraphs, or a decision would land on another one
        if (editor.paragraphCount() != gap.supplier().body().size()) {
            throw new Mc2Exception(ExitCode.UNSAFE_DOCUMENT, r.supplier() + ": its body reads as " + gap.supplier().body().size()
                    + " paragraphs to the reader and " + editor.paragraphCount() + " to the editor; refusing to edit it");
        }
        CounterRedline s = new CounterRedline(gap, editor, author, r.date(), renderer);
        s.decideAll();
        byte[] saved = s.save();
        // a recorded round: the counter-redline opens the next one (stamped), recorded once written
        NegotiationRound.Answer round = gap.round() == null ? null : gap.round().answer(saved, r.output(), s.decisions());
        byte[] out = round == null ? saved : round.bytes();
        inputs.addAll(InputFiles.of(gap.library(), gap.profile()));
        OutputFile.write(r.output(), r.force(), inputs, o -> o.write(out));
        if (round != null) round.record();
        return new Result(r.output(), s.decisions(), gap.report());
    }
}
