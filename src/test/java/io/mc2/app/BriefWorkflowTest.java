package io.mc2.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mc2.playbook.GpoFixtures;
import io.mc2.playbook.Playbook;
import io.mc2.problem.ExitCode;
import io.mc2.problem.Mc2Exception;
import io.mc2.testing.DocxGoldenText;
import io.mc2.testing.Fixtures;
import io.mc2.write.playbook.DocxPlaybookWriter;
import io.mc2.write.playbook.HtmlPlaybookWriter;
import io.mc2.write.playbook.MarkdownPlaybookWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BriefWorkflowTest {
    private final BriefWorkflow brief = new BriefWorkflow(List.of(new DocxPlaybookWriter(), new MarkdownPlaybookWriter(),
            new HtmlPlaybookWriter()));

    @Test
    void writesTheFormatOfTheExtensionAndRefusesToOverwrite(@TempDir Path dir) throws IOException {
        Path md = dir.resolve("brief.md");
        BriefWorkflow.Result r = brief.run(new BriefWorkflow.Request(Fixtures.library(), GpoFixtures.profiles(), "member", null,
                md, false));
        assertEquals(Playbook.Kind.BRIEF, r.brief().kind());
        String text = Files.readString(md);
        assertTrue(text.startsWith("> **" + Playbook.CONFIDENTIAL + "**"), text);
        Mc2Exception e = assertThrows(Mc2Exception.class, () -> brief.run(new BriefWorkflow.Request(Fixtures.library(),
                GpoFixtures.profiles(), "member", null, md, false)));
        assertEquals(ExitCode.USAGE, e.exitCode());
        brief.run(new BriefWorkflow.Request(Fixtures.library(), GpoFixtures.profiles(), "member", null, md, true));
    }

    @Test
    void wordBriefFromAShippedProfile(@TempDir Path dir) throws IOException {
        Path docx = dir.resolve("brief.docx");
        brief.run(new BriefWorkflow.Request(Fixtures.shippedClauses(), Fixtures.shippedProfiles(), "health-system-strict", null,
                docx, false));
        String text = DocxGoldenText.render(docx);
        assertTrue(text.contains("== header default ==\n[Header] " + Playbook.CONFIDENTIAL + "\n"), text);
        assertTrue(text.contains("Patch window, Critical Vulnerabilities |"), text);
        assertTrue(text.contains("[Normal] Our answer. "), text);
    }

    @Test
    void refusesToWriteOverTheProfileItReads(@TempDir Path dir) throws IOException {
        Path profile = Files.copy(GpoFixtures.profiles().resolve("gpo.yaml"), dir.resolve("gpo.yaml"));
        Mc2Exception e = assertThrows(Mc2Exception.class, () -> brief.run(new BriefWorkflow.Request(Fixtures.library(),
                GpoFixtures.profiles(), profile.toString(), "md", profile, true)));
        assertEquals(ExitCode.USAGE, e.exitCode());
        assertFalse(Files.readString(profile).contains("CONFIDENTIAL"));
    }
}
