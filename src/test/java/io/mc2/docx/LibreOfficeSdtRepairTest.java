package io.mc2.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mc2.problem.ExitCode;
import io.mc2.problem.Mc2Exception;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The one LibreOffice 7.4 malformation mended exactly, on hand-built parts and on the real returns
 * (src/test/resources/redline/lo-damaged); every near miss left alone, to be refused as before.
 */
class LibreOfficeSdtRepairTest {

    static final Path DAMAGED = Path.of("src/test/resources/redline/lo-damaged");
    static final String DEL = "<w:del w:id=\"0\" w:author=\"S\" w:date=\"2026-12-02T10:00:00Z\">";
    static final String DEL2 = "<w:del w:id=\"1\" w:author=\"S\" w:date=\"2026-12-02T10:00:00Z\">";
    static final String SDT = "<w:sdt><w:sdtPr><w:id w:val=\"7\"/><w:alias w:val=\"Subcontractors\"/></w:sdtPr><w:sdtContent>";
    static final String HEADING = "<w:bookmarkStart w:id=\"6\" w:name=\"mc2_subcontractors\"/><w:bookmarkEnd w:id=\"6\"/>"
            + "<w:r><w:delText>Subcontractors</w:delText></w:r>";
    /** As Writer writes a tracked deletion of a heading inside a titled content control. */
    static final String BROKEN = DEL + SDT + "</w:del>" + DEL2 + HEADING + "</w:del></w:sdtContent></w:sdt>";
    static final String MENDED = SDT + DEL2 + HEADING + "</w:del></w:sdtContent></w:sdt>";

    static String part(String paragraphContent) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                + "<w:p><w:r><w:t>Before</w:t></w:r></w:p><w:p><w:pPr><w:pStyle w:val=\"Heading2\"/></w:pPr>"
                + paragraphContent + "</w:p><w:p><w:r><w:t>After</w:t></w:r></w:p><w:sectPr/></w:body></w:document>";
    }

    static LibreOfficeSdtRepair.Repaired repair(String xml) {
        return LibreOfficeSdtRepair.repair("f.docx", "word/document.xml", xml.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theControlsStartTagsTakeThePlaceOfTheEmptyChange() {
        LibreOfficeSdtRepair.Repaired r = repair(part(BROKEN));
        assertNotNull(r);
        assertEquals(part(MENDED), new String(r.data(), StandardCharsets.UTF_8));
        assertEquals("line 2: malformed XML in word/document.xml repaired: LibreOffice left a content control open across "
                + "tracked changes (w:del); read as LibreOffice showed it", r.warning());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ins", "moveFrom", "moveTo"})
    void insertionsAndMovesAlike(String change) {
        String broken = BROKEN.replace("w:del", "w:" + change).replace("delText", "t");
        String mended = MENDED.replace("w:del", "w:" + change).replace("delText", "t");
        LibreOfficeSdtRepair.Repaired r = repair(part(broken + broken));
        assertNotNull(r);
        assertEquals(part(mended + mended), new String(r.data(), StandardCharsets.UTF_8));
        assertTrue(r.warning().contains("2 content controls open across tracked changes (w:" + change + ")"), r.warning());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        // a well-formed part is never touched, even with the pattern's text in a comment
        "<!-- " + "<w:del><w:sdt><w:sdtPr/><w:sdtContent></w:del> -->",
        // the control opened in one kind of change and the next change of another kind
        DEL + SDT + "</w:del><w:ins w:id=\"1\">" + "<w:r><w:t>x</w:t></w:r></w:ins></w:sdtContent></w:sdt>",
        // the change around the control closes with something in it besides the control's start tags
        DEL + "<w:r><w:delText>x</w:delText></w:r>" + SDT + "</w:del>" + DEL2 + HEADING + "</w:del></w:sdtContent></w:sdt>",
        // no next change: the heading's text stands bare in the control
        DEL + SDT + "</w:del>" + HEADING + "</w:sdtContent></w:sdt>",
        // the heading's change closes, then something else before the control's end tags
        DEL + SDT + "</w:del>" + DEL2 + HEADING + "</w:del><w:r/></w:sdtContent></w:sdt>",
        // the control's end tags missing (a truncation, not Writer's pattern)
        DEL + SDT + "</w:del>" + DEL2 + HEADING + "</w:del>",
        // a change that is an empty element cannot hold the control
        "<w:del w:id=\"0\"/>" + SDT + "</w:del>" + DEL2 + HEADING + "</w:del></w:sdtContent></w:sdt>",
        // Writer's pattern, and a stray end tag elsewhere in the part: the mended part still does not parse
        BROKEN + "</w:r>",
        // a control nested in the control's properties
        DEL + "<w:sdt><w:sdtPr><w:sdt><w:sdtPr/></w:sdtPr><w:sdtContent></w:del>" + DEL2 + HEADING
            + "</w:del></w:sdtContent></w:sdt>"})
    void everythingElseIsLeftAlone(String content) {
        assertNull(repair(part(content)));
    }

    @Test
    void aDtdIsStillRefusedNotRepaired() {
        String xml = part(BROKEN).replace("\n<w:document", "\n<!DOCTYPE w:document [<!ENTITY e \"e\">]><w:document");
        Mc2Exception e = assertThrows(Mc2Exception.class, () -> repair(xml));
        assertEquals(ExitCode.UNSAFE_DOCUMENT, e.exitCode());
        assertTrue(e.getMessage().contains("declares a DTD"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"delete-subcontractors", "delete-third-party-components", "move-subcontractors"})
    void theRealReturnsAreMendedAtTheirDamageOnly(String name) {
        DocxPackage pkg = DocxPackage.open(DAMAGED.resolve(name + ".docx"));
        assertEquals(1, pkg.repairs().size(), pkg.repairs().toString());
        assertTrue(pkg.repairs().get(0).startsWith(DAMAGED.resolve(name + ".docx") + ": line 2: malformed XML in "
                + "word/document.xml repaired: LibreOffice left "), pkg.repairs().get(0));
        String mended = new String(pkg.read(pkg.mainPart()), StandardCharsets.UTF_8);
        // nothing of the damage left, nothing else changed: the same XML with the empty changes taken out
        assertEquals(-1, mended.indexOf("<w:sdtContent></w:"));
        SafeXml.dom("m", "word/document.xml", mended.getBytes(StandardCharsets.UTF_8));
        String stored = stored(name);
        assertEquals(stored.replaceAll("<w:(del|ins|moveFrom|moveTo) [^<>]*>(<w:sdt><w:sdtPr>(?:(?!</w:sdtPr>).)*"
                + "</w:sdtPr><w:sdtContent>)</w:\\1>", "$2"), mended);
    }

    /** Linear in the part: many marks that lead nowhere, and many damages mended, each well within the time. */
    @Test
    void boundedOnAHostilePart() {
        String decoys = "</w:sdtPr><w:sdtContent></w:del>".repeat(200_000);
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertNull(repair(part(decoys))));
        String damages = BROKEN.repeat(20_000);
        LibreOfficeSdtRepair.Repaired r = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> repair(part(damages)));
        assertNotNull(r);
        assertEquals(part(MENDED.repeat(20_000)), new String(r.data(), StandardCharsets.UTF_8));
        assertTrue(r.warning().contains("20000 content controls"), r.warning());
    }

    @Test
    void aReturnOfTodaysDraftNeedsNoRepair() {
        DocxPackage pkg = DocxPackage.open(Path.of("src/test/resources/gap/libreoffice-clause-edits/lo-moved-clause.docx"));
        assertEquals(java.util.List.of(), pkg.repairs());
    }

    /** The main part as the file stores it, unzipped without DocxPackage. */
    private static String stored(String name) {
        try (var zip = new java.util.zip.ZipFile(DAMAGED.resolve(name + ".docx").toFile())) {
            return new String(zip.getInputStream(zip.getEntry("word/document.xml")).readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
