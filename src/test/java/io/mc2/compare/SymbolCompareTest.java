package io.mc2.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mc2.docx.ReadLimits;
import io.mc2.docx.SymbolCharacter;
import io.mc2.redline.RedlineDocument;
import io.mc2.redline.RedlineReader;
import io.mc2.redline.View;
import io.mc2.write.SampleContracts;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Symbols (w:sym) read and compare as characters: one arrow replaced by another is a change, not two arrows. */
class SymbolCompareTest {
    @TempDir
    Path dir;

    @Test
    void symbolFontGlyphsAreTheirUnicodeCharactersAndOtherFontsKeepTheirOwnCode() {
        assertEquals("\u2192", SymbolCharacter.of("Symbol", "F0AE"), "Symbol's right arrow");
        assertEquals("\u03B1", SymbolCharacter.of("Symbol", "0061"), "Symbol's alpha");
        assertEquals("\u2264", SymbolCharacter.of("symbol", "F0A3"));
        assertEquals("\uF0E0", SymbolCharacter.of("Wingdings", "F0E0"), "an unknown font's glyph stays a character of its own");
        assertEquals("\u00A7", SymbolCharacter.of("Times New Roman", "00A7"));
        assertEquals("", SymbolCharacter.of("Symbol", "zz"));
        assertEquals("", SymbolCharacter.of("Symbol", "0007"));
        assertEquals("", SymbolCharacter.of("Symbol", "D800"));
    }

    /** The draft with a Wingdings symbol appended to the paragraph that mentions {@code anchor}. */
    private static byte[] withSymbol(byte[] docx, String hex) {
        WordPackage pkg = WordPackage.read(docx, "A", ReadLimits.defaults());
        Document doc = pkg.parse(pkg.mainPart());
        Element p = BodyBlocks.paragraphs(doc).stream().filter(x -> Mutations.text(x).contains("Manufacturer shall")).findFirst().orElseThrow();
        Element r = doc.createElementNS(WordXml.W, "w:r");
        Element sym = doc.createElementNS(WordXml.W, "w:sym");
        sym.setAttributeNS(WordXml.W, "w:font", "Wingdings");
        sym.setAttributeNS(WordXml.W, "w:char", hex);
        r.appendChild(sym);
        p.appendChild(r);
        pkg.put(pkg.mainPart(), doc);
        return pkg.toBytes();
    }

    @Test
    void anArrowReplacedByAnotherIsADeletionAndAnInsertion() throws Exception {
        byte[] draft = Mutations.draft(SampleContracts.sample());
        byte[] a = withSymbol(draft, "F0E0");
        byte[] b = withSymbol(draft, "F0E8");
        CompareResult r = DocxComparer.compare(a, b, CompareOptions.defaults());
        assertEquals(List.of("deletion", "insertion"), r.changes().stream().map(CompareChange::type).sorted().toList());
        CompareRoundTripTest.RoundTrip rt = CompareRoundTripTest.RoundTrip.run(dir, "sym", a, b, CompareOptions.defaults());
        assertEquals(rt.b().paragraphs(View.ACCEPTED), rt.out().paragraphs(View.ACCEPTED));
        assertEquals(rt.a().paragraphs(View.ACCEPTED), rt.out().paragraphs(View.ORIGINAL));
        RedlineDocument read = rt.out();
        assertTrue(read.text(View.ACCEPTED).contains("\uF0E8") && !read.text(View.ACCEPTED).contains("\uF0E0"), "B's arrow only");
    }
}
