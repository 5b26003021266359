package io.mc2.redline;

/**
 * Bounds on what an untrusted .docx may make the reader do. Sizes are counted while inflating, so
 * lying zip headers do not help a zip bomb.
 *
 * @param maxEntries    entries in the zip archive
 * @param maxEntryBytes inflated bytes of one part
 * @param maxTotalBytes inflated bytes of all parts read
 * @param maxRatio      inflated/compressed ratio of one part, checked once it passes 1 MiB
 */
public record ReadLimits(int maxEntries, long maxEntryBytes, long maxTotalBytes, int maxRatio) {

    public ReadLimits {
        if (maxEntries <= 0 || maxEntryBytes <= 0 || maxTotalBytes <= 0 || maxRatio <= 0) {
            throw new IllegalArgumentException("read limits must be positive");
        }
    }

    /** 10 000 entries, 128 MiB per part, 512 MiB in all, ratio 100. */
    public static ReadLimits defaults() {
        return new ReadLimits(10_000, 128L << 20, 512L << 20, 100);
    }
}
