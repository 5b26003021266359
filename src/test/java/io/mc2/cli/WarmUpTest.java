package io.mc2.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which command lines start docx4j's JAXB context early: those that save a docx4j package (not drafts). */
class WarmUpTest {

    @Test
    void commandsThatSaveWordStartDocx4jEarly() {
        assertTrue(Main.writesWord("brief", "--profile", "gpo-standard"));
        assertTrue(Main.writesWord("gap", "s.docx", "-o", "report.docx"));
        assertTrue(Main.writesWord("gap", "s.docx", "--format=docx", "-o", "r"));
        assertTrue(Main.writesWord("profile", "publish", "gpo-standard", "-o", "dir"));
    }

    @Test
    void commandsThatOnlyReadOrWriteTextDoNot() {
        assertFalse(Main.writesWord());
        assertFalse(Main.writesWord("draft"), "a draft is written without docx4j's JAXB contexts");
        assertFalse(Main.writesWord("draft", "--profile", "x", "-o", "a.docx"));
        assertFalse(Main.writesWord("draft", "--format", "md", "-o", "d.md"));
        assertFalse(Main.writesWord("draft", "-o", "draft.html"));
        assertFalse(Main.writesWord("gap", "supplier.docx"));
        assertFalse(Main.writesWord("gap", "supplier.docx", "-o", "report.html"));
        assertFalse(Main.writesWord("gap", "--batch", "dir", "-o", "out.docx"));
        assertFalse(Main.writesWord("respond", "supplier.docx", "-o", "counter.docx"));
        assertFalse(Main.writesWord("compare", "a.docx", "b.docx", "-o", "c.docx"));
        assertFalse(Main.writesWord("profile", "show", "gpo-standard"));
        assertFalse(Main.writesWord("text", "a.docx"));
    }
}
