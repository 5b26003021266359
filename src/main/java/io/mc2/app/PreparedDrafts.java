package io.mc2.app;

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
import io.mc2.write.docx.DraftParagraphs;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Finds the draft we sent for each supplier document and prepares it once per distinct
 * provenance: the library is loaded once, each profile resolved once, and the sent draft read
 * (with {@code --draft}) or regenerated once for every profile, library, deal facts and date a
 * document names. Safe to use from several threads.
 */
public final class PreparedDrafts {
    private static final List<String> PROVENANCE_KEYS = List.of("mc2.profile.", "mc2.library.", "mc2.deal.", "mc2.date");

    private final ClauseRenderer renderer;
    private final Path libraryDir;
    private final Path profilesDir;
    private final Path draftFile;
    private final RedlineDocument givenDraft;
    private final String profileOverride;
    private final ClauseLibrary library;
    private final Map<String, ResolvedProfile> profiles = new HashMap<>();
    private final Map<String, PreparedDraft> prepared = new HashMap<>();
    private LanguageRules rules;
    private String rulesFor;

    /**
     * Loads the library and reads the given draft now, so that a problem with them ends the work
     * before any supplier document is read.
     *
     * @param draft   the draft we sent, or null to regenerate it from each document's provenance
     * @param profile profile id or path overriding the one the provenance names, or null
     */
    public PreparedDrafts(Path draft, String profile, Path libraryDir, Path profilesDir, ClauseRenderer renderer) {
        this(draft, draft == null ? null : RedlineReader.read(draft), profile, libraryDir, profilesDir, renderer);
    }

    /** As above, with the draft we sent already read from {@code draft}. */
    PreparedDrafts(Path draft, RedlineDocument read, String profile, Path libraryDir, Path profilesDir, ClauseRenderer renderer) {
        this.renderer = renderer;
        this.libraryDir = libraryDir;
        this.profilesDir = profilesDir;
        this.draftFile = draft;
        this.profileOverride = profile;
        this.givenDraft = read;
        this.library = LibraryLoader.load(libraryDir);
    }

    /** The clause library every draft is made from. */
    public ClauseLibrary library() {
        return library;
    }

    /**
     * The draft to compare {@code supplier} with: the one given, else the one its provenance names.
     * A document without provenance (and no {@code --draft} or {@code --profile}) is a usage error;
     * provenance naming a profile by anything but an id of the profiles folder is an unsafe document.
     */
    public synchronized PreparedDraft forDocument(RedlineDocument supplier, Path supplierFile) {
        Path provenanceFile = givenDraft != null ? draftFile : supplierFile;
        Map<String, String> provenance = (givenDraft != null ? givenDraft : supplier).customProperties();
        String named = provenance.get("mc2.profile.id");
        if (named != null && !ProfileResolver.isProfileId(named)) {
            throw new Mc2Exception(ExitCode.UNSAFE_DOCUMENT, provenanceFile + ": unsafe provenance: the profile it names, '"
                    + shown(named) + "', is not a profile id (letters, digits, '-', '_', '.'; never a path); "
                    + "name the draft we sent with --draft");
        }
        String profileId = profileOverride != null ? profileOverride : named;
        if (profileId == null) {
            throw new Mc2Exception(ExitCode.USAGE, provenanceFile
                    + ": carries no mc2 provenance (the properties were removed, or it is not an mc2 draft); "
                    + "name the draft we sent with --draft or the profile with --profile");
        }
        String key = key(profileId, provenance);
        PreparedDraft draft = prepared.get(key);
        if (draft == null) {
            draft = prepare(profileId, provenance, provenanceFile);
            prepared.put(key, draft);
        }
        return draft;
    }

    /** Document text fit for a one-line message: no control characters, at most 60 characters. */
    private static String shown(String text) {
        String plain = text.replaceAll("\\p{Cntrl}", "?");
        return plain.length() <= 60 ? plain : plain.substring(0, 59) + "\u2026";
    }

    /** What decides the draft: the profile used and every provenance value about profile, library, deal and date. */
    private static String key(String profileId, Map<String, String> provenance) {
        Map<String, String> relevant = new TreeMap<>();
        provenance.forEach((k, v) -> {
            for (String prefix : PROVENANCE_KEYS) if (k.startsWith(prefix)) relevant.put(k, v);
        });
        return profileId + "\u0000" + relevant;
    }

    private ResolvedProfile profile(String profileId, Path provenanceFile) {
        return profile(profileId, provenanceFile, profileOverride != null);
    }

    /** Resolved once each: the user's --profile may be a path; a document's provenance names an id of the profiles folder only. */
    private ResolvedProfile profile(String profileId, Path provenanceFile, boolean givenByUser) {
        ProfileResolver resolver = new ProfileResolver(library, profilesDir);
        return profiles.computeIfAbsent((givenByUser ? "option\u0000" : "document\u0000") + profileId, key -> givenByUser
                ? resolver.resolve(profileId) : resolver.resolveId(profileId, provenanceFile + ": its provenance names "));
    }

    private PreparedDraft prepare(String profileId, Map<String, String> provenance, Path provenanceFile) {
        ResolvedProfile profile = profile(profileId, provenanceFile);
        List<String> warnings = new ArrayList<>();
        String hint = givenDraft == null ? "; pass --draft to compare with the exact text sent" : "";
        String named = provenance.get("mc2.profile.id");
        if (profileOverride != null && named != null && !named.equals(profile.id())) {
            warnings.add("the document's provenance names profile '" + named + "' (version " + shown(String.valueOf(
                    provenance.get("mc2.profile.version"))) + "), but it is rated against profile '" + profile.id() + "' version "
                    + profile.version() + " given with --profile");
        }
        if (profileOverride == null && provenance.containsKey("mc2.profile.hash") && !provenance.get("mc2.profile.hash").equals(profile.hash())) {
            warnings.add("profile '" + profile.id() + "' changed since the draft was made (version " + shown(String.valueOf(
                    provenance.get("mc2.profile.version"))) + " then, " + profile.version() + " now); positions are today's" + hint);
        }
        if (provenance.containsKey("mc2.library.hash") && !provenance.get("mc2.library.hash").equals(library.hash())) {
            warnings.add("the clause library changed since the draft was made (" + shown(String.valueOf(provenance.get("mc2.library.version")))
                    + " then, " + library.version() + " now)" + hint);
        }
        boolean traced = named != null;
        if (givenDraft == null && !traced) {
            warnings.add("the document carries no mc2 provenance: it is compared with a fresh draft of profile '" + profile.id()
                    + "' without deal facts, so any other draft text shows as changed; pass --draft for the exact text sent");
        }
        String given = givenDraft != null ? draftFile.toString() : null;
        java.util.function.UnaryOperator<String> source = given != null ? file -> given
                : traced ? file -> "regenerated from the provenance in " + file
                : file -> "regenerated from profile " + profile.id() + " (no provenance in " + file + ")";
        DealFacts deal = DealFacts.fromMap(dealFacts(provenance));
        // --profile re-rates what we sent against other positions: the text sent is still the provenance profile's
        ResolvedProfile sentWith = profileOverride != null && named != null && !named.equals(profile.id())
                ? profile(named, provenanceFile, false) : profile;
        Contract contract = new Assembler(renderer).assemble(library, sentWith, deal, date(provenance.get("mc2.date")));
        Set<String> clauseIds = new LinkedHashSet<>();
        for (ClauseInstance ci : contract.clauses()) clauseIds.add(ci.id());
        SentDraft sent = givenDraft != null ? SentDraft.of(givenDraft, () -> SentDraft.of(regenerate(contract), clauseIds), clauseIds)
                : SentDraft.of(regenerate(contract), clauseIds);
        GapEvaluator evaluator = new GapEvaluator(library, profile, sentWith, contract, rules(profile), renderer, Assembler.dealView(deal));
        String from = profileOverride != null ? GapReport.DraftInfo.FROM_OPTION : GapReport.DraftInfo.FROM_PROVENANCE;
        return new PreparedDraft(library, profile, from, deal, contract, sent, clauseIds, evaluator, source, warnings);
    }

    /** The language rules name the parties; they are reloaded only when another profile names them differently. */
    private LanguageRules rules(ResolvedProfile profile) {
        String parties = profile.mdmName().value() + "\u0000" + profile.hdoName().value();
        if (!parties.equals(rulesFor)) {
            rules = LanguageRules.load(libraryDir.resolve("language-rules.yaml"), profile.mdmName().value(), profile.hdoName().value());
            rulesFor = parties;
        }
        return rules;
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

    /**
     * The paragraphs of the Word draft {@code contract} makes, as our reader would read them back:
     * taken from the writer's own objects, without saving and reading a file.
     */
    static List<SentDraft.Paragraph> regenerate(Contract contract) {
        return DraftParagraphs.of(contract).stream()
                .map(p -> new SentDraft.Paragraph(p.text(), p.style(), p.tags(), p.bookmarks(), p.numberLabel()))
                .toList();
    }
}
