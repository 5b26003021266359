package io.mc2.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mc2.testing.DocxCopies;
import io.mc2.testing.Mc2Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Markup that one tool reads one way and another tool another (two bodies, a content control with
 * two contents) is refused by every command with exit 4; markup that is merely odd (a comment range
 * without an id, two fallbacks in an alternate content) is read, never an internal error.
 */
class AmbiguousStructureTest {

    static final Path SENT = Path.of("src/test/resources/gap/sent-gpo.docx");

    @TempDir
    Path tmp;

    static String insertBeforeSection(String xml, String extra) {
        int at = xml.lastIndexOf("<w:sectPr");
        return xml.substring(0, at) + extra + xml.substring(at);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "two bodies         | BODY  | 4 | holds two w:body elements",
        "two sdtContent     | <w:sdt><w:sdtPr/><w:sdtContent><w:p><w:r><w:t>a</w:t></w:r></w:p></w:sdtContent><w:sdtContent><w:p><w:r><w:t>b</w:t></w:r></w:p></w:sdtContent></w:sdt> | 4 | holds a content control with two w:sdtContent elements",
        "range without id   | <w:p><w:commentRangeStart/><w:r><w:t>x</w:t></w:r><w:commentRangeEnd/></w:p> | 0 | ",
        "two fallbacks      | <w:p><w:r><mc:AlternateContent xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\"><mc:Choice Requires=\"w14\"><w:t>a</w:t></mc:Choice><mc:Fallback><w:t>b</w:t></mc:Fallback><mc:Fallback><w:t>c</w:t></mc:Fallback></mc:AlternateContent></w:r></w:p> | 0 | "})
    void everyCommandAnswersInOneLine(String what, String extra, int exit, String fragment) throws Exception {
        Path doc = tmp.resolve("odd.docx");
        DocxCopies.withPart(SENT, doc, "word/document.xml", xml -> extra.equals("BODY")
                ? xml.replace("</w:body>", "</w:body><w:body><w:p><w:r><w:t>second body</w:t></w:r></w:p></w:body>")
                : insertBeforeSection(xml, extra));
        for (List<String> args : List.of(List.of("text", doc.toString()), List.of("gap", doc.toString()),
                List.of("compare", SENT.toString(), doc.toString(), "-o", tmp.resolve("c.docx").toString(), "--force"),
                List.of("respond", doc.toString(), "-o", tmp.resolve("r.docx").toString(), "--force"))) {
            Mc2Run r = Mc2Run.of(args.toArray());
            assertFalse(r.err().contains("internal error"), what + " / " + args.get(0) + ": " + r.err());
            if (fragment == null) {
                assertTrue(r.exit() == 0 || r.exit() == 1, what + " / " + args.get(0) + ": " + r);
            } else {
                assertEquals(exit, r.exit(), what + " / " + args.get(0) + ": " + r);
                assertEquals(List.of("mc2: " + doc + ": word/document.xml " + fragment
                        + "; refusing a document that reads differently to different tools"), r.errLines());
            }
        }
        assertTrue(Files.exists(doc));
    }
}
