package io.mc2.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mc2.library.ClauseLibrary;
import io.mc2.library.LibraryLoader;
import io.mc2.problem.ExitCode;
import io.mc2.problem.Mc2Exception;
import io.mc2.problem.Problem;
import io.mc2.testing.Fixtures;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProfileResolverTest {
    private final ClauseLibrary library = LibraryLoader.load(Fixtures.library());
    private final ProfileResolver resolver = new ProfileResolver(library, Fixtures.profiles());

    @Test
    void childInheritsAndOverridesKeyByKeyWithProvenance() {
        ResolvedProfile p = resolver.resolve("child");
        assertEquals("child", p.id());
        assertEquals("2.1.0", p.version());
        assertEquals(2, p.chain().size());
        assertEquals("Hospital", p.hdoName().value());
        assertTrue(p.hdoName().where().endsWith("root.yaml:4"), p.hdoName().where());
        ProfileClause patch = p.clauses().get("patch");
        assertTrue(patch.included() && patch.isLocked() && patch.isRequired());
        Position window = patch.parameters().get("window");
        assertEquals(new BigDecimal(15), window.sent().value());
        assertTrue(window.sent().where().endsWith("child.yaml:8"), window.sent().where());
        assertEquals(new BigDecimal(15), window.preferred().value());
        assertEquals(new BigDecimal(30), window.fallback().value());
        assertTrue(window.fallback().where().endsWith("root.yaml:12"), window.fallback().where());
        Position notice = patch.parameters().get("notice");
        assertEquals(new BigDecimal(1), notice.sent().value());
        assertNull(notice.sent().file(), "a library default has no profile file");
        assertFalse(p.clauses().get("insure").included());
        assertEquals(List.of("patch"), p.included().stream().map(ProfileClause::id).toList());
    }

    @Test
    void sentValueDefaultsToPreferred() {
        Position window = resolver.resolve("root").clauses().get("patch").parameters().get("window");
        assertEquals(new BigDecimal(20), window.sent().value());
    }

    @Test
    void aChildMayNotLoosenALockedClause() {
        Mc2Exception e = assertThrows(Mc2Exception.class, () -> resolver.resolve("loosen"));
        List<String> msgs = e.problems().stream().map(Problem::message).toList();
        assertEquals(4, msgs.size(), msgs.toString());
        assertTrue(msgs.stream().anyMatch(m -> m.contains("the variant sent, 'lenient', is not among its acceptable variants")), msgs.toString());
        assertTrue(msgs.stream().anyMatch(m -> m.contains("variant 'lenient' is not among the parent's acceptable variants [strong]")), msgs.toString());
        assertTrue(msgs.stream().anyMatch(m -> m.contains("may not stop being required")), msgs.toString());
        assertTrue(msgs.stream().anyMatch(m -> m.contains("walk-away 60 is looser than 45 set at") && m.contains("root.yaml:12")
                && m.contains("(locked at")), msgs.toString());
        assertTrue(e.problems().stream().allMatch(p -> p.file().toString().endsWith("loosen.yaml") && p.line() > 0));
    }

    @Test
    void aCycleIsAnErrorThatPrintsTheChain() {
        Mc2Exception e = assertThrows(Mc2Exception.class, () -> resolver.resolve("cycle-a"));
        assertEquals(ExitCode.INVALID_INPUT_FILE, e.exitCode());
        String msg = e.problems().get(0).message();
        assertTrue(msg.matches("profile inheritance cycle: .*cycle-a.yaml -> .*cycle-b.yaml -> .*cycle-a.yaml"), msg);
    }

    @Test
    void reportsUnknownClausesVariantsParametersBadValuesAndPositionOrder() {
        Mc2Exception e = assertThrows(Mc2Exception.class, () -> resolver.resolve("bad-values"));
        List<String> lines = e.problems().stream().map(p -> p.line() + ": " + p.message()).toList();
        String all = String.join("\n", lines);
        assertTrue(all.contains("5: unknown clause 'nope'"), all);
        assertTrue(all.contains("7: clause 'patch' has no variant 'missing' (variants: strong, lenient)"), all);
        assertTrue(all.contains("patch.window walk-away: 200 is above the maximum 90"), all);
        assertTrue(all.contains("10: clause 'patch' has no parameter 'ghost'"), all);
        assertTrue(all.contains("13: insure.format value: 'XML' is not one of [CycloneDX, SPDX]"), all);
        assertTrue(all.contains("14: insure.named value: expected true or false, found 'yes please'"), all);
        assertTrue(all.contains("window preferred 60 is looser than its fallback 30"), all);
    }

    @Test
    void unknownProfileIsAUsageErrorListingTheAvailableOnes() {
        Mc2Exception e = assertThrows(Mc2Exception.class, () -> resolver.resolve("nothing-here"));
        assertEquals(ExitCode.USAGE, e.exitCode());
        assertTrue(e.getMessage().contains("available: bad-values, child, cycle-a, cycle-b, loosen, root"), e.getMessage());
    }
}
