package io.mc2.assemble;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mc2.deal.DealFacts;
import io.mc2.library.ClauseLibrary;
import io.mc2.library.LibraryLoader;
import io.mc2.model.Contract;
import io.mc2.model.KeyTerm;
import io.mc2.problem.Mc2Exception;
import io.mc2.problem.Problem;
import io.mc2.profile.ProfileResolver;
import io.mc2.profile.ResolvedProfile;
import io.mc2.template.ClauseRenderer;
import io.mc2.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two lint rules of {@link ProfileChecks}, one test each way, on the fixture library: patch
 * (applies when networked; strong states window and notice, lenient only window) and insure
 * (balanced states every parameter, other none).
 */
class ProfileChecksTest {
    private final ClauseLibrary library = LibraryLoader.load(Fixtures.library());
    private final ClauseRenderer renderer = new ClauseRenderer();
    private static final DealFacts NOT_NETWORKED = new DealFacts(null, null, null, null, null, null, null, null, null, null, null,
            null, null, Map.of("networked", false), null);

    @TempDir
    Path dir;

    private ResolvedProfile profile(String yaml) throws IOException {
        Files.writeString(dir.resolve("p.yaml"), "id: p\nname: P\nversion: 1.0.0\nparties: {hdo: Hospital, mdm: Maker}\nclauses:\n" + yaml);
        return new ProfileResolver(library, dir).resolve("p");
    }

    private ResolvedProfile profile(String yaml, String parent) throws IOException {
        Files.writeString(dir.resolve("p.yaml"), "id: p\nname: P\nversion: 1.0.0\nextends: " + parent + "\nclauses:\n" + yaml);
        return new ProfileResolver(library, dir).resolve("p");
    }

    @Test
    void aParameterTheSentWordingDoesNotUseIsALintError() throws IOException {
        ResolvedProfile p = profile("""
                  patch:
                    variant: lenient
                    parameters:
                      window: 30
                      notice: {preferred: 2, fallback: 3, walk-away: 5}
                """);
        List<Problem> problems = ProfileChecks.check(library, p, renderer);
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(10, problems.get(0).line(), "the line that sets notice");
        assertTrue(problems.get(0).message().contains("'notice', but the 'lenient' wording it sends does not use it"),
                problems.get(0).message());
    }

    @Test
    void parametersTheWordingStatesAndInheritedOnesAreFine() throws IOException {
        Files.writeString(dir.resolve("parent.yaml"), """
                id: parent
                name: Parent
                version: 1.0.0
                clauses:
                  insure:
                    parameters:
                      named: {preferred: true, fallback: true, walk-away: false}
                """);
        Files.writeString(dir.resolve("child.yaml"), """
                id: child
                name: Child
                version: 1.0.0
                extends: parent
                clauses:
                  insure:
                    variant: other
                    acceptable-variants: [balanced, other]
                """);
        ResolvedProfile inherits = new ProfileResolver(library, dir).resolve("child");
        assertEquals(List.of(), ProfileChecks.check(library, inherits, renderer), "the parent's setting serves its own wording");
        ResolvedProfile child = profile("""
                  insure:
                    parameters:
                      cover: {preferred: 3000000, fallback: 2000000, walk-away: 1000000}
                      named: false
                """);
        assertEquals(List.of(), ProfileChecks.check(library, child, renderer), "balanced states cover and tests named");
    }

    @Test
    void aRequiredClauseThatAppliesWhenNeedsIfNotApplicable() throws IOException {
        ResolvedProfile p = profile("""
                  patch:
                    required: true
                """);
        List<Problem> problems = ProfileChecks.check(library, p, renderer);
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(7, problems.get(0).line(), "the line that makes it required");
        assertTrue(problems.get(0).message().contains("'patch' is required but applies only when networked"), problems.get(0).message());
        assertEquals(1, ProfileChecks.droppedRequired(library, p, NOT_NETWORKED).size(), "the draft warns");
        assertEquals(List.of(), ProfileChecks.droppedRequired(library, p, DealFacts.none()), "a networked (unknown) device keeps it");
    }

    @Test
    void ifNotApplicableSendsItsVariantOrLeavesTheClauseOutOnPurpose() throws IOException {
        ResolvedProfile offline = profile("""
                  patch:
                    required: true
                    if-not-applicable: lenient
                  insure: {}
                """);
        assertEquals(List.of(), ProfileChecks.check(library, offline, renderer));
        assertEquals(List.of(), ProfileChecks.droppedRequired(library, offline, NOT_NETWORKED));
        Contract c = new Assembler(renderer).assemble(library, offline, NOT_NETWORKED, LocalDate.of(2026, 1, 1));
        assertEquals("lenient", c.clauses().stream().filter(ci -> ci.id().equals("patch")).findFirst().orElseThrow().variant());
        Contract networked = new Assembler(renderer).assemble(library, offline, DealFacts.none(), LocalDate.of(2026, 1, 1));
        assertEquals("strong", networked.clauses().stream().filter(ci -> ci.id().equals("patch")).findFirst().orElseThrow().variant());

        ResolvedProfile leaveOut = profile("""
                  patch:
                    required: true
                    if-not-applicable: leave-out
                """);
        assertEquals(List.of(), ProfileChecks.check(library, leaveOut, renderer));
        assertEquals(List.of(), ProfileChecks.droppedRequired(library, leaveOut, NOT_NETWORKED), "left out on purpose: no warning");
    }

    @Test
    void aLockedClauseKeepsWhatItsParentSendsOutsideItsAppliesWhen() throws IOException {
        Files.writeString(dir.resolve("parent.yaml"), """
                id: parent
                name: Parent
                version: 1.0.0
                clauses:
                  patch:
                    variant: strong
                    acceptable-variants: [strong]
                    locked: true
                    required: true
                    if-not-applicable: lenient
                  insure: {}
                """);
        try {
            profile("  patch:\n    if-not-applicable: leave-out\n", "parent");
            throw new AssertionError("expected a problem");
        } catch (Mc2Exception e) {
            assertTrue(e.problems().get(0).message().contains("is locked: if-not-applicable 'leave-out' loosens 'lenient'"),
                    e.problems().toString());
        }
    }

    @Test
    void ifNotApplicableMustNameAVariant() throws IOException {
        try {
            profile("""
                      patch:
                        if-not-applicable: usb
                    """);
            throw new AssertionError("expected a problem");
        } catch (Mc2Exception e) {
            assertTrue(e.problems().get(0).message().contains("if-not-applicable names no variant 'usb'"), e.problems().toString());
        }
    }

    @Test
    void theScheduleListsOnlyWhatTheSentWordingStates() throws IOException {
        ResolvedProfile p = profile("""
                  patch:
                    variant: lenient
                    acceptable-variants: [strong, lenient]
                  insure:
                    variant: other
                    acceptable-variants: [balanced, other]
                """);
        Contract c = new Assembler(renderer).assemble(library, p, DealFacts.none(), LocalDate.of(2026, 1, 1));
        assertEquals(List.of("patch:Patch window"), c.keyTerms().stream().map(k -> k.clauseId() + ":" + k.label()).toList(),
                "lenient patch has no notice; 'other' insure states nothing");
        ResolvedProfile full = profile("  insure: {}\n");
        List<String> rows = new Assembler(renderer).assemble(library, full, DealFacts.none(), LocalDate.of(2026, 1, 1)).keyTerms()
                .stream().filter(k -> k.clauseId().equals("insure")).map(KeyTerm::label).toList();
        assertEquals(List.of("Cover", "Share", "Hours", "Months", "Years", "Format", "Named insured", "Note"), rows);
    }
}
