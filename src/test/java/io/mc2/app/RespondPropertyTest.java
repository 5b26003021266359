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
import io.mc2.compare.RevisionResolver;
import io.mc2.compare.WordPackage;
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
        return generated(seed, edits, true, log);
    }

    static Path generated(long seed, int edits, boolean wholeClauses, List<String> log) throws Exception {
        Path out = tmp.resolve("supplier-" + seed + (wholeClauses ? "" : "-text") + ".docx");
        DocxCopies.withPart(SENT, out, "word/document.xml", xml -> {
            SupplierEdits e = wholeClauses ? new SupplierEdits(xml, seed).random(edits) : new SupplierEdits(xml, seed).textual(edits);
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
        // text edits only: LibreOffice 7.4 keeps the text of a deleted heading held in a content control
        // (our clause headings) when it accepts all, in the supplier's own document too
        for (long seed : new long[] {3, 7, 11}) {
            List<String> log = new ArrayList<>();
            Run r = check(generated(seed, 4, false, log), "seed " + seed);
            Path acc = LibreOffice.resolveAll(r.counter, true);
            // LibreOffice updates the clause-number fields (schedule, cross-references) the deletions moved; we leave them to Word
            same(RedlineReader.read(r.counter).paragraphs(View.ACCEPTED).stream().map(RespondPropertyTest::numbersMasked).filter(t -> !t.isEmpty()).toList(),
                    RedlineReader.read(acc).paragraphs(View.ACCEPTED).stream().map(RespondPropertyTest::numbersMasked).filter(t -> !t.isEmpty()).toList(),
                    "seed " + seed + ": " + log + ": LibreOffice accepts all");
        }
    }

    /**
     * A paragraph with its clause numbers masked: the field results LibreOffice recomputes. A moved
     * heading's bookmark, pasted with it, is one LibreOffice 7.4 no longer resolves even in the
     * supplier's own document ("Error: Reference source not found").
     */
    static String numbersMasked(String paragraph) {
        return Text.normalise(paragraph).replace("Error: Reference source not found", "#").replaceAll("^\\d+(\\.\\d+)*\\b|\\b\\d+(\\.\\d+)+\\b", "#");
    }

    /** One respond run and what it was checked against. */
    record Run(Path counter, RespondWorkflow.Result result) {
        String action(String id) {
            return result.decisions().stream().filter(d -> d.id().equals(id)).map(RespondWorkflow.Decision::action).findFirst().orElse("none");
        }
    }

    static Run check(Path supplier, String what) {
        Path counter = tmp.resolve("counter-" + supplier.getFileName());
        RespondWorkflow.Result result = new RespondWorkflow().run(new RespondWorkflow.Request(supplier, SENT, null, io.mc2.testing.Fixtures.fixtureClauses(),
                io.mc2.testing.Fixtures.fixtureProfiles(), US, "2026-12-15T09:00:00Z", counter, true));
        Map<SegmentKey, List<String>> supplierAccepted = clauses(supplier, RevisionResolver.Decision.ACCEPT);
        Map<SegmentKey, List<String>> supplierOriginal = clauses(supplier, RevisionResolver.Decision.REJECT);
        Map<SegmentKey, List<String>> counterAccepted = clauses(counter, RevisionResolver.Decision.ACCEPT);
        Map<SegmentKey, List<String>> counterOriginal = clauses(counter, RevisionResolver.Decision.REJECT);
        GapWorkflow.Result theirs = gap(supplier);
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
            List<String> theirAccepted = supplierAccepted.get(key);
            List<String> theirOriginal = supplierOriginal.get(key);
            List<String> accepted = counterAccepted.get(key);
            List<String> original = counterOriginal.get(key);
            List<String> sent = before.sent().stream().map(SentParagraph::text).toList();
            String action = actions.getOrDefault(c.id(), "none");
            String where = what + " / " + c.id() + " (" + action + ")";
            switch (action) {
                case "accepted" -> same(theirAccepted, accepted, where);
                case "reverted", "silent edit reverted", "restored" -> same(sent, accepted, where);
                case "countered with fallback" -> same(countered(theirs, c, sent), accepted, where);
                default -> {
                    same(theirAccepted, accepted, where + ": left as the supplier wrote it");
                    same(theirOriginal, original, where + ": their changes still pending");
                }
            }
            // nothing of theirs disappears silently
            if (!accepted.equals(theirAccepted)) same(theirAccepted, original, where + ": the counter differs from the supplier's"
                    + " text without our tracked change (its original view is not their accepted text)");
        }
        checkSchedule(gap(resolved(counter, RevisionResolver.Decision.ACCEPT)), actions, what);
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
        return new GapWorkflow().run(new GapWorkflow.Request(doc, SENT, null, io.mc2.testing.Fixtures.fixtureClauses(), io.mc2.testing.Fixtures.fixtureProfiles()));
    }

    /**
     * Every clause's paragraphs in a view of the document: the view made a clean document (all
     * changes accepted, or all rejected, as Word would) and cut into clauses by mc2's aligner, the
     * same way for the supplier's document and for ours.
     */
    static Map<SegmentKey, List<String>> clauses(Path docx, RevisionResolver.Decision view) {
        GapWorkflow.Result r = gap(resolved(docx, view));
        Map<SegmentKey, List<String>> out = new HashMap<>();
        for (AlignedSegment s : r.alignment().segments()) out.put(s.key(), text(r.supplier(), s, View.ACCEPTED));
        return out;
    }

    static Path resolved(Path docx, RevisionResolver.Decision view) {
        WordPackage pkg = WordPackage.read(docx);
        org.w3c.dom.Document doc = pkg.parse(pkg.mainPart());
        RevisionResolver.resolveBody(doc, view);
        pkg.put(pkg.mainPart(), doc);
        // beside the other outputs, never beside a committed fixture
        Path out = tmp.resolve(docx.getFileName().toString().replace(".docx", "." + view.name().toLowerCase(java.util.Locale.ROOT) + ".docx"));
        try {
            Files.write(out, pkg.toBytes());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out;
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
