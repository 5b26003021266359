package io.mc2.app;

import io.mc2.align.Alignment;
import io.mc2.align.ClauseAligner;
import io.mc2.align.SentDraft;
import io.mc2.assemble.Assembler;
import io.mc2.deal.DealFacts;
import io.mc2.gap.GapEvaluator;
import io.mc2.gap.GapReport;
import io.mc2.gap.LanguageRules;
import io.mc2.library.ClauseLibrary;
import io.mc2.library.LibraryLoader;
import io.mc2.model.ClauseInstance;
import io.mc2.model.Contract;
import io.mc2.problem.ExitCode;
import io.mc2.problem.Mc2Exception;
import io.mc2.profile.ProfileResolver;
import io.mc2.profile.ResolvedProfile;
import io.mc2.redline.RedlineDocument;
import io.mc2.redline.RedlineReader;
import io.mc2.template.ClauseRenderer;
import io.mc2.write.docx.DocxContractWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code mc2 gap}: reads a supplier's returned document, finds the draft we sent (regenerated
 * exactly from the provenance our draft carries, or given with {@code --draft}), aligns the two,
 * and rates every clause against the profile.
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
        RedlineDocument supplier = RedlineReader.read(r.supplier());
        RedlineDocument sentDoc = r.draft() == null ? null : RedlineReader.read(r.draft());
        Map<String, String> provenance = (sentDoc != null ? sentDoc : supplier).customProperties();
        String profileId = r.profile() != null ? r.profile() : provenance.get("mc2.profile.id");
        if (profileId == null) {
            throw new Mc2Exception(ExitCode.USAGE, (sentDoc != null ? r.draft() : r.supplier())
                    + ": carries no mc2 provenance (the properties were removed, or it is not an mc2 draft); "
                    + "name the draft we sent with --draft or the profile with --profile");
        }
        ClauseLibrary library = LibraryLoader.load(r.libraryDir());
        ResolvedProfile profile = new ProfileResolver(library, r.profilesDir()).resolve(profileId);
        List<String> warnings = new ArrayList<>();
        if (r.profile() == null && provenance.containsKey("mc2.profile.hash") && !provenance.get("mc2.profile.hash").equals(profile.hash())) {
            warnings.add("profile '" + profile.id() + "' changed since the draft was made (version " + provenance.get("mc2.profile.version")
                    + " then, " + profile.version() + " now); positions are today's" + (sentDoc == null ? "; pass --draft to compare with the exact text sent" : ""));
        }
        if (provenance.containsKey("mc2.library.hash") && !provenance.get("mc2.library.hash").equals(library.hash())) {
            warnings.add("the clause library changed since the draft was made (" + provenance.get("mc2.library.version") + " then, "
                    + library.version() + " now)" + (sentDoc == null ? "; pass --draft to compare with the exact text sent" : ""));
        }
        DealFacts deal = DealFacts.fromMap(dealFacts(provenance));
        LocalDate date = date(provenance.get("mc2.date"));
        Contract contract = new Assembler(renderer).assemble(library, profile, deal, date);
        if (sentDoc == null) sentDoc = regenerate(contract);
        Set<String> clauseIds = new LinkedHashSet<>();
        for (ClauseInstance ci : contract.clauses()) clauseIds.add(ci.id());
        Alignment alignment = ClauseAligner.align(SentDraft.of(sentDoc, clauseIds), supplier, clauseIds);
        LanguageRules rules = LanguageRules.load(r.libraryDir().resolve("language-rules.yaml"), profile.mdmName().value(),
                profile.hdoName().value());
        GapReport.DraftInfo info = new GapReport.DraftInfo(profile.id(), profile.version(), library.name(), library.version(),
                r.draft() != null ? r.draft().toString() : "regenerated from the provenance in " + r.supplier().getFileName(),
                warnings);
        GapReport report = new GapEvaluator(library, profile, contract, rules, renderer, Assembler.dealView(deal))
                .evaluate(alignment, supplier, r.supplier().getFileName().toString(), info);
        return new Result(report, contract, profile, supplier, alignment, library, deal);
    }

    private static Map<String, String> dealFacts(Map<String, String> provenance) {
        Map<String, String> m = new LinkedHashMap<>();
        provenance.forEach((k, v) -> {
            if (k.startsWith("mc2.deal.")) m.put(k.substring("mc2.deal.".length()), v);
        });
        return m;
    }

    private static LocalDate date(String s) {
        if (s == null) return LocalDate.of(2026, 1, 1);
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            return LocalDate.of(2026, 1, 1);
        }
    }

    /** Our draft, written and read back exactly as we would have sent it. */
    private static RedlineDocument regenerate(Contract contract) {
        Path tmp = null;
        try {
            tmp = Files.createTempFile("mc2-sent-", ".docx");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                new DocxContractWriter().write(contract, out);
            }
            return RedlineReader.read(tmp);
        } catch (IOException e) {
            throw new Mc2Exception(ExitCode.INTERNAL, "cannot regenerate the draft: " + e.getMessage(), e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // a temporary file left behind is harmless
                }
            }
        }
    }
}
