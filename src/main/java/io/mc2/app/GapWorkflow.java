package io.mc2.app;

import io.mc2.align.Alignment;
import io.mc2.deal.DealFacts;
import io.mc2.docx.DocxPackage;
import io.mc2.gap.GapReport;
import io.mc2.library.ClauseLibrary;
import io.mc2.model.Contract;
import io.mc2.profile.ResolvedProfile;
import io.mc2.redline.RedlineDocument;
import io.mc2.redline.RedlineReader;
import io.mc2.template.ClauseRenderer;
import java.nio.file.Path;

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
     */
    public record Request(Path supplier, Path draft, String profile, Path libraryDir, Path profilesDir) {
    }

    /** The report and what it was made from. */
    public record Result(GapReport report, Contract sent, ResolvedProfile profile, RedlineDocument supplier, Alignment alignment,
                         ClauseLibrary library, DealFacts deal) {
    }

    public Result run(Request r) {
        return run(r, DocxPackage.open(r.supplier()));
    }

    /** The analysis of a package already opened from {@code r.supplier()}. */
    public Result run(Request r, DocxPackage opened) {
        RedlineDocument supplier = RedlineReader.read(opened);
        PreparedDrafts drafts = new PreparedDrafts(r.draft(), r.profile(), r.libraryDir(), r.profilesDir(), renderer);
        return drafts.forDocument(supplier, r.supplier()).evaluate(supplier, r.supplier().getFileName().toString());
    }
}
