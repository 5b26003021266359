package io.mc2.paper;

/**
 * Bounds on what a supplier's PDF may make mc2 do; a .docx paper is bounded by the package reader's limits.
 *
 * @param maxFileBytes bytes of the file
 * @param maxPages     pages in the document
 * @param maxChars     characters of text extracted, all pages together
 * @param maxMillis    wall time for reading it
 */
public record PaperLimits(long maxFileBytes, int maxPages, long maxChars, long maxMillis) {

    public PaperLimits {
        if (maxFileBytes <= 0 || maxPages <= 0 || maxChars <= 0 || maxMillis <= 0) throw new IllegalArgumentException("limits must be positive");
    }

    /** 64 MiB, 2,000 pages, 5 million characters, 20 seconds: far beyond any cybersecurity addendum. */
    public static PaperLimits defaults() {
        return new PaperLimits(64L << 20, 2_000, 5_000_000, 20_000);
    }
}
