package io.mc2.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mc2.redline.RedlineDocument;
import io.mc2.redline.RedlineReader;
import io.mc2.redline.Revision;
import io.mc2.redline.View;
import io.mc2.write.SampleContracts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The correctness contract of compare, as a property over generated pairs: for random edits of a
 * draft, accepting every change of the output gives B's paragraphs and rejecting every change gives
 * A's, as our reader reads them.
 */
class CompareRoundTripTest {

    static byte[] draft;

    @TempDir
    static Path tmp;

    @BeforeAll
    static void draft() {
        draft = Mutations.draft(SampleContracts.sample());
    }

    static Stream<Long> seeds() {
        return LongStream.range(1, 61).boxed();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void acceptGivesBAndRejectGivesA(long seed) throws IOException {
        Mutations m = new Mutations(seed);
        byte[] b = m.mutate(draft, 1 + (int) (seed % 8));
        RoundTrip rt = RoundTrip.run(tmp, "s" + seed, draft, b, CompareOptions.defaults().withDate("2026-12-01T00:00:00Z"));
        assertEquals(rt.b().paragraphs(View.ACCEPTED), rt.out().paragraphs(View.ACCEPTED), () -> "accepted, edits " + m.log());
        assertEquals(rt.a().paragraphs(View.ACCEPTED), rt.out().paragraphs(View.ORIGINAL), () -> "original, edits " + m.log());
        boolean identical = rt.a().paragraphs(View.ACCEPTED).equals(rt.b().paragraphs(View.ACCEPTED));
        assertEquals(identical, rt.out().revisions().isEmpty(), () -> "revisions exactly when texts differ, edits " + m.log());
        for (Revision r : rt.out().revisions()) {
            assertEquals("mc2", r.author(), "author of " + r);
            assertEquals("2026-12-01T00:00:00Z", r.date(), "date of " + r);
        }
    }

    /** The generator must reach every kind of change, or the property above proves less than it says. */
    @Test
    void generatedPairsCoverEveryKindOfChange() throws IOException {
        java.util.Set<String> seen = new java.util.TreeSet<>();
        for (long seed = 1; seed <= 60; seed++) {
            byte[] b = new Mutations(seed).mutate(draft, 1 + (int) (seed % 8));
            CompareResult r = DocxComparer.compare(draft, b, CompareOptions.defaults());
            r.changes().forEach(c -> seen.add(c.type()));
        }
        assertEquals(java.util.Set.of("deletion", "insertion", "move", "paragraph-deletion", "paragraph-insertion",
                "row-deletion", "row-insertion"), seen);
    }

    @Test
    void formattingChangesAreRecordedAndKeepTheRoundTrip() throws IOException {
        WordPackage pkg = WordPackage.read(draft, "A", io.mc2.docx.ReadLimits.defaults());
        org.w3c.dom.Document doc = pkg.parse(pkg.mainPart());
        List<org.w3c.dom.Element> ps = BodyBlocks.paragraphs(doc);
        org.w3c.dom.Element p = ps.stream().filter(x -> Mutations.text(x).contains("Manufacturer")).findFirst().orElseThrow();
        org.w3c.dom.Element run = TrackedEdits.runs(p).get(0);
        org.w3c.dom.Element rPr = WordXml.child(run, "rPr");
        if (rPr == null) {
            rPr = WordXml.create(doc, "rPr");
            run.insertBefore(rPr, run.getFirstChild());
        }
        rPr.appendChild(WordXml.create(doc, "b"));
        pkg.put(pkg.mainPart(), doc);
        byte[] b = pkg.toBytes();
        RoundTrip rt = RoundTrip.run(tmp, "fmt", draft, b, CompareOptions.defaults().withFormatting(true));
        assertTrue(rt.out().revisions().stream().anyMatch(r -> r.type().equals("formatting")), "a formatting revision");
        assertEquals(1, rt.result().formatting(), "one formatting change");
        assertEquals(rt.a().paragraphs(View.ACCEPTED), rt.out().paragraphs(View.ORIGINAL));
        RoundTrip plain = RoundTrip.run(tmp, "nofmt", draft, b, CompareOptions.defaults());
        assertTrue(plain.out().revisions().isEmpty(), "without --formatting a bold word is no change");
    }

    @Test
    void movedParagraphIsWrittenAsMove() throws IOException {
        WordPackage pkg = WordPackage.read(draft, "A", io.mc2.docx.ReadLimits.defaults());
        org.w3c.dom.Document doc = pkg.parse(pkg.mainPart());
        List<org.w3c.dom.Element> body = BodyBlocks.units(BodyBlocks.body(doc)).stream().filter(e -> WordXml.is(e, "p"))
                .filter(e -> Mutations.text(e).length() > 40).toList();
        org.w3c.dom.Element moved = body.get(2);
        String text = Mutations.text(moved);
        WordXml.remove(moved);
        WordXml.insertAfter(moved, body.get(body.size() - 3));
        pkg.put(pkg.mainPart(), doc);
        RoundTrip rt = RoundTrip.run(tmp, "move", draft, pkg.toBytes(), CompareOptions.defaults());
        assertEquals(1, rt.result().moves());
        assertTrue(rt.out().revisions().stream().anyMatch(r -> r.type().equals("move-from") && r.text().equals(text)));
        assertTrue(rt.out().revisions().stream().anyMatch(r -> r.type().equals("move-to") && r.text().equals(text)));
        assertEquals(rt.b().paragraphs(View.ACCEPTED), rt.out().paragraphs(View.ACCEPTED));
        assertEquals(rt.a().paragraphs(View.ACCEPTED), rt.out().paragraphs(View.ORIGINAL));
        RoundTrip noMoves = RoundTrip.run(tmp, "nomove", draft, pkg.toBytes(), CompareOptions.defaults().withMoves(false));
        assertEquals(0, noMoves.result().moves());
        assertTrue(noMoves.out().revisions().stream().noneMatch(r -> r.type().startsWith("move")));
    }

    @Test
    void identicalInputsGiveNoChangesAndDeterministicBytes() throws IOException {
        RoundTrip one = RoundTrip.run(tmp, "same1", draft, draft, CompareOptions.defaults());
        RoundTrip two = RoundTrip.run(tmp, "same2", draft, draft, CompareOptions.defaults());
        assertTrue(one.result().changes().isEmpty());
        assertTrue(one.out().revisions().isEmpty());
        assertEquals(List.of(one.result().docx().length), List.of(two.result().docx().length));
        assertTrue(java.util.Arrays.equals(one.result().docx(), two.result().docx()), "same inputs, same bytes");
    }

    /** One comparison through files, with the three documents read back. */
    record RoundTrip(RedlineDocument a, RedlineDocument b, RedlineDocument out, CompareResult result, Path outFile) {
        static RoundTrip run(Path dir, String name, byte[] a, byte[] b, CompareOptions options) throws IOException {
            Path pa = dir.resolve(name + "-a.docx");
            Path pb = dir.resolve(name + "-b.docx");
            Path po = dir.resolve(name + "-out.docx");
            Files.write(pa, a);
            Files.write(pb, b);
            CompareResult r = DocxComparer.compare(pa, pb, options);
            Files.write(po, r.docx());
            return new RoundTrip(RedlineReader.read(pa), RedlineReader.read(pb), RedlineReader.read(po), r, po);
        }
    }
}
