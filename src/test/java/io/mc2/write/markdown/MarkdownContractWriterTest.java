package io.mc2.write.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mc2.model.Contract;
import io.mc2.testing.Golden;
import io.mc2.write.SampleContracts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MarkdownContractWriterTest {
    private final Contract sample = SampleContracts.sample();

    private String write(Contract c) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new MarkdownContractWriter().write(c, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void matchesGolden() throws IOException {
        Golden.assertMatches("write/sample.md", write(sample));
    }

    @Test
    void headingsCarryTheModelNumbers() throws IOException {
        String md = write(sample);
        assertTrue(md.contains("\n## <a id=\"article-1\"></a>1. Definitions\n"), md);
        assertTrue(md.contains("\n## <a id=\"article-3\"></a>3. Security Patching\n"));
        assertTrue(md.contains("\n### <a id=\"patch-critical\"></a>3.1 Critical Security Patches\n"));
        assertTrue(md.contains("\n3.1.2 Until the Security Patch is released"));
        assertTrue(md.contains("\n(b) support Customer in applying them as described in Clause [3.3](#patch-compensating)."));
    }

    @Test
    void everyLinkTargetsAnAnchor() throws IOException {
        String md = write(sample);
        Set<String> anchors = new HashSet<>();
        Matcher a = Pattern.compile("<a id=\"([^\"]+)\"></a>").matcher(md);
        while (a.find()) assertTrue(anchors.add(a.group(1)), "duplicate anchor " + a.group(1));
        Matcher link = Pattern.compile("\\]\\(#([^)]+)\\)").matcher(md);
        int links = 0;
        while (link.find()) {
            assertTrue(anchors.contains(link.group(1)), "link to missing anchor " + link.group(1));
            links++;
        }
        assertTrue(links > sample.keyTerms().size(), "key terms, contents and cross-references link");
    }

    @Test
    void specialCharactersAreEscaped() throws IOException {
        String md = write(sample);
        assertTrue(md.contains("Acme \\$foo \\#set &lt;b&gt;&amp; \"Gateway\""), "escaped value");
        assertFalse(md.contains("<b>"), "no raw HTML from contract values");
        assertEquals("a\\|b \\*c\\* \\_d\\_ \\[e\\] \\`f\\` x y", MarkdownContractWriter.escape("a|b *c* _d_ [e] `f` x\ny"));
    }
}
