package io.mc2.playbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mc2.library.ClauseLibrary;
import io.mc2.testing.Golden;
import org.junit.jupiter.api.Test;

class ProfileExplanationTest {
    private final ClauseLibrary library = GpoFixtures.library();
    private final ProfileExplanation member = new ProfileExplanation(library, GpoFixtures.resolver(library).resolve("member"));

    @Test
    void textNamesTheFileAndLineOfEverySetting() {
        Golden.assertMatches("playbook/show-member.txt", member.render("text"));
    }

    @Test
    void markdownAndJson() throws Exception {
        Golden.assertMatches("playbook/show-member.md", member.render("md"));
        String json = member.render("json");
        Golden.assertMatches("playbook/show-member.json", json);
        JsonNode root = new ObjectMapper().readTree(json);
        JsonNode window = root.path("clauses").get(0).path("settings").path("window.value");
        assertEquals("15", window.path("raw").asText());
        assertEquals("src/test/resources/fixtures/gpo/member.yaml", window.path("file").asText());
        assertEquals(12, window.path("line").asInt());
    }

    @Test
    void aChildValueIsAttributedToTheChildAndAnInheritedOneToTheParent() {
        ProfileExplanation.ClauseSettings patch = member.clauses().get(0);
        assertEquals("patch", patch.id());
        ProfileExplanation.Setting preferred = setting(patch, "window.preferred");
        assertEquals("15 days", preferred.value());
        assertTrue(preferred.where().endsWith("gpo/member.yaml:12"), preferred.where());
        ProfileExplanation.Setting fallback = setting(patch, "window.fallback");
        assertEquals("30 days", fallback.value());
        assertTrue(fallback.where().endsWith("gpo/gpo.yaml:16"), fallback.where());
        ProfileExplanation.Setting locked = setting(member.clauses().get(1), "locked");
        assertEquals("(default)", locked.where());
    }

    @Test
    void anExcludedClauseIsShownAsExcluded() {
        ClauseLibrary lib = GpoFixtures.library();
        ProfileExplanation child = new ProfileExplanation(lib,
                new io.mc2.profile.ProfileResolver(lib, io.mc2.testing.Fixtures.profiles()).resolve("child"));
        ProfileExplanation.ClauseSettings insure = child.clauses().get(1);
        assertFalse(insure.included());
        assertTrue(child.render("text").contains("insure: Insurance (excluded)\n  include              no"),
                child.render("text"));
    }

    private static ProfileExplanation.Setting setting(ProfileExplanation.ClauseSettings c, String key) {
        return c.settings().stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow();
    }
}
