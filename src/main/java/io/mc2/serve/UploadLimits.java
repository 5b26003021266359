package io.mc2.serve;

import io.mc2.docx.ReadLimits;

/**
 * What one upload may be: the bytes of a whole request, of one .docx (the reader's own limit), how
 * many documents a portfolio may have, and for a .zip of documents how many entries and inflated
 * bytes it may hold. Sizes of zip entries are counted while inflating, so lying headers do not help.
 */
public record UploadLimits(long maxRequestBytes, long maxFileBytes, int maxFiles, int maxZipEntries, long maxZipBytes) {

    public UploadLimits {
        if (maxRequestBytes <= 0 || maxFileBytes <= 0 || maxFiles <= 0 || maxZipEntries <= 0 || maxZipBytes <= 0) {
            throw new IllegalArgumentException("upload limits must be positive");
        }
    }

    /**
     * 64 MiB a request, a document as large as the CLI reads (within that), 50 documents a portfolio,
     * a zip of at most 200 entries and 256 MiB inflated.
     */
    public static UploadLimits defaults() {
        return new UploadLimits(64L << 20, Math.min(ReadLimits.defaults().maxFileBytes(), 64L << 20), 50, 200, 256L << 20);
    }
}
