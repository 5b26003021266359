package io.mc2.paper;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How a paper's blocks become clauses: each structure a supplier uses, one at a time. */
class ClauseSegmenterTest {

    private static PaperBlock p(String text) {
        return PaperBlock.paragraph(text, null, false);
    }

    private static List<String> labels(List<SupplierClause> clauses) {
        return clauses.stream().map(SupplierClause::label).toList();
    }

    @Test
    void typedNumbersOpenClausesAndAnArticleHeadingGivesItsSubClausesContext() {
        List<SupplierClause> c = ClauseSegmenter.segment(List.of(p("SECURITY ADDENDUM"), p("This addendum is made between us."),
                p("5. Security Updates"), p("5.1 Critical Vulnerabilities"), p("Supplier shall patch within 30 days."),
                p("5.2 High Vulnerabilities"), p("Supplier shall patch within 60 days."), p("A second paragraph of 5.2.")));
        assertEquals(List.of("5.1", "5.2"), labels(c));
        assertEquals("Security Updates", c.get(0).context());
        assertEquals("Critical Vulnerabilities", c.get(0).title());
        assertEquals(List.of("Supplier shall patch within 60 days.", "A second paragraph of 5.2."), c.get(1).sentences());
    }

    @Test
    void wordNumberingAndHeadingStylesCountLikeTypedNumbers() {
        List<SupplierClause> c = ClauseSegmenter.segment(List.of(PaperBlock.paragraph("Remote Access", "3.", true),
                p("Vendor shall approve each session. Sessions end after 8 hours."),
                PaperBlock.paragraph("Insurance", null, true), p("Vendor shall carry USD 5,000,000 of cover.")));
        assertEquals(List.of("3", "\u201cInsurance\u201d"), labels(c));
        assertEquals(List.of("Vendor shall approve each session.", "Sessions end after 8 hours."), c.get(0).sentences());
    }

    @Test
    void aRunInHeadingOpensAClauseButATitleWithAFullStopDoesNot() {
        List<SupplierClause> c = ClauseSegmenter.segment(List.of(p("ACME, INC. SECURITY TERMS"),
                p("Security Patches. Vendor shall release patches within 45 days."),
                p("Governing Law. These terms are governed by the law of Delaware.")));
        assertEquals(List.of("\u201cSecurity Patches\u201d", "\u201cGoverning Law\u201d"), labels(c));
    }

    @Test
    void eachRowOfATableOfCommitmentsIsAClauseAndItsHeaderRowIsNot() {
        List<SupplierClause> c = ClauseSegmenter.segment(List.of(
                new PaperBlock("No.", null, false, 1, 0, 0), new PaperBlock("Commitment", null, false, 1, 0, 1),
                new PaperBlock("Undertaking", null, false, 1, 0, 2),
                new PaperBlock("1", null, false, 1, 1, 0), new PaperBlock("Security updates", null, false, 1, 1, 1),
                new PaperBlock("Company shall patch critical issues within 30 days.", null, false, 1, 1, 2),
                new PaperBlock("2", null, false, 1, 2, 0), new PaperBlock("Training", null, false, 1, 2, 1),
                new PaperBlock("Company shall train two administrators.", null, false, 1, 2, 2)));
        assertEquals(List.of("1", "2"), labels(c));
        assertEquals("Security updates", c.get(0).title());
        assertEquals("Company shall train two administrators.", c.get(1).text());
    }

    @Test
    void lettersAreItemsOfTheirClauseNotClauses() {
        List<SupplierClause> c = ClauseSegmenter.segment(List.of(p("4. SBOM"), p("Supplier shall deliver an SBOM that:"),
                PaperBlock.paragraph("lists every component; and", "(a)", false), PaperBlock.paragraph("states its support date.", "(b)", false)));
        assertEquals(List.of("4"), labels(c));
        assertEquals(3, c.get(0).sentences().size());
    }
}
