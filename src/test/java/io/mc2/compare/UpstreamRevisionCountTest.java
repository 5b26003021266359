package io.mc2.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Our revision count beside the one another engine's own tests assert for the same pair, printed
 * in the test output. Python-Redlines' test_run_redlines_with_real_files has the Open-XML-PowerTools
 * WmlComparer print "Revisions found: 9" for original.docx → modified.docx
 * (../shared/corpus/expected/python-redlines.json). Both engines count a replaced word as one
 * deletion and one insertion, so the counts can be equal; a finer grain would be fine, zero is not.
 */
class UpstreamRevisionCountTest {
    static final Path PAIR = Path.of("../shared/corpus/python-redlines/tests/fixtures");
    static final int WML_COMPARER = 9;

    @Test
    void pythonRedlinesPair() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(PAIR), "../shared/corpus is not beside the project: upstream counts not checked");
        CompareResult r = DocxComparer.compare(Files.readAllBytes(PAIR.resolve("original.docx")), Files.readAllBytes(PAIR.resolve("modified.docx")),
                CompareOptions.defaults());
        long ours = r.insertions() + r.deletions() + r.moves();
        System.out.printf("revisions, python-redlines original/modified: mc2 %d (%s), WmlComparer %d%n", ours, r.summary(), WML_COMPARER);
        assertEquals(WML_COMPARER, ours);
    }
}
