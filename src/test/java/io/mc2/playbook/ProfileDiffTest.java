package io.mc2.playbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mc2.library.ClauseLibrary;
import io.mc2.profile.ProfileResolver;
import io.mc2.profile.ResolvedProfile;
import io.mc2.testing.Fixtures;
import io.mc2.testing.Golden;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProfileDiffTest {
    private final ClauseLibrary library = GpoFixtures.library();
    private final ProfileResolver resolver = GpoFixtures.resolver(library);

    @Test
    void twoVersionsOfOneProfile() {
        ProfileDiff d = ProfileDiff.between(library, resolver.resolve("gpo-1.0.0"), resolver.resolve("gpo"));
        Golden.assertMatches("playbook/diff-gpo-1.0.0-1.1.0.txt", d.render("text"));
        Golden.assertMatches("playbook/diff-gpo-1.0.0-1.1.0.md", d.render("md"));
        Golden.assertMatches("playbook/diff-gpo-1.0.0-1.1.0.json", d.render("json"));
        assertEquals(List.of("insure"), d.changes().stream().filter(c -> c.kind() == ProfileDiff.Kind.ADDED)
                .map(ProfileDiff.Change::clause).toList());
        ProfileDiff.Change walkAway = change(d, "patch", "window walk-away");
        assertEquals("60 days", walkAway.before());
        assertEquals("45 days", walkAway.after());
        assertEquals("stricter", walkAway.direction());
    }

    @Test
    void theOtherWayRoundIsRemovedAndLooser() {
        ProfileDiff d = ProfileDiff.between(library, resolver.resolve("gpo"), resolver.resolve("gpo-1.0.0"));
        assertEquals(List.of("insure"), d.changes().stream().filter(c -> c.kind() == ProfileDiff.Kind.REMOVED)
                .map(ProfileDiff.Change::clause).toList());
        assertEquals("looser", change(d, "patch", "window walk-away").direction());
        assertEquals("looser", change(d, "patch", "locked").direction());
        assertEquals("strong -> strong, lenient", change(d, "patch", "acceptable variants").before() + " -> "
                + change(d, "patch", "acceptable variants").after());
    }

    @Test
    void memberAgainstItsGpoShowsMoneyAndRequiredDirections() {
        ProfileDiff d = ProfileDiff.between(library, resolver.resolve("gpo"), resolver.resolve("member"));
        Golden.assertMatches("playbook/diff-gpo-member.md", d.render("md"));
        ProfileDiff.Change cover = change(d, "insure", "cover walk-away");
        assertEquals("EUR 2,000,000 -> EUR 3,000,000 stricter", cover.before() + " -> " + cover.after() + " " + cover.direction());
        assertEquals("stricter", change(d, "insure", "required").direction());
    }

    @Test
    void exclusionAndInclusion() {
        ProfileResolver fixtures = new ProfileResolver(library, Fixtures.profiles());
        ResolvedProfile root = fixtures.resolve("root");
        ResolvedProfile child = fixtures.resolve("child");
        ProfileDiff d = ProfileDiff.between(library, root, child);
        assertTrue(d.changes().stream().anyMatch(c -> c.kind() == ProfileDiff.Kind.EXCLUDED && c.clause().equals("insure")),
                d.render("text"));
        assertTrue(d.render("text").contains("insure: Insurance (excluded)\n"), d.render("text"));
        ProfileDiff back = ProfileDiff.between(library, child, root);
        assertTrue(back.changes().stream().anyMatch(c -> c.kind() == ProfileDiff.Kind.INCLUDED && c.clause().equals("insure")));
    }

    @Test
    void aProfileAgainstItselfHasNoChanges() {
        ProfileDiff d = ProfileDiff.between(library, resolver.resolve("member"), resolver.resolve("member"));
        assertTrue(d.isEmpty());
        assertEquals("Profile changes: member 2.0.0 -> member 2.0.0\nNo changes.\n", d.render("text"));
    }

    private static ProfileDiff.Change change(ProfileDiff d, String clause, String field) {
        return d.changes().stream().filter(c -> clause.equals(c.clause()) && field.equals(c.field())).findFirst()
                .orElseThrow(() -> new AssertionError("no change of " + clause + " " + field + " in\n" + d.render("text")));
    }
}
