package io.mc2.write.docx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mc2.model.Article;
import io.mc2.model.ClauseInstance;
import io.mc2.model.Contract;
import io.mc2.model.Inline;
import io.mc2.problem.ExitCode;
import io.mc2.problem.Mc2Exception;
import io.mc2.testing.DocxGoldenText;
import io.mc2.testing.Golden;
import io.mc2.write.SampleContracts;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import jakarta.xml.bind.JAXBElement;
import org.docx4j.docProps.custom.Properties;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.wml.CTBookmark;
import org.docx4j.wml.CTMarkupRange;
import org.docx4j.wml.ContentAccessor;
import org.docx4j.wml.Lvl;
import org.docx4j.wml.Numbering;
import org.docx4j.wml.P;
import org.docx4j.wml.R;
import org.docx4j.wml.SdtBlock;
import org.docx4j.wml.SdtPr;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DocxContractWriterTest {
    private static Contract sample;
    private static byte[] docx;
    private static WordprocessingMLPackage pkg;

    @BeforeAll
    static void writeSample() throws IOException {
        sample = SampleContracts.sample();
        docx = write(sample);
        pkg = DocxGoldenText.load(new ByteArrayInputStream(docx));
    }

    static byte[] write(Contract c) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DocxContractWriter().write(c, out);
        return out.toByteArray();
    }

    @Test
    void matchesGoldenText() throws IOException {
        Golden.assertMatches("write/sample.docx.txt", DocxGoldenText.render(docx));
    }

    @Test
    void sameContractGivesIdenticalBytes() throws Exception {
        byte[] again = write(SampleContracts.sample());
        assertArrayEquals(docx, again);
        assertEquals(sha256(docx), sha256(again));
        assertArrayEquals(write(SampleContracts.generated(20)), write(SampleContracts.generated(20)));
    }

    @Test
    void zipEntriesHaveFixedTimesAndStableOrder() throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipInputStream zin = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e; (e = zin.getNextEntry()) != null; ) {
                names.add(e.getName());
                assertEquals(LocalDateTime.of(1980, 1, 1, 12, 0), e.getTimeLocal(), e.getName());
                assertEquals(null, e.getExtra(), "no extended timestamps in " + e.getName());
            }
        }
        assertEquals(List.of("[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/_rels/document.xml.rels",
                "word/styles.xml", "word/numbering.xml", "word/settings.xml", "word/header.xml", "word/footer.xml",
                "docProps/core.xml", "docProps/app.xml", "docProps/custom.xml"), names);
    }

    @Test
    void numberingDefinitionHasFourLevels() {
        Numbering numbering = pkg.getMainDocumentPart().getNumberingDefinitionsPart().getJaxbElement();
        assertEquals(1, numbering.getAbstractNum().size());
        List<Lvl> levels = numbering.getAbstractNum().get(0).getLvl();
        assertEquals(4, levels.size());
        String[][] expected = {{"%1.", "decimal"}, {"%1.%2", "decimal"}, {"%1.%2.%3", "decimal"}, {"(%4)", "lowerLetter"}};
        for (int i = 0; i < 4; i++) {
            assertEquals(i, levels.get(i).getIlvl().intValue());
            assertEquals(expected[i][0], levels.get(i).getLvlText().getVal());
            assertEquals(expected[i][1], levels.get(i).getNumFmt().getVal().value());
        }
        assertEquals(1, numbering.getNum().size());
        assertEquals(numbering.getAbstractNum().get(0).getAbstractNumId(),
                numbering.getNum().get(0).getAbstractNumId().getVal());
    }

    @Test
    void everyNumberedParagraphReferencesTheList() {
        BigInteger listId = pkg.getMainDocumentPart().getNumberingDefinitionsPart().getJaxbElement().getNum().get(0).getNumId();
        Map<String, Integer> levelOfStyle = Map.of("Heading1", 0, "Heading2", 1, "mc2Subclause", 2, "mc2Item", 3);
        int numbered = 0;
        for (P p : paragraphs(pkg.getMainDocumentPart().getJaxbElement().getBody().getContent())) {
            String style = p.getPPr() == null || p.getPPr().getPStyle() == null ? "Normal" : p.getPPr().getPStyle().getVal();
            if (!levelOfStyle.containsKey(style)) {
                assertTrue(p.getPPr() == null || p.getPPr().getNumPr() == null, "unnumbered style " + style + " has numbering");
                continue;
            }
            assertNotNull(p.getPPr().getNumPr(), style + " paragraph without numbering");
            assertEquals(listId, p.getPPr().getNumPr().getNumId().getVal());
            assertEquals(levelOfStyle.get(style).intValue(), p.getPPr().getNumPr().getIlvl().getVal().intValue());
            numbered++;
        }
        long numberedBlocks = sample.clauses().stream().flatMap(c -> c.blocks().stream())
                .filter(b -> b.kind() != io.mc2.model.Block.Kind.BODY).count();
        // definitions article + articles + clauses + sub-clauses and items (26 in the sample)
        assertEquals(1 + sample.articles().size() + sample.clauses().size() + numberedBlocks, numbered);
    }

    @Test
    void numbersWordShowsEqualTheModelNumbers() throws IOException {
        List<String> expected = new ArrayList<>();
        expected.add("Heading1 1.");
        for (Article a : sample.articles()) {
            expected.add("Heading1 " + a.number() + ".");
            for (ClauseInstance c : a.clauses()) expected.add("Heading2 " + c.number());
        }
        List<String> shown = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^\\[(Heading[12])\\|\\d:([^\\]]+)]").matcher(DocxGoldenText.render(docx));
        while (m.find()) shown.add(m.group(1) + " " + m.group(2));
        assertEquals(expected, shown);
    }

    @Test
    void everyClauseHasItsThreeAnchors() {
        List<SdtBlock> sdts = new ArrayList<>();
        for (Object o : pkg.getMainDocumentPart().getJaxbElement().getBody().getContent()) {
            if (unwrap(o) instanceof SdtBlock sdt) sdts.add(sdt);
        }
        List<ClauseInstance> clauses = sample.clauses();
        assertEquals(clauses.size(), sdts.size());
        Map<String, String> props = customProperties();
        for (int i = 0; i < clauses.size(); i++) {
            ClauseInstance c = clauses.get(i);
            SdtBlock sdt = sdts.get(i);
            assertEquals(c.id(), sdt.getSdtPr().getTag().getVal());
            // a tag only, no title or id: with either, LibreOffice writes malformed XML when a tracked change deletes the heading
            assertEquals(null, alias(sdt.getSdtPr()), c.id());
            assertEquals(null, sdt.getSdtPr().getId(), c.id());
            List<P> paras = paragraphs(sdt.getSdtContent().getContent());
            assertEquals(c.blocks().size() + 1, paras.size(), "heading and body of " + c.id() + " inside the control");
            P heading = paras.get(0);
            assertEquals("Heading2", heading.getPPr().getPStyle().getVal());
            CTBookmark start = null;
            CTMarkupRange end = null;
            for (Object o : heading.getContent()) {
                Object v = unwrap(o);
                if (v instanceof CTBookmark b) start = b;
                else if (v instanceof CTMarkupRange r) end = r;
            }
            assertNotNull(start, "bookmark on heading of " + c.id());
            assertEquals(ClauseInstance.bookmarkName(c.id()), start.getName());
            assertNotNull(end, "bookmark of " + c.id() + " ends in its heading paragraph");
            assertEquals(start.getId(), end.getId());
            assertEquals(c.variant() + ";" + c.textHash() + ";" + c.number(), props.get("mc2.clause." + c.id()));
        }
        sample.provenance().forEach((k, v) -> assertEquals(v, props.get(k), k));
        assertEquals(clauses.size() + sample.provenance().size(), props.size());
    }

    @Test
    void crossReferencesPointAtHeadingBookmarks() throws IOException {
        String text = DocxGoldenText.render(docx);
        Set<String> bookmarks = new LinkedHashSet<>();
        Matcher bm = Pattern.compile("\\{bm:([^}]+)}").matcher(text);
        while (bm.find()) bookmarks.add(bm.group(1));
        Matcher ref = Pattern.compile("\\{REF (\\S+) \\\\w \\\\h=([^}]*)}").matcher(text);
        int refs = 0;
        while (ref.find()) {
            assertTrue(bookmarks.contains(ref.group(1)), "REF to missing bookmark " + ref.group(1));
            refs++;
        }
        long crossRefs = sample.clauses().stream().flatMap(c -> c.blocks().stream())
                .flatMap(b -> b.inlines().stream()).filter(i -> i instanceof Inline.CrossRef).count();
        assertEquals(crossRefs + sample.keyTerms().size(), refs, "clause cross-references plus key-term clause numbers");
    }

    @Test
    void specialCharactersComeOutLiterally() throws IOException {
        assertTrue(DocxGoldenText.render(docx).contains(SampleContracts.TRICKY_VALUE));
        String xml = entry("word/document.xml");
        assertTrue(xml.contains("Acme $foo #set &lt;b&gt;&amp;"), "escaped once in document.xml");
    }

    @Test
    void valuesCarryTheValueCharacterStyle() {
        int valueRuns = 0;
        for (P p : paragraphs(pkg.getMainDocumentPart().getJaxbElement().getBody().getContent())) {
            for (Object o : p.getContent()) {
                if (unwrap(o) instanceof R r && r.getRPr() != null && r.getRPr().getRStyle() != null
                        && "mc2Value".equals(r.getRPr().getRStyle().getVal())) {
                    valueRuns++;
                }
            }
        }
        long values = sample.clauses().stream().flatMap(c -> c.blocks().stream())
                .flatMap(b -> b.inlines().stream()).filter(i -> i instanceof Inline.Value).count();
        assertEquals(values + sample.keyTerms().size(), valueRuns);
    }

    @Test
    void settingsAndCorePropertiesAreFixed() throws IOException {
        // no prompt to update fields when Word opens the draft
        assertEquals(null, pkg.getMainDocumentPart().getDocumentSettingsPart().getJaxbElement().getUpdateFields());
        String core = entry("docProps/core.xml");
        assertTrue(core.contains(">2026-11-15T00:00:00Z</dcterms:created>"), core);
        assertTrue(core.contains(">2026-11-15T00:00:00Z</dcterms:modified>"), core);
        assertTrue(core.contains("<dc:creator>mc2</dc:creator>"), core);
        assertTrue(core.contains("<dc:title>Medical Device Cybersecurity Exhibit</dc:title>"), core);
        assertTrue(!entry("word/document.xml").contains("docx4j"), "no generator comment naming the machine");
    }

    @Test
    void numberingTheListCannotShowIsAnInternalError() {
        Contract c = SampleContracts.sample();
        List<Article> skipped = new ArrayList<>(c.articles());
        Article first = skipped.get(0);
        skipped.set(0, new Article(7, first.topic(), first.title(), first.clauses()));
        Contract broken = new Contract(c.meta(), c.keyTerms(), c.definitions(), 1, skipped, c.provenance());
        Mc2Exception e = assertThrows(Mc2Exception.class, () -> write(broken));
        assertEquals(ExitCode.INTERNAL, e.exitCode());
        assertTrue(e.getMessage().contains("expected 2"), e.getMessage());
    }

    private static String entry(String name) throws IOException {
        try (ZipInputStream zin = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e; (e = zin.getNextEntry()) != null; ) {
                if (e.getName().equals(name)) return new String(zin.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError("no entry " + name);
    }

    private static Map<String, String> customProperties() {
        Map<String, String> props = new java.util.LinkedHashMap<>();
        for (Properties.Property p : pkg.getDocPropsCustomPart().getJaxbElement().getProperty()) {
            props.put(p.getName(), p.getLpwstr());
        }
        return props;
    }

    private static String alias(SdtPr pr) {
        for (Object o : pr.getRPrOrAliasOrLock()) {
            if (unwrap(o) instanceof SdtPr.Alias a) return a.getVal();
        }
        return null;
    }

    /** Body paragraphs in order, including those inside block content controls and table cells. */
    private static List<P> paragraphs(List<Object> content) {
        List<P> out = new ArrayList<>();
        for (Object o : content) {
            Object v = unwrap(o);
            if (v instanceof P p) out.add(p);
            else if (v instanceof SdtBlock sdt) out.addAll(paragraphs(sdt.getSdtContent().getContent()));
            else if (v instanceof ContentAccessor ca) out.addAll(paragraphs(ca.getContent()));
        }
        return out;
    }

    private static Object unwrap(Object o) {
        return o instanceof JAXBElement<?> je ? je.getValue() : o;
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
