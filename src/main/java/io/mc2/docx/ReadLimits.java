package io.mc2.docx;

/**
 * Bounds on what an untrusted .docx may make mc2 do. Sizes are counted while inflating, so lying
 * zip headers do not help a zip bomb.
 *
 * @param maxFileBytes  bytes of the .docx file itself
 * @param maxEntries    entries in the zip archive
 * @param maxEntryBytes inflated bytes of one part
 * @param maxTotalBytes inflated bytes of all parts read
 * @param maxRatio      inflated/compressed ratio of one part, checked once it passes 1 MiB
 */
public record ReadLimits(long maxFileBytes, int maxEntries, long maxEntryBytes, long maxTotalBytes, int maxRatio) {

    public ReadLimits {
        if (maxFileBytes <= 0 || maxEntries <= 0 || maxEntryBytes <= 0 || maxTotalBytes <= 0 || maxRatio <= 0) {
            throw new IllegalArgumentException("read limits must be positive");
        }
    }

    /** The default file size limit with the given zip limits. */
    public ReadLimits(int maxEntries, long maxEntryBytes, long maxTotalBytes, int maxRatio) {
        this(DEFAULT_FILE_BYTES, maxEntries, maxEntryBytes, maxTotalBytes, maxRatio);
    }

    private static final long DEFAULT_FILE_BYTES = 128L << 20;

    /** A 128 MiB file, 10 000 entries, 128 MiB per part, 512 MiB in all, ratio 100. */
    public static ReadLimits defaults() {
        return new ReadLimits(10_000, 128L << 20, 512L << 20, 100);
    }
}
