package io.mc2.compare;

import io.mc2.docx.DocxPackage;
import io.mc2.docx.ReadLimits;
import io.mc2.redline.RedlineDocument;
import io.mc2.redline.RedlineReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.w3c.dom.Document;

/**
 * Compares two .docx files and writes the differences as tracked changes into a copy of the first:
 * accepting every change gives the second's text, rejecting every change gives the first's.
 * The entry point of {@code mc2 compare}.
 */
public final class DocxComparer {

    private DocxComparer() {
    }

    /**
     * Compares A with B. Both are untrusted and opened by {@link io.mc2.docx.DocxPackage}, as every
     * command opens a .docx: a file that cannot be used ends in exit code 4 with its explanation.
     * Inputs that already carry tracked changes in their body are compared as accepted, and a note
     * says so.
     */
    public static CompareResult compare(Path a, Path b, CompareOptions options) {
        Input ia = Input.of(DocxPackage.open(a), true);
        Input ib = Input.of(DocxPackage.open(b), false);
        return compare(ia, ib, options);
    }

    /**
     * A package and its parsed main part; the redline reader explains what makes a file unusable.
     * What is only read is let go as soon as it has served ({@link #releaseReading}, {@link #releaseTree}): on a large document
     * B's tree and reading are most of the heap while A's edited tree is written out.
     */
    private static final class Input {
        private final String label;
        private final WordPackage pkg;
        private Document main;
        private RedlineDocument read;

        private Input(String label, WordPackage pkg, Document main, RedlineDocument read) {
            this.label = label;
            this.pkg = pkg;
            this.main = main;
            this.read = read;
        }

        /** @param edited whether this is A, whose main part is edited and written (B is only read) */
        static Input of(DocxPackage opened, boolean edited) {
            // the reader's content bounds (paragraphs, text, revisions, nesting) hold here too
            RedlineDocument read = RedlineReader.read(opened);
            WordPackage pkg = WordPackage.of(opened);
            return new Input(opened.label(), pkg, edited ? pkg.parseForEditing(pkg.mainPart()) : pkg.parse(pkg.mainPart()), read);
        }

        String label() {
            return label;
        }

        WordPackage pkg() {
            return pkg;
        }

        Document main() {
            return main;
        }

        RedlineDocument read() {
            return read;
        }

        void releaseReading() {
            read = null;
        }

        void releaseTree() {
            main = null;
        }

        /** Tracked changes outside the body (headers, footers, notes): left as they are. */
        long changesOutsideBody() {
            long n = 0;
            for (String name : pkg.names()) {
                if (!name.startsWith("word/") || !name.endsWith(".xml") || name.equals(pkg.mainPart())) continue;
                String xml = new String(pkg.part(name), java.nio.charset.StandardCharsets.UTF_8);
                n += count(xml, "<w:ins ") + count(xml, "<w:del ") + count(xml, "<w:moveTo ") + count(xml, "<w:moveFrom ");
            }
            return n;
        }

        private static long count(String s, String what) {
            long n = 0;
            for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) n++;
            return n;
        }
    }

    /** Compares two packages held in memory. */
    public static CompareResult compare(byte[] a, byte[] b, CompareOptions options) {
        return compare(Input.of(DocxPackage.of(a, "A", ReadLimits.defaults()), true), Input.of(DocxPackage.of(b, "B", ReadLimits.defaults()), false),
                options);
    }

    private static void note(List<String> notes, String file, long body, long other) {
        if (body > 0) {
            notes.add(file + ": has " + body + " tracked change" + (body == 1 ? "" : "s")
                    + " in its body; compared its text with them accepted");
        }
        if (other > 0) {
            notes.add(file + ": has " + other + " tracked change" + (other == 1 ? "" : "s")
                    + " outside the body (headers, footers, notes, comments); notes, headers and footers that differ are "
                    + "compared with them accepted, comments are not compared");
        }
    }

    private static CompareResult compare(Input a, Input b, CompareOptions options) {
        WordPackage pa = a.pkg();
        String mainA = pa.mainPart();
        Document da = a.main();
        Document db = b.main();
        // the comparison starts from A as accepted; B's own changes are accepted too
        List<String> notes = new ArrayList<>();
        note(notes, a.label(), RevisionResolver.resolveBody(da, RevisionResolver.Decision.ACCEPT).resolved(), a.changesOutsideBody());
        note(notes, b.label(), RevisionResolver.resolveBody(db, RevisionResolver.Decision.ACCEPT).resolved(), b.changesOutsideBody());
        List<CompareResult.Uncompared> uncompared = new ArrayList<>(UncomparedStories.between(a.read(), b.read()));
        List<String> repairs = new ArrayList<>(a.read().repairs());
        repairs.addAll(b.read().repairs());
        a.releaseReading();
        b.releaseReading();
        // most documents have neither: then no unit is searched for them
        byte[] mainB = b.pkg().part(b.pkg().mainPart());
        boolean pictures = Pictures.mayHold(pa.part(mainA)) || Pictures.mayHold(mainB);
        boolean equations = Equations.mayHold(pa.part(mainA)) || Equations.mayHold(mainB);
        boolean boxes = TextBoxes.mayHold(pa.part(mainA)) || TextBoxes.mayHold(mainB);
        // one counter for the whole package: after the body it is above every id the body holds
        AtomicInteger ids = TrackedEdits.idsAbove(da);
        // B's paragraphs inserted whole carry their text boxes as they carry pictures
        Pictures carried = pictures || boxes ? new Pictures(pa, mainA, da, b.pkg(), b.pkg().mainPart()) : null;
        BodyComparison comparison = new BodyComparison(da, options, ids, carried, equations);
        List<CompareChange> changes = new ArrayList<>(comparison.compare(BodyBlocks.body(da), BodyBlocks.body(db)));
        if (boxes) {
            changes.addAll(TextBoxComparison.compare(da, db, carried, equations, options, ids));
            changes.sort((x, y) -> Integer.compare(x.paragraph(), y.paragraph()));
        }
        // B's paragraphs (and boxes) copied in name B's style ids; a word processor may have renamed A's
        StyleIds.resolve(pa, da, b.pkg());
        CommentCarrying.Outcome comments = CommentCarrying.carry(pa, da, b.pkg(), db);
        if (comments.carried() > 0) {
            notes.add(b.label() + ": " + comments.carried() + " comment" + (comments.carried() == 1 ? "" : "s")
                    + " that " + a.label() + " does not have carried into the output, on the same text");
        }
        if (comments.differing() > 0) uncompared.add(new CompareResult.Uncompared("comments", comments.differing()));
        // what the output, accepted, still shows otherwise than B is what stays "not compared"; without boxes there is none
        if (boxes) uncompared.addAll(UncomparedStories.textBoxes(da, db));
        // pictures are carried: what is left to say is where the output, accepted, still shows others than B
        if (pictures) uncompared.addAll(UncomparedStories.images(pa, da, b.pkg(), db));
        comparison = null;
        db = null;
        b.releaseTree();
        pa.put(mainA, da);
        StoryComparison.Outcome stories = StoryComparison.compare(pa, b.pkg(), options, ids);
        changes.addAll(stories.changes());
        // stories compared are no longer "not compared"; those that could not be paired still are
        uncompared.removeIf(u -> List.of("footnotes", "endnotes", "headers", "footers").contains(u.story())
                && !stories.unpaired().contains(u.story()));
        return new CompareResult(pa.toBytes(), changes, notes, uncompared, repairs);
    }
}
