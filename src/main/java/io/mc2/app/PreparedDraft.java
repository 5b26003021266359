package io.mc2.app;

import io.mc2.align.Alignment;
import io.mc2.align.ClauseAligner;
import io.mc2.align.SentDraft;
import io.mc2.deal.DealFacts;
import io.mc2.gap.GapEvaluator;
import io.mc2.gap.GapReport;
import io.mc2.library.ClauseLibrary;
import io.mc2.model.Contract;
import io.mc2.profile.ResolvedProfile;
import io.mc2.redline.RedlineDocument;
import java.util.function.UnaryOperator;
import java.util.List;
import java.util.Set;

/**
 * The draft we sent, ready to be compared with any number of supplier documents: the library,
 * the resolved profile, the assembled contract, our draft read back and segmented by clause, and
 * the language rules. Built once per provenance by {@link PreparedDrafts}; immutable, so one
 * instance serves several threads.
 */
public final class PreparedDraft {
    private final ClauseLibrary library;
    private final ResolvedProfile profile;
    /** Who chose the profile: {@code --profile} or the provenance (see {@link GapReport.DraftInfo}). */
    private final String profileFrom;
    private final DealFacts deal;
    private final Contract contract;
    private final SentDraft sent;
    private final Set<String> clauseIds;
    private final GapEvaluator evaluator;
    /** Where the sent text came from, given the supplier document's name. */
    private final UnaryOperator<String> source;
    private final List<String> warnings;

    PreparedDraft(ClauseLibrary library, ResolvedProfile profile, String profileFrom, DealFacts deal, Contract contract, SentDraft sent, Set<String> clauseIds,
                  GapEvaluator evaluator, UnaryOperator<String> source, List<String> warnings) {
        this.library = library;
        this.profile = profile;
        this.profileFrom = profileFrom;
        this.deal = deal;
        this.contract = contract;
        this.sent = sent;
        this.clauseIds = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(clauseIds));
        this.evaluator = evaluator;
        this.source = source;
        this.warnings = List.copyOf(warnings);
    }

    /** The contract as we assembled it (clauses in draft order). */
    public Contract contract() {
        return contract;
    }

    public ResolvedProfile profile() {
        return profile;
    }

    /** Warnings about the provenance (profile or library changed since the draft was made). */
    public List<String> warnings() {
        return warnings;
    }

    /** Aligns one supplier document with this draft and rates every clause. */
    public GapWorkflow.Result evaluate(RedlineDocument supplier, String supplierFile) {
        Alignment alignment = ClauseAligner.align(sent, supplier, clauseIds);
        GapReport.DraftInfo info = new GapReport.DraftInfo(profile.id(), profile.version(), profileFrom, library.name(), library.version(),
                source.apply(supplierFile), warnings);
        GapReport report = evaluator.evaluate(alignment, supplier, supplierFile, info);
        return new GapWorkflow.Result(report, contract, profile, supplier, alignment, library, deal);
    }
}
