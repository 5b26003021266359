package io.mc2.app;

import io.mc2.align.Alignment;
import io.mc2.deal.DealFacts;
import io.mc2.docx.DocxPackage;
import io.mc2.gap.GapReport;
import io.mc2.library.ClauseLibrary;
import io.mc2.model.Contract;
import io.mc2.profile.ResolvedProfile;
import io.mc2.redline.CarriedChanges;
import io.mc2.redline.RedlineDocument;
import io.mc2.redline.RedlineReader;
import io.mc2.template.ClauseRenderer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code mc2 gap}: reads a supplier's returned document, finds the draft we sent (regenerated
 * exactly from the provenance our draft carries, or given with {@code --draft}), aligns the two,
 * and rates every clause against the profile. The draft is prepared by {@link PreparedDrafts};
 * {@link GapBatchWorkflow} shares one preparation across many documents.
 */
public final class GapWorkflow {
    private final ClauseRenderer renderer = new ClauseRenderer();

    /**
     * One analysis.
     *
     * @param draft   the draft we sent, or null to regenerate it from the supplier document's provenance
     * @param profile profile id or path overriding the one the provenance names, or null
     * @param record  the negotiation record folder, or null for the one the document's provenance names in the default place
     */
    public record Request(Path supplier, Path draft, String profile, Path libraryDir, Path profilesDir, Path record) {
        public Request(Path supplier, Path draft, String profile, Path libraryDir, Path profilesDir) {
            this(supplier, draft, profile, libraryDir, profilesDir, null);
        }
    }

    /**
     * The report and what it was made from.
     *
     * @param round the negotiation round the document returns (null without a record), and whether it was recorded now
     */
    public record Result(GapReport report, Contract sent, ResolvedProfile profile, RedlineDocument supplier, Alignment alignment,
                         ClauseLibrary library, DealFacts deal, NegotiationRound round, boolean recorded) {
        public Result(GapReport report, Contract sent, ResolvedProfile profile, RedlineDocument supplier, Alignment alignment,
                      ClauseLibrary library, DealFacts deal) {
            this(report, sent, profile, supplier, alignment, library, deal, null, false);
        }
    }

    public Result run(Request r) {
        return run(r, DocxPackage.open(r.supplier()));
    }

    /**
     * The analysis of a package already opened from {@code r.supplier()}. A return of a recorded
     * round is rated against what we sent in that round, without the comments it already held, and
     * recorded with its report; without {@code --draft} only.
     */
    public Result run(Request r, DocxPackage opened) {
        RedlineDocument supplier = RedlineReader.read(opened);
        // a repair the reader made is the first thing the user should know about the file
        List<String> notes = new ArrayList<>(supplier.repairs());
        NegotiationRound round = r.draft() == null ? NegotiationRound.of(r.record(), r.supplier(), supplier, notes) : null;
        PreparedDrafts drafts = round == null ? new PreparedDrafts(r.draft(), r.profile(), r.libraryDir(), r.profilesDir(), renderer)
                : new PreparedDrafts(round.sentFile(), round.sent(), r.profile(), r.libraryDir(), r.profilesDir(), renderer);
        // what we sent, our own pending changes and comments included, is not the supplier's edit
        RedlineDocument rated = round == null ? supplier
                : CarriedChanges.accepted(round.withoutEarlierComments(supplier), round.sent());
        Result result = withNotes(drafts.forDocument(rated, r.supplier()).evaluate(rated, r.supplier().getFileName().toString()), notes);
        if (round == null) return result;
        boolean recorded = round.recordReturn(opened.bytes(), supplier, r.supplier(), result.report());
        return new Result(result.report(), result.sent(), result.profile(), result.supplier(), result.alignment(), result.library(),
                result.deal(), round, recorded);
    }

    /** The result with {@code notes} among its report's warnings (they go to standard error and into the report). */
    private static Result withNotes(Result r, List<String> notes) {
        if (notes.isEmpty()) return r;
        GapReport.DraftInfo d = r.report().draft();
        List<String> warnings = new ArrayList<>(notes);
        warnings.addAll(d.warnings());
        GapReport.DraftInfo info = new GapReport.DraftInfo(d.profile(), d.profileVersion(), d.profileFrom(), d.library(), d.libraryVersion(),
                d.source(), warnings);
        GapReport report = new GapReport(r.report().schema(), r.report().redline(), info, r.report().summary(), r.report().clauses());
        return new Result(report, r.sent(), r.profile(), r.supplier(), r.alignment(), r.library(), r.deal());
    }
}
