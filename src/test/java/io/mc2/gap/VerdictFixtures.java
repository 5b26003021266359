package io.mc2.gap;

import io.mc2.testing.DocxCopies;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Makes the supplier returns in {@code src/test/resources/gap/verdicts/} by editing the XML of our
 * gpo-standard draft ({@code src/test/resources/gap/sent-gpo.docx}) the way Word marks tracked
 * changes. The outputs are committed; tests check they are still what this class makes. Run:
 * {@code java -cp target/test-classes:target/classes:$(cat cp.txt) io.mc2.gap.VerdictFixtures}
 */
public final class VerdictFixtures {
    static final Path SENT = Path.of("src/test/resources/gap/sent-gpo.docx");
    static final Path DIR = Path.of("src/test/resources/gap/verdicts");
    static final String COST_STRUCK = "cost-struck.docx";
    private static final String BY = "w:author=\"Supplier Counsel\" w:date=\"2026-02-03T10:00:00Z\"";

    private VerdictFixtures() {
    }

    public static void main(String[] args) throws IOException {
        DocxCopies.withPart(SENT, DIR.resolve(COST_STRUCK), "word/document.xml", VerdictFixtures::costStruck);
    }

    /**
     * Strikes the no-charge wording of patch-validation and os-support-margin, each replaced by the
     * supplier's prices, as tracked changes: wording that matches none of the clauses' variants.
     */
    static String costStruck(String xml) {
        xml = replaceOnce(xml, "Security Patches are provided at no additional charge.</w:t></w:r>",
                "Security Patches are provided </w:t></w:r>" + del(9001, "at no additional charge")
                        + ins(9002, "at Manufacturer\u2019s then-current rates") + "<w:r><w:t>.</w:t></w:r>");
        return replaceOnce(xml, "including any hardware it needs, at no charge to Customer. Until",
                "including any hardware it needs, </w:t></w:r>" + del(9003, "at no charge to Customer")
                        + ins(9004, "at Manufacturer\u2019s then-current prices") + "<w:r><w:t xml:space=\"preserve\">. Until");
    }

    static String del(int id, String text) {
        return "<w:del w:id=\"" + id + "\" " + BY + "><w:r><w:delText xml:space=\"preserve\">" + text + "</w:delText></w:r></w:del>";
    }

    static String ins(int id, String text) {
        return "<w:ins w:id=\"" + id + "\" " + BY + "><w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:ins>";
    }

    /** Replaces the one occurrence of {@code what}; the draft changing under a fixture must fail loudly. */
    static String replaceOnce(String xml, String what, String with) {
        int i = xml.indexOf(what);
        if (i < 0 || xml.indexOf(what, i + 1) >= 0) throw new IllegalStateException("not exactly once in the draft: " + what);
        return xml.substring(0, i) + with + xml.substring(i + what.length());
    }
}
