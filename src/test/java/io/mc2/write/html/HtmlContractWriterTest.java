package io.mc2.write.html;

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

class HtmlContractWriterTest {
    private final Contract sample = SampleContracts.sample();

    private String write(Contract c) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new HtmlContractWriter().write(c, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void matchesGolden() throws IOException {
        Golden.assertMatches("write/sample.html", write(sample));
    }

    @Test
    void isSelfContained() throws IOException {
        String html = write(sample);
        for (String external : new String[] {"http:", "https:", "src=", "<script", "<link", "@import", "url("}) {
            assertFalse(html.contains(external), "external reference: " + external);
        }
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.contains("<style>"));
    }

    @Test
    void everyLinkTargetsAnElementId() throws IOException {
        String html = write(sample);
        Set<String> ids = new HashSet<>();
        Matcher id = Pattern.compile(" id=\"([^\"]+)\"").matcher(html);
        while (id.find()) assertTrue(ids.add(id.group(1)), "duplicate id " + id.group(1));
        for (var c : sample.clauses()) assertTrue(ids.contains(c.id()), "section for " + c.id());
        Matcher href = Pattern.compile("href=\"#([^\"]+)\"").matcher(html);
        while (href.find()) assertTrue(ids.contains(href.group(1)), "link to missing id " + href.group(1));
    }

    @Test
    void specialCharactersAreEscaped() throws IOException {
        String html = write(sample);
        assertTrue(html.contains("Acme $foo #set &lt;b&gt;&amp; &quot;Gateway&quot;"));
        assertFalse(html.contains("<b>"), "contract text never becomes markup");
        assertEquals("&lt;a href=&#39;x&#39;&gt;&amp;amp;", HtmlContractWriter.escape("<a href='x'>&amp;"));
    }

    @Test
    void numbersMatchTheModel() throws IOException {
        String html = write(sample);
        assertTrue(html.contains("<h2><span class=\"num\">3.</span> Security Patching</h2>"));
        assertTrue(html.contains("<h3><span class=\"num\">3.1</span> Critical Security Patches</h3>"));
        assertTrue(html.contains("<p class=\"subclause\"><span class=\"num\">3.1.2</span> Until"));
        assertTrue(html.contains("<p class=\"item under-subclause\"><span class=\"num\">(a)</span> provide"));
    }
}
