package io.mc2.docx;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The look at a part's bytes that decides whether compare searches it for pictures or equations. */
class PartBytesTest {

    private static boolean element(String xml, String local) {
        return PartBytes.containsElement(xml.getBytes(StandardCharsets.UTF_8), local);
    }

    @Test
    void anElementIsFoundWithAnyPrefixOrNone() {
        assertTrue(element("<w:r><a:blip r:embed=\"rId4\"/></w:r>", "blip"));
        assertTrue(element("<blip/>", "blip"));
        assertTrue(element("<v:imagedata\n r:id=\"rId5\"></v:imagedata>", "imagedata"));
        assertTrue(element("<m:oMathPara><m:oMath><m:r/></m:oMath></m:oMathPara>", "oMath"));
        assertTrue(element("<wps:txbx><w:txbxContent><w:p/></w:txbxContent></wps:txbx>", "txbxContent"));
    }

    @Test
    void theWordInTextOrInALongerNameIsNotAnElement() {
        // a supplier's text may hold the word: a hostile paragraph must not make compare search every unit
        assertFalse(element("<w:t>blip blipblip ablip</w:t>", "blip"));
        assertFalse(element("<w:t>imagedata</w:t>", "imagedata"));
        assertFalse(element("<a:blipFill/>", "blip"));
        assertFalse(element("<m:oMathPara/>", "oMath"));
        assertFalse(element("blip", "blip"));
        assertFalse(PartBytes.containsElement(null, "blip"));
    }
}
