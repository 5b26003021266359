package io.mc2.compare;

import io.mc2.redline.ReadLimits;
import io.mc2.redline.RedlineDocument;
import io.mc2.redline.RedlineReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
     * Compares A with B. Both are untrusted: each is first read by the redline reader, whose checks
     * (zip bombs, encryption, macros, malformed XML ...) end in exit code 4. Inputs that already
     * carry tracked changes in their body are compared as accepted, and a note says so.
     */
    public static CompareResult compare(Path a, Path b, CompareOptions options) {
        RedlineDocument ra = RedlineReader.read(a);
        RedlineDocument rb = RedlineReader.read(b);
        List<String> notes = new ArrayList<>();
        note(notes, a, ra);
        note(notes, b, rb);
        return compare(WordPackage.read(a), WordPackage.read(b), options, notes);
    }

    /** Compares two packages held in memory (already checked by the caller). */
    public static CompareResult compare(byte[] a, byte[] b, CompareOptions options) {
        return compare(WordPackage.read(a, "A", ReadLimits.defaults()), WordPackage.read(b, "B", ReadLimits.defaults()),
                options, new ArrayList<>());
    }

    private static void note(List<String> notes, Path file, RedlineDocument doc) {
        long body = doc.revisions().stream().filter(r -> r.part().equals("body")).count();
        long other = doc.revisions().size() - body;
        if (body > 0) {
            notes.add(file + ": has " + body + " tracked change" + (body == 1 ? "" : "s")
                    + " in its body; compared its text with them accepted");
        }
        if (other > 0) {
            notes.add(file + ": has " + other + " tracked change" + (other == 1 ? "" : "s")
                    + " outside the body (headers, footers, notes, comments); those parts are not compared");
        }
    }

    private static CompareResult compare(WordPackage pa, WordPackage pb, CompareOptions options, List<String> notes) {
        String mainA = pa.mainPart();
        Document da = pa.parse(mainA);
        Document db = pb.parse(pb.mainPart());
        // the comparison starts from A as accepted; B's own changes are accepted too
        RevisionResolver.resolveBody(da, RevisionResolver.Decision.ACCEPT);
        RevisionResolver.resolveBody(db, RevisionResolver.Decision.ACCEPT);
        BodyComparison comparison = new BodyComparison(da, options);
        List<CompareChange> changes = comparison.compare(BodyBlocks.body(da), BodyBlocks.body(db));
        pa.put(mainA, da);
        return new CompareResult(pa.toBytes(), changes, notes);
    }
}
