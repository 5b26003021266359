package io.mc2.paper;

import io.mc2.docx.DocxPackage;
import io.mc2.docx.ReadLimits;
import io.mc2.docx.UntrustedFile;
import io.mc2.gap.GapEvaluator;
import io.mc2.gap.GapReport;
import io.mc2.gap.LanguageRules;
import io.mc2.gap.OfferRating;
import io.mc2.library.Clause;
import io.mc2.library.ClauseLibrary;
import io.mc2.library.LibraryLoader;
import io.mc2.model.ClauseInstance;
import io.mc2.model.Contract;
import io.mc2.profile.ProfileClause;
import io.mc2.profile.ResolvedProfile;
import io.mc2.template.ClauseRenderer;
import io.mc2.template.DealView;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reviews a supplier's own paper (.docx or PDF): reads it, cuts it into clauses, maps each onto the library
 * clauses the profile includes, and rates every one of ours as the paper offers it (or finds it missing), with
 * the paper's clauses that address nothing of ours as novel. The index over the library is built once, so one
 * instance reviews many papers warm.
 */
public final class PaperReview {
    /** What a review found: the report, the paper's clauses, and what each maps to. */
    public record Review(GapReport report, List<SupplierClause> clauses, List<Mapping> mappings) {
    }

    /**
     * One supplier clause and the library clauses it addresses (empty: novel, or the paper's definitions).
     *
     * @param scores    the similarity of each library clause, in the order of {@code clauseIds}
     * @param decidedBy for each library clause, the words that decided it
     * @param sentences for each library clause, the clause's sentences that address it
     */
    public record Mapping(SupplierClause clause, List<String> clauseIds, List<Double> scores, List<List<String>> decidedBy,
                          List<List<String>> sentences, boolean definitions) {
    }

    private final ClauseLibrary library;
    private final ResolvedProfile profile;
    private final Contract ours;
    private final OfferRating rating;
    private final ClauseMapper mapper;
    private final PaperLimits limits;
    private final ReadLimits docxLimits;

    public PaperReview(ClauseLibrary library, ResolvedProfile profile, Contract ours, LanguageRules rules, ClauseRenderer renderer,
                       DealView deal, PaperLimits limits, ReadLimits docxLimits) {
        this.library = library;
        this.profile = profile;
        this.ours = ours;
        this.limits = limits;
        this.docxLimits = docxLimits;
        this.rating = new OfferRating(rules, renderer, deal, profile.mdmName().value(), profile.hdoName().value());
        SynonymLexicon lexicon = SynonymLexicon.load(library.dir().resolve(LibraryLoader.SYNONYMS));
        this.mapper = new ClauseMapper(new LibraryIndex(ours.clauses(), library.clauses(), library.definitions(), lexicon));
    }

    /** Whether the file is a PDF (by its first bytes, never its name). */
    public static boolean isPdf(byte[] data) {
        return data.length >= 5 && data[0] == '%' && data[1] == 'P' && data[2] == 'D' && data[3] == 'F' && data[4] == '-';
    }

    /** Reads and reviews the paper at {@code file}. */
    public Review review(Path file, GapReport.DraftInfo draft) {
        byte[] data = UntrustedFile.read(file, Math.max(limits.maxFileBytes(), docxLimits.maxFileBytes()), ".docx or PDF file");
        return review(data, file.toString(), file.getFileName().toString(), draft);
    }

    /** Reviews a paper held in memory; {@code label} names it in messages. */
    public Review review(byte[] data, String label, String fileName, GapReport.DraftInfo draft) {
        List<PaperBlock> blocks;
        if (isPdf(data)) {
            if (data.length > limits.maxFileBytes()) {
                throw new io.mc2.problem.Mc2Exception(io.mc2.problem.ExitCode.UNSAFE_DOCUMENT,
                        label + ": is too large (" + data.length + " bytes, limit " + limits.maxFileBytes() + " for a PDF)");
            }
            blocks = PdfPaper.read(data, label, limits);
        } else {
            blocks = DocxPaper.read(DocxPackage.of(data, label, docxLimits));
        }
        return review(ClauseSegmenter.segment(blocks), fileName, draft);
    }

    private Review review(List<SupplierClause> clauses, String fileName, GapReport.DraftInfo draft) {
        List<ClauseMapper.Mapped> mapped = mapper.map(clauses);
        List<GapReport.ClauseReport> entries = new ArrayList<>();
        for (ClauseInstance ci : ours.clauses()) entries.add(entry(ci, mapped));
        int n = 0;
        for (ClauseMapper.Mapped m : mapped) {
            n++;
            if (!m.hits().isEmpty() || m.definitions()) continue;
            SupplierClause c = m.clause();
            String title = !c.title().isEmpty() ? c.title() : c.text().length() <= 80 ? c.text() : c.text().substring(0, 79) + "\u2026";
            entries.add(rating.novel(String.valueOf(n), title, c.text(), c.label()));
        }
        List<Mapping> mappings = new ArrayList<>();
        for (ClauseMapper.Mapped m : mapped) {
            mappings.add(new Mapping(m.clause(), m.hits().stream().map(ClauseMapper.Hit::clauseId).toList(),
                    m.hits().stream().map(ClauseMapper.Hit::score).toList(), m.hits().stream().map(ClauseMapper.Hit::decidedBy).toList(),
                    m.hits().stream().map(ClauseMapper.Hit::sentences).toList(), m.definitions()));
        }
        GapReport.RedlineInfo info = new GapReport.RedlineInfo(fileName, List.of(), 0, 0, List.of());
        GapReport report = new GapReport(GapReport.SCHEMA, info, draft, GapEvaluator.summary(entries), entries);
        return new Review(report, clauses, mappings);
    }

    /** Our clause as the paper offers it, or missing when no clause of the paper addresses it. */
    private GapReport.ClauseReport entry(ClauseInstance ci, List<ClauseMapper.Mapped> mapped) {
        Clause c = library.clauses().get(ci.id());
        ProfileClause pc = profile.clauses().get(ci.id());
        Set<String> labels = new LinkedHashSet<>();
        List<String> sentences = new ArrayList<>();
        List<String> context = new ArrayList<>();
        List<GapReport.Finding> findings = new ArrayList<>();
        for (ClauseMapper.Mapped m : mapped) {
            for (ClauseMapper.Hit h : m.hits()) {
                if (!h.clauseId().equals(ci.id())) continue;
                labels.add(m.clause().label());
                sentences.addAll(h.sentences());
                context.add(m.clause().text());
                findings.add(new GapReport.Finding("paper-mapping", "Addressed by the paper's clause " + m.clause().label(),
                        String.format(Locale.ROOT, "score %.2f; decided by: %s", h.score(), String.join(", ", h.decidedBy())), "low"));
            }
        }
        if (labels.isEmpty()) return rating.missing(ci, pc);
        return rating.offered(c, ci, pc, ci.plainText(), String.join(" ", sentences), String.join("\n", context),
                String.join(", ", labels), findings);
    }
}
