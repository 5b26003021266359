package io.mc2.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Slicing a part's text into its outermost paragraphs, as the verbatim writer needs it. */
class VerbatimParagraphsTest {

    private static List<String> sliced(String xml) {
        return VerbatimParagraphs.sources(xml).stream().map(at -> xml.substring(at[0], at[1])).toList();
    }

    @Test
    void outermostParagraphsOnlyWithEmptyOnesAndLookalikeNames() {
        String xml = "<w:body><w:p/><w:p w:rsidR=\"00A1\"><w:pPr><w:pStyle w:val=\"x\"/></w:pPr><w:r><w:t>a</w:t></w:r></w:p>"
                + "<w:tbl><w:tr><w:tc><w:p><w:r><w:pict><w:txbxContent><w:p><w:r><w:t>box</w:t></w:r></w:p></w:txbxContent>"
                + "</w:pict></w:r></w:p></w:tc></w:tr></w:tbl><w:pPrDefault/></w:body>";
        assertEquals(List.of("<w:p/>", "<w:p w:rsidR=\"00A1\"><w:pPr><w:pStyle w:val=\"x\"/></w:pPr><w:r><w:t>a</w:t></w:r></w:p>",
                "<w:p><w:r><w:pict><w:txbxContent><w:p><w:r><w:t>box</w:t></w:r></w:p></w:txbxContent></w:pict></w:r></w:p>"), sliced(xml));
    }

    @Test
    void unbalancedTextSlicesNothing() {
        assertEquals(List.of(), sliced("<w:body><w:p><w:r/></w:body>"));
        assertEquals(List.of(), sliced("<w:body></w:p><w:p></w:p></w:body>"));
    }

    @Test
    void manyParagraphsAreSlicedInOnePass() {
        String xml = "<w:body>" + "<w:p/>".repeat(200_000) + "<w:p><w:r/></w:p></w:body>";
        assertEquals(200_001, VerbatimParagraphs.sources(xml).size());
    }
}
