package io.mc2.bench;

import io.mc2.compare.MutationsAccess;
import io.mc2.write.SampleContracts;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the pair {@code .ci/bench compare-peak} measures: a generated contract of 450 clauses
 * (about 38,000 words, 3,000 table rows and paragraphs) and a copy with 940 seeded edits (words,
 * paragraphs and clauses replaced, deleted, inserted and moved), the size of the heaviest edit of
 * a long legal document. Seeded, so every run writes the same two files.
 */
public final class LargeComparePair {
    private LargeComparePair() {
    }

    /** {@code args[0]}: the folder to write a.docx and b.docx into. */
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        byte[] draft = MutationsAccess.draft(SampleContracts.generated(450));
        Files.write(dir.resolve("a.docx"), draft);
        Files.write(dir.resolve("b.docx"), MutationsAccess.mutate(draft, 42, 940));
    }
}
