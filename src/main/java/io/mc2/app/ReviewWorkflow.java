package io.mc2.app;

import io.mc2.assemble.Assembler;
import io.mc2.deal.DealFacts;
import io.mc2.deal.DealLoader;
import io.mc2.docx.DocxPackage;
import io.mc2.docx.ReadLimits;
import io.mc2.docx.UntrustedFile;
import io.mc2.gap.GapReport;
import io.mc2.gap.LanguageRules;
import io.mc2.library.ClauseLibrary;
import io.mc2.library.LibraryLoader;
import io.mc2.model.Contract;
import io.mc2.paper.PaperLimits;
import io.mc2.paper.PaperReview;
import io.mc2.problem.Mc2Exception;
import io.mc2.profile.ProfileResolver;
import io.mc2.profile.ResolvedProfile;
import io.mc2.redline.RedlineDocument;
import io.mc2.redline.RedlineReader;
import io.mc2.template.ClauseRenderer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code mc2 review}: a supplier's own paper (.docx or PDF, no draft of ours behind it) rated against a
 * profile. Loads the library, resolves the profile, reads the deal, assembles the contract we would send
 * for it, and hands paper and contract to {@link PaperReview}. {@link Prepared} keeps all that warm for
 * many papers (the benchmark, a GPO comparing several suppliers).
 */
public final class ReviewWorkflow {

    /**
     * One review.
     *
     * @param profile profile id or path; null for {@link DraftWorkflow#DEFAULT_PROFILE}
     * @param deal    the deal facts file, or null
     */
    public record Request(Path paper, String profile, Path deal, Path libraryDir, Path profilesDir) {
    }

    /** The report, what the review found, and what it was made from. */
    public record Result(GapReport report, PaperReview.Review review, ClauseLibrary library, ResolvedProfile profile, DealFacts deal,
                         Contract ours) {
    }

    /** Library, profile, deal and our contract, loaded once; reviews any number of papers. */
    public static final class Prepared {
        private final ClauseLibrary library;
        private final ResolvedProfile profile;
        private final DealFacts deal;
        private final Contract ours;
        private final PaperReview review;
        private final String profileFrom;

        Prepared(Request r) {
            library = LibraryLoader.load(r.libraryDir());
            String id = r.profile() != null ? r.profile() : DraftWorkflow.DEFAULT_PROFILE;
            profile = new ProfileResolver(library, r.profilesDir()).resolve(id);
            deal = r.deal() == null ? DealFacts.none() : DealLoader.load(r.deal());
            // a fixed date: the review compares wording, and the same inputs give the same report
            ours = DraftWorkflow.assemble(library, profile, deal, deal.effectiveDate() != null ? null : LocalDate.of(2026, 1, 1));
            ClauseRenderer renderer = new ClauseRenderer();
            LanguageRules rules = LanguageRules.load(r.libraryDir().resolve(LibraryLoader.LANGUAGE_RULES), profile.mdmName().value(),
                    profile.hdoName().value());
            review = new PaperReview(library, profile, ours, rules, renderer, Assembler.dealView(deal), PaperLimits.defaults(),
                    ReadLimits.defaults());
            profileFrom = r.profile() != null ? GapReport.DraftInfo.FROM_OPTION : GapReport.DraftInfo.FROM_DEFAULT;
        }

        /** Reviews one paper. */
        public Result review(Path paper) {
            List<String> warnings = new ArrayList<>();
            GapReport.DraftInfo draft = new GapReport.DraftInfo(profile.id(), profile.version(), profileFrom, library.name(),
                    library.version(), "the supplier's own paper, mapped onto the library (no draft of ours)", warnings);
            PaperReview.Review review = this.review.review(paper, draft);
            return new Result(review.report(), review, library, profile, deal, ours);
        }
    }

    /** Loads what a review needs, once. */
    public static Prepared prepare(Request r) {
        return new Prepared(r);
    }

    /**
     * Whether {@code file} is a paper of the supplier's own rather than a return of a draft: a PDF, or a .docx
     * with no mc2 provenance property, no mc2 clause bookmark (what a draft of ours keeps even when another word
     * processor drops the rest) and no tracked changes (a redline of some draft, which a review would misread).
     * A file that cannot be read is left to the command's own reader.
     */
    public static boolean isSuppliersOwnPaper(Path file) {
        byte[] data;
        try {
            data = UntrustedFile.read(file, ReadLimits.defaults().maxFileBytes(), ".docx or PDF file");
        } catch (Mc2Exception e) {
            return false;
        }
        if (PaperReview.isPdf(data)) return true;
        RedlineDocument doc;
        try {
            DocxPackage pkg = DocxPackage.of(data, file.toString(), ReadLimits.defaults());
            // a look at the bytes first: a draft of ours, or any redline, says so without a full read (a large
            // redline would otherwise be read twice); only what looks like a paper is read to be sure
            if (looksOurs(pkg)) return false;
            doc = RedlineReader.read(pkg);
        } catch (Mc2Exception e) {
            return false;
        }
        if (!doc.revisions().isEmpty() || doc.customProperties().keySet().stream().anyMatch(k -> k.startsWith("mc2."))) return false;
        return doc.body().stream().flatMap(p -> p.bookmarks().stream()).noneMatch(b -> b.startsWith("mc2_"));
    }

    /** Provenance of ours, our clause bookmarks, or tracked changes, seen in the parts' bytes. */
    private static boolean looksOurs(DocxPackage pkg) {
        byte[] custom = pkg.read(DocxPackage.target(pkg.relationships(""), "custom-properties", "docProps/custom.xml"));
        if (io.mc2.docx.PartBytes.contains(custom, "\"mc2.")) return true;
        byte[] main = pkg.read(pkg.mainPart());
        return io.mc2.docx.PartBytes.containsAny(main, "\"mc2_", "<w:ins ", "<w:del ", "<w:moveTo ", "<w:moveFrom ");
    }

    public Result run(Request r) {
        return prepare(r).review(r.paper());
    }
}
