package io.mc2.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mc2.align.AlignedSegment;
import io.mc2.align.SegmentKey;
import io.mc2.align.SentParagraph;
import io.mc2.align.Text;
import io.mc2.compare.CompareOptions;
import io.mc2.compare.DocxComparer;
import io.mc2.compare.LibreOffice;
import io.mc2.gap.GapReport;
import io.mc2.gap.Verdict;
import io.mc2.library.Clause;
import io.mc2.library.Parameter;
import io.mc2.redline.RedlineDocument;
import io.mc2.redline.RedlineParagraph;
import io.mc2.redline.RedlineReader;
import io.mc2.redline.View;
import io.mc2.template.ValueText;
import io.mc2.testing.DocxCopies;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The contract of {@code mc2 respond}, over generated and LibreOffice-made supplier redlines of a
 * gpo-standard draft: read with mc2's own reader, accepting all changes of the counter-redline
 * gives, clause by clause, what the decision says (theirs accepted, ours restored, our fallback,
 * anything else as the supplier left it), and no supplier change is gone without a tracked change
 * of ours (where the counter no longer reads as the supplier's accepted text, its original view
 * does: their change became the text we answer, and our change is on top of it).
 */
class RespondPropertyTest {
    static final Path ROUNDS = Path.of("src/test/resources/respond/rounds");
    static final Path SENT = ROUNDS.resolve("sent.docx");
    static final String US = "Riverside Legal";

    @TempDir
    static Path tmp;

    static Stream<Long> seeds() {
        return LongStream.rangeClosed(1, 16).boxed();
    }

    /** A generated redline: {@code edits} seeded edits of every kind on the draft we sent. */
    static Path generated(long seed, int edits, List<String> log) throws Exception {
        Path out = tmp.resolve("supplier-" + seed + ".docx");
        DocxCopies.withPart(SENT, out, "word/document.xml", xml -> {
            SupplierEdits e = new SupplierEdits(xml, seed).random(edits);
            log.addAll(e.log());
            return e.xml();
        });
        return out;
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void everyClauseReadsAsItsDecisionSays(long seed) throws Exception {
        List<String> log = new ArrayList<>();
        Path supplier = generated(seed, 4, log);
        check(supplier, "seed " + seed + ": " + String.join("; ", log.stream().map(l -> l.substring(0, Math.min(l.length(), 60))).toList()));
    }

    static Stream<String> libreOfficeFixtures() {
        return Stream.of("schedule-silent.docx", "units-money.docx");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("libreOfficeFixtures")
    void libreOfficeRedlinesReadAsTheirDecisionsSay(String name) throws Exception {
        check(ROUNDS.resolve(name), name);
    }

    @Test
    void aCompareOutputOfALibreOfficeCleanCopyReadsAsItsDecisionsSay() throws Exception {
        Path cmp = tmp.resolve("compare-output.docx");
        Files.write(cmp, DocxComparer.compare(Files.readAllBytes(SENT), Files.readAllBytes(ROUNDS.resolve("clean-copy.docx")),
                CompareOptions.defaults().withAuthor("Supplier Counsel").withDate("2026-12-10T00:00:00Z")).docx());
        Run r = check(cmp, "compare output");
        // the clean copy cut 6.2's patch window to sixty days (within fallback) and the cyber cover to USD 2,000,000 (beyond walk-away)
        assertEquals("accepted", r.action("patch-high"));
        assertEquals("reverted", r.action("cyber-insurance"));
    }

    @Test
    void libreOfficeAcceptsGeneratedCounterRedlinesAsWeReadThem() throws Exception {
        LibreOffice.assumeAvailable();
        for (long seed : new long[] {3, 7}) {
            List<String> log = new ArrayList<>();
            Run r = check(generated(seed, 4, log), "seed " + seed);
            Path acc = LibreOffice.resolveAll(r.counter, true);
            assertEquals(RedlineReader.read(r.counter).paragraphs(View.ACCEPTED).stream().map(Text::normalise).filter(t -> !t.isEmpty()).toList(),
                    RedlineReader.read(acc).paragraphs(View.ACCEPTED).stream().map(Text::normalise).filter(t -> !t.isEmpty()).toList(),
                    "seed " + seed + ": " + log);
        }
    }

    /** One respond run and what it was checked against. */
    record Run(Path counter, RespondWorkflow.Result result) {
        String action(String id) {
            return result.decisions().stream().filter(d -> d.id().equals(id)).map(RespondWorkflow.Decision::action).findFirst().orElse("none");
        }
    }

    static Run check(Path supplier, String what) {
        Path counter = tmp.resolve("counter-" + supplier.getFileName());
        RespondWorkflow.Result result = new RespondWorkflow().run(new RespondWorkflow.Request(supplier, SENT, null, Path.of("clauses"),
                Path.of("profiles"), US, "2026-12-15T09:00:00Z", counter, true));
        GapWorkflow.Result theirs = gap(supplier);
        GapWorkflow.Result ours = gap(counter);
        Map<String, String> actions = new HashMap<>();
        for (RespondWorkflow.Decision d : result.decisions()) actions.put(d.id(), d.action());
        for (GapReport.ClauseReport c : result.report().clauses()) {
            SegmentKey key = switch (c.kind()) {
                case "clause" -> SegmentKey.clause(c.id());
                case "definition" -> SegmentKey.definition(c.title());
                default -> null;
            };
            if (key == null) continue;
            AlignedSegment before = theirs.alignment().segment(key).orElseThrow();
            AlignedSegment after = ours.alignment().segment(key).orElseThrow();
            List<String> supplierAccepted = text(theirs.supplier(), before, View.ACCEPTED);
            List<String> supplierOriginal = text(theirs.supplier(), before, View.ORIGINAL);
            List<String> accepted = text(ours.supplier(), after, View.ACCEPTED);
            List<String> original = text(ours.supplier(), after, View.ORIGINAL);
            List<String> sent = before.sent().stream().map(SentParagraph::text).toList();
            String action = actions.getOrDefault(c.id(), "none");
            String where = what + " / " + c.id() + " (" + action + ")";
            switch (action) {
                case "accepted" -> same(supplierAccepted, accepted, where);
                case "reverted", "silent edit reverted", "restored" -> same(sent, accepted, where);
                case "countered with fallback" -> same(countered(theirs, c, sent), accepted, where);
                default -> {
                    same(supplierAccepted, accepted, where + ": left as the supplier wrote it");
                    same(supplierOriginal, original, where + ": their changes still pending");
                }
            }
            // nothing of theirs disappears silently
            if (!accepted.equals(supplierAccepted)) same(supplierAccepted, original, where + ": the counter differs from the supplier's"
                    + " text without our tracked change (its original view is not their accepted text)");
        }
        checkSchedule(ours, actions, what);
        return new Run(counter, result);
    }

    /** Each schedule row of a clause we decided says what the clause now says. */
    static void checkSchedule(GapWorkflow.Result counter, Map<String, String> actions, String what) {
        AlignedSegment document = counter.alignment().segment(SegmentKey.DOCUMENT).orElseThrow();
        List<String> lines = text(counter.supplier(), document, View.ACCEPTED);
        for (AlignedSegment seg : counter.alignment().segments()) {
            if (seg.key().kind() != SegmentKey.Kind.CLAUSE || actions.getOrDefault(seg.key().id(), "none").equals("flagged for review")) continue;
            Clause clause = counter.library().clauses().get(seg.key().id());
            String title = seg.sent().get(0).text();
            String body = String.join("\n", text(counter.supplier(), seg, View.ACCEPTED));
            if (body.isEmpty()) continue;
            for (int i = 0; i + 2 < lines.size(); i++) {
                if (!lines.get(i).replaceFirst("^[\\d.]+\\s+", "").equals(title)) continue;
                String value = lines.get(i + 2);
                String term = lines.get(i + 1);
                boolean known = clause.parameters().values().stream().anyMatch(p -> p.label().equals(term));
                if (known && value.matches(".*\\(\\d+\\).*")) {
                    assertTrue(body.contains(value), what + ": schedule row " + title + " / " + lines.get(i + 1) + " says " + value
                            + ", the clause: " + body);
                }
            }
        }
    }

    /** Our text with each value the supplier changed: theirs where acceptable to us, else our fallback, from the profile's positions. */
    static List<String> countered(GapWorkflow.Result gap, GapReport.ClauseReport c, List<String> sent) {
        assertEquals(c.variant().sent(), c.variant().found(), "generated edits keep our wording");
        Clause clause = gap.library().clauses().get(c.id());
        List<String> out = new ArrayList<>(sent);
        for (GapReport.ParameterReport pr : c.parameters()) {
            if (pr.found() == null || pr.found().equals(pr.sent())) continue;
            Parameter p = clause.parameters().get(pr.name());
            boolean acceptable = pr.verdict() == Verdict.MEETS_PREFERRED || pr.verdict() == Verdict.WITHIN_FALLBACK;
            String from = ValueText.format(p, ValueText.fromPlain(p, pr.sent()));
            String to = ValueText.format(p, ValueText.fromPlain(p, acceptable ? pr.found() : pr.fallback()));
            out.replaceAll(t -> t.replace(from, to));
        }
        return out;
    }

    /** Equal paragraph lists, or a failure naming the first paragraphs that differ. */
    static void same(List<String> expected, List<String> actual, String where) {
        if (expected.equals(actual)) return;
        int i = 0;
        while (i < Math.min(expected.size(), actual.size()) && expected.get(i).equals(actual.get(i))) i++;
        throw new AssertionError(where + ": paragraph " + i + " of " + expected.size() + "/" + actual.size() + "\n expected "
                + (i < expected.size() ? expected.get(i) : "(none)") + "\n but was  " + (i < actual.size() ? actual.get(i) : "(none)"));
    }

    static GapWorkflow.Result gap(Path doc) {
        return new GapWorkflow().run(new GapWorkflow.Request(doc, SENT, null, Path.of("clauses"), Path.of("profiles")));
    }

    /** A segment's paragraphs as a view reads them (marks joined), empty lines left out. */
    static List<String> text(RedlineDocument d, AlignedSegment s, View view) {
        List<RedlineParagraph> ps = s.paragraphs().stream().map(d.body()::get).toList();
        return RedlineDocument.paragraphs(ps, view).stream().map(Text::normalise).filter(t -> !t.isEmpty()).toList();
    }

    @Test
    void theGeneratorMakesEveryKindOfEdit() throws Exception {
        List<String> all = new ArrayList<>();
        for (long seed = 1; seed <= 16; seed++) generated(seed, 4, all);
        for (String kind : List.of("replace '", "silently replace '", "delete clause", "move clause", "insert a paragraph",
                "silently insert a paragraph before the title", "mc2TableText")) {
            assertTrue(all.stream().anyMatch(l -> l.contains(kind)), "no edit of kind " + kind + " in " + all);
        }
        assertFalse(all.isEmpty());
    }
}
