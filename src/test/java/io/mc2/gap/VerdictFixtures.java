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
    /** patch-validation moved after incident-support as Word writes a tracked move ({@code w:moveFrom} / {@code w:moveTo}). */
    static final String MOVED = "clause-moved.docx";
    /**
     * The same move written as a deletion and an insertion ({@code w:del} / {@code w:ins}), as some
     * engines do, the inserted copy saying twenty days where we sent ten.
     */
    static final String MOVED_AS_INSERTION = "clause-moved-as-insertion.docx";
    private static final String BY = "w:author=\"Supplier Counsel\" w:date=\"2026-02-03T10:00:00Z\"";

    private VerdictFixtures() {
    }

    public static void main(String[] args) throws IOException {
        DocxCopies.withPart(SENT, DIR.resolve(COST_STRUCK), "word/document.xml", VerdictFixtures::costStruck);
        DocxCopies.withPart(SENT, DIR.resolve(MOVED), "word/document.xml", xml -> clauseMoved(xml, true));
        DocxCopies.withPart(SENT, DIR.resolve(MOVED_AS_INSERTION), "word/document.xml", xml -> clauseMoved(xml, false));
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

    /**
     * Moves patch-validation (heading and body) to after incident-support, the way Word records a
     * drag of the clause's paragraphs: at the old place they stay, every run and paragraph mark
     * marked moved-from (or deleted), and the content control around them is gone; at the new place,
     * between two clauses' content controls, they are marked moved-to (or inserted), our heading
     * bookmark {@code mc2_patch_validation} travelling with the heading. Written as w:del / w:ins, the
     * new copy also puts the installation period at twenty days.
     */
    static String clauseMoved(String xml, boolean asMove) {
        String open = "<w:sdt><w:sdtPr><w:alias w:val=\"Validation, Documentation and Installation of Security Patches\"/>"
                + "<w:tag w:val=\"patch-validation\"/><w:id w:val=\"1835204627\"/></w:sdtPr><w:sdtContent>";
        int start = xml.indexOf(open);
        int end = xml.indexOf("</w:sdtContent></w:sdt>", start);
        if (start < 0 || end < 0) throw new IllegalStateException("patch-validation's content control is not in the draft");
        String paragraphs = xml.substring(start + open.length(), end);
        String bookmark = "<w:bookmarkStart w:name=\"mc2_patch_validation\" w:id=\"24\"/><w:bookmarkEnd w:id=\"24\"/>";
        String from = marked(replaceOnce(paragraphs, bookmark, ""), asMove ? "moveFrom" : "del", 9100);
        String to = asMove ? marked(paragraphs, "moveTo", 9300)
                : marked(replaceOnce(paragraphs, "ten (10) days", "twenty (20) days"), "ins", 9300);
        if (asMove) {
            from = "<w:moveFromRangeStart w:id=\"9098\" " + BY + " w:name=\"move1\"/>" + from + "<w:moveFromRangeEnd w:id=\"9098\"/>";
            to = "<w:moveToRangeStart w:id=\"9099\" " + BY + " w:name=\"move1\"/>" + to + "<w:moveToRangeEnd w:id=\"9099\"/>";
        }
        xml = xml.substring(0, start) + from + xml.substring(end + "</w:sdtContent></w:sdt>".length());
        String afterIncident = "Manufacturer shall bear its own costs of this cooperation.</w:t></w:r></w:p></w:sdtContent></w:sdt>";
        return replaceOnce(xml, afterIncident, afterIncident + to);
    }

    /** The paragraphs with every run and paragraph mark inside the tracked change {@code element}. */
    private static String marked(String paragraphs, String element, int firstId) {
        int[] id = {firstId};
        String mark = "<w:" + element + " w:id=\"%d\" " + BY + "/>";
        String out = java.util.regex.Pattern.compile("<w:r>.*?</w:r>").matcher(paragraphs).replaceAll(m -> {
            String run = m.group();
            if (element.equals("del")) run = run.replace("<w:t>", "<w:delText>").replace("<w:t xml:space=\"preserve\">",
                    "<w:delText xml:space=\"preserve\">").replace("</w:t>", "</w:delText>");
            return java.util.regex.Matcher.quoteReplacement("<w:" + element + " w:id=\"" + id[0]++ + "\" " + BY + ">" + run
                    + "</w:" + element + ">");
        });
        return out.replace("</w:pPr>", "<w:rPr>" + String.format(mark, id[0]++) + "</w:rPr></w:pPr>");
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
