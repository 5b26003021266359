package io.mc2.write.playbook;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mc2.library.ClauseLibrary;
import io.mc2.library.LibraryLoader;
import io.mc2.playbook.GpoFixtures;
import io.mc2.playbook.Playbook;
import io.mc2.playbook.PlaybookBuilder;
import io.mc2.profile.ProfileClause;
import io.mc2.profile.ProfileResolver;
import io.mc2.profile.ResolvedProfile;
import io.mc2.template.ClauseRenderer;
import io.mc2.testing.DocxGoldenText;
import io.mc2.testing.Fixtures;
import io.mc2.testing.Golden;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class PlaybookWritersTest {
    private final ClauseLibrary library = GpoFixtures.library();
    private final ResolvedProfile member = GpoFixtures.resolver(library).resolve("member");
    private final PlaybookBuilder builder = new PlaybookBuilder(new ClauseRenderer());

    @Test
    void briefAsMarkdown() {
        String md = new MarkdownPlaybookWriter().render(builder.build(library, member, Playbook.Kind.BRIEF));
        Golden.assertMatches("playbook/brief-member.md", md);
        assertTrue(md.startsWith("> **CONFIDENTIAL \u2014 internal negotiation brief, do not send to the supplier**\n"), md);
        assertTrue(md.contains("**Our answer.** f"), md);
    }

    @Test
    void briefAsWordCarriesTheNoticeInTheHeaderOfEveryPage() throws IOException {
        byte[] docx = bytes(new DocxPlaybookWriter(), builder.build(library, member, Playbook.Kind.BRIEF));
        String text = DocxGoldenText.render(docx);
        Golden.assertMatches("playbook/brief-member.docx.txt", text);
        // one section, one default header, and it holds the notice
        assertTrue(text.contains("[Header] " + Playbook.CONFIDENTIAL), text);
        assertTrue(text.contains("[mc2Notice] " + Playbook.CONFIDENTIAL), text);
        assertArrayEquals(docx, bytes(new DocxPlaybookWriter(), builder.build(library, member, Playbook.Kind.BRIEF)),
                "the same brief gives the same bytes");
    }

    @Test
    void summaryHasTheWordingSentAndNoGuidance() throws IOException {
        Playbook summary = builder.build(library, member, Playbook.Kind.SUMMARY);
        String md = new MarkdownPlaybookWriter().render(summary);
        Golden.assertMatches("playbook/summary-member.md", md);
        assertFalse(md.contains("CONFIDENTIAL"), md);
        assertFalse(md.contains("Our answer"), md);
        assertTrue(md.contains("> Supplier shall patch each Widget within fifteen (15) days and tell Hospital"), md);
        assertTrue(md.contains("> 2.1.1 Sub-clause one"), "sub-clauses are numbered as in the draft");
        String html = new HtmlPlaybookWriter().render(summary);
        Golden.assertMatches("playbook/summary-member.html", html);
        String docText = DocxGoldenText.render(bytes(new DocxPlaybookWriter(), summary));
        assertTrue(docText.contains("Supplier shall patch each Widget within fifteen (15) days"), docText);
    }

    @Test
    void htmlBriefEscapesAndShowsTheNotice() {
        String html = new HtmlPlaybookWriter().render(builder.build(library, member, Playbook.Kind.BRIEF));
        assertTrue(html.contains("<p class=\"notice top\">CONFIDENTIAL"), html);
        assertEquals(2, html.split("class=\"notice", -1).length - 1, "notice at the top and the bottom");
    }

    @Test
    void shippedProfileBriefCoversEveryIncludedClauseWithPositionsAndGuidance() {
        ClauseLibrary shipped = LibraryLoader.load(Fixtures.shippedClauses());
        ResolvedProfile gpo = new ProfileResolver(shipped, Fixtures.shippedProfiles()).resolve("gpo-standard");
        Playbook brief = builder.build(shipped, gpo, Playbook.Kind.BRIEF);
        String md = new MarkdownPlaybookWriter().render(brief);
        for (ProfileClause pc : gpo.included()) {
            assertTrue(md.contains("(`" + pc.id() + "`)"), pc.id());
        }
        int entries = brief.articles().stream().mapToInt(a -> a.clauses().size()).sum();
        assertEquals(gpo.included().size(), entries);
        assertTrue(brief.articles().stream().flatMap(a -> a.clauses().stream())
                .allMatch(e -> e.guidance() != null && !e.guidance().fallback().isBlank()));
        Playbook.Entry patch = brief.articles().stream().flatMap(a -> a.clauses().stream())
                .filter(e -> e.id().equals("patch-critical")).findFirst().orElseThrow();
        assertTrue(patch.locked() && patch.required());
        assertFalse(patch.parameters().get(0).walkAway().equals("\u2014"), "walk-away is set for the patch window");
    }

    private static byte[] bytes(PlaybookWriter w, Playbook p) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        w.write(p, out);
        return out.toByteArray();
    }
}
