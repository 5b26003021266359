package io.mc2.docx;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The entries of a zip archive held in memory, read from its central directory and checked
 * against the local headers, so that every reader of the file sees the same entries: a local
 * entry the directory does not list, two entries of one name, a local header that disagrees with
 * its directory record, or bytes between entries are refused. (A reader that walks local headers
 * and one that trusts the central directory would otherwise see two different documents.)
 */
final class ZipDirectory {

    /** One entry as the central directory and its local header agree on it. */
    record Entry(String name, int method, long crc, long compressedSize, long size, int dataStart) {
        boolean directory() {
            return name.endsWith("/");
        }
    }

    private static final int EOCD = 0x06054b50;
    private static final int ZIP64_EOCD = 0x06064b50;
    private static final int ZIP64_LOCATOR = 0x07064b50;
    private static final int CENTRAL = 0x02014b50;
    private static final int LOCAL = 0x04034b50;
    private static final int DESCRIPTOR = 0x08074b50;
    private static final long MASK32 = 0xFFFFFFFFL;

    private final byte[] data;
    private final Refusal refuse;

    /** Makes the exception for one thing wrong with the archive. */
    interface Refusal {
        RuntimeException of(String what);
    }

    private ZipDirectory(byte[] data, Refusal refuse) {
        this.data = data;
        this.refuse = refuse;
    }

    /** The entries in directory order, or a refusal naming what is wrong. */
    static List<Entry> read(byte[] data, int maxEntries, Refusal refuse) {
        return new ZipDirectory(data, refuse).entries(maxEntries);
    }

    private List<Entry> entries(int maxEntries) {
        int eocd = findEnd();
        if (u16(eocd + 4) != 0 || u16(eocd + 6) != 0) throw refuse.of("a multi-volume zip archive; not a .docx");
        long count = u16(eocd + 10);
        long dirSize = u32(eocd + 12);
        long dirOffset = u32(eocd + 16);
        long dirEnd = eocd;
        if (count == 0xFFFF || dirSize == MASK32 || dirOffset == MASK32) {
            int locator = eocd - 20;
            if (locator < 0 || u32(locator) != ZIP64_LOCATOR) throw damaged("zip64 end record missing");
            long record = u64(locator + 8);
            if (record < 0 || record > locator - 56 || u32((int) record) != ZIP64_EOCD) throw damaged("zip64 end record");
            count = u64((int) record + 32);
            dirSize = u64((int) record + 40);
            dirOffset = u64((int) record + 48);
            dirEnd = record;
        }
        if (count > maxEntries) throw refuse.of("too many zip entries (" + count + ", limit " + maxEntries + ")");
        if (dirOffset < 0 || dirSize < 0 || dirOffset + dirSize != dirEnd) {
            throw damaged("the central directory is not where its end record says");
        }
        List<Entry> entries = new ArrayList<>((int) count);
        List<long[]> spans = new ArrayList<>((int) count);
        Map<String, String> seen = new HashMap<>();
        int p = (int) dirOffset;
        for (long i = 0; i < count; i++) {
            if (p + 46 > dirEnd || u32(p) != CENTRAL) throw damaged("central directory record " + (i + 1));
            int flags = u16(p + 8);
            int method = u16(p + 10);
            long crc = u32(p + 16);
            long compressed = u32(p + 20);
            long size = u32(p + 24);
            int nameLen = u16(p + 28);
            int extraLen = u16(p + 30);
            int commentLen = u16(p + 32);
            long local = u32(p + 42);
            int next = p + 46 + nameLen + extraLen + commentLen;
            if (next > dirEnd) throw damaged("central directory record " + (i + 1));
            String name = new String(data, p + 46, nameLen, StandardCharsets.UTF_8);
            long[] wide = zip64(p + 46 + nameLen, extraLen, size, compressed, local);
            size = wide[0];
            compressed = wide[1];
            local = wide[2];
            if ((flags & 1) != 0) throw refuse.of("zip entry " + name + " is encrypted; refusing to read it");
            if (method != 0 && method != 8) {
                throw refuse.of("zip entry " + name + " uses compression method " + method + " (only stored and deflated are read)");
            }
            String lower = name.toLowerCase(Locale.ROOT);
            String earlier = seen.putIfAbsent(lower, name);
            if (earlier != null) throw refuse.of("two zip entries named " + name + (earlier.equals(name) ? "" : " and " + earlier)
                    + "; refusing an ambiguous package");
            long[] span = localSpan(name, local, flags, method, crc, compressed, size, dirOffset);
            entries.add(new Entry(name, method, crc, compressed, size, (int) span[2]));
            spans.add(span);
            p = next;
        }
        if (p != dirEnd) throw damaged("the central directory is longer than its records");
        checkContiguous(spans, dirOffset);
        return entries;
    }

    /** Finds the end record whose comment reaches exactly to the end of the file. */
    private int findEnd() {
        int min = Math.max(0, data.length - 22 - 0xFFFF);
        for (int p = data.length - 22; p >= min; p--) {
            if (u32(p) == EOCD && p + 22 + u16(p + 20) == data.length) return p;
        }
        throw damaged("no end of central directory record");
    }

    /** [start, end, dataStart] of a local entry, after checking its header against the directory's record. */
    private long[] localSpan(String name, long local, int flags, int method, long crc, long compressed, long size,
                             long dirOffset) {
        if (local < 0 || local + 30 > dirOffset || u32((int) local) != LOCAL) {
            throw damaged("zip entry " + name + " has no local header where the directory says");
        }
        int h = (int) local;
        int localFlags = u16(h + 6);
        int nameLen = u16(h + 26);
        int extraLen = u16(h + 28);
        long dataStart = local + 30 + nameLen + extraLen;
        if (dataStart > dirOffset) throw damaged("zip entry " + name + " local header");
        String localName = new String(data, h + 30, nameLen, StandardCharsets.UTF_8);
        if (!localName.equals(name)) {
            throw refuse.of("zip entry " + name + " is named " + localName + " in its local header; refusing a package"
                    + " that reads differently to different tools");
        }
        if (u16(h + 8) != method || ((localFlags ^ flags) & 0x9) != 0) mismatch(name, "method or flags");
        boolean descriptor = (localFlags & 8) != 0;
        long lcrc = u32(h + 14);
        long lcompressed = u32(h + 18);
        long lsize = u32(h + 22);
        if (lcompressed == MASK32 || lsize == MASK32) {
            long[] wide = zip64(h + 30 + nameLen, extraLen, lsize, lcompressed, 0);
            lsize = wide[0];
            lcompressed = wide[1];
        }
        boolean zeros = lcrc == 0 && lcompressed == 0 && lsize == 0;
        if (!(descriptor && zeros) && (lcrc != crc || lcompressed != compressed || lsize != size)) {
            mismatch(name, "sizes or checksum");
        }
        long end = dataStart + compressed;
        if (end > dirOffset) throw damaged("zip entry " + name + " runs past the central directory");
        if (descriptor) end += descriptorLength(name, (int) end, crc, compressed, size, dirOffset);
        return new long[] {local, end, dataStart};
    }

    /** Length of the data descriptor after an entry (with or without its signature, 32- or 64-bit sizes). */
    private long descriptorLength(String name, int at, long crc, long compressed, long size, long dirOffset) {
        int base = at + 4 <= dirOffset && u32(at) == DESCRIPTOR ? 4 : 0;
        for (int width : new int[] {4, 8}) {
            int len = base + 4 + 2 * width;
            if (at + len > dirOffset) continue;
            long c = u32(at + base);
            long cs = width == 4 ? u32(at + base + 4) : u64(at + base + 4);
            long s = width == 4 ? u32(at + base + 8) : u64(at + base + 4 + width);
            if (c == crc && cs == compressed && s == size) return len;
        }
        throw refuse.of("zip entry " + name + " has a data descriptor that disagrees with the central directory");
    }

    /** Entries must tile the file from its start to the central directory: no gap may hide a local entry. */
    private void checkContiguous(List<long[]> spans, long dirOffset) {
        spans.sort(Comparator.comparingLong(s -> s[0]));
        long at = 0;
        for (long[] s : spans) {
            if (s[0] != at) {
                throw refuse.of(s[0] < at ? "zip entries overlap; refusing an ambiguous package"
                        : "the zip archive holds " + (s[0] - at) + " bytes no directory entry lists (a hidden entry?);"
                        + " refusing an ambiguous package");
            }
            at = s[1];
        }
        if (at != dirOffset) {
            throw refuse.of("the zip archive holds " + (dirOffset - at) + " bytes no directory entry lists (a hidden entry?);"
                    + " refusing an ambiguous package");
        }
    }

    /** Sizes and offset widened by a zip64 extra field where the 32-bit fields are saturated. */
    private long[] zip64(int extra, int extraLen, long size, long compressed, long offset) {
        long[] out = {size, compressed, offset};
        if (size != MASK32 && compressed != MASK32 && offset != MASK32) return out;
        int p = extra;
        int end = extra + extraLen;
        while (p + 4 <= end) {
            int id = u16(p);
            int len = u16(p + 2);
            if (id == 0x0001) {
                int q = p + 4;
                for (int i = 0; i < 3; i++) {
                    if (out[i] == MASK32) {
                        if (q + 8 > p + 4 + len) throw damaged("zip64 extra field");
                        out[i] = u64(q);
                        q += 8;
                    }
                }
                return out;
            }
            p += 4 + len;
        }
        return out;
    }

    private void mismatch(String name, String what) {
        throw refuse.of("zip entry " + name + ": its local header and the central directory disagree on " + what
                + "; refusing a package that reads differently to different tools");
    }

    private RuntimeException damaged(String what) {
        return refuse.of("truncated or damaged zip archive (" + what + ")");
    }

    private int u16(int p) {
        if (p < 0 || p + 2 > data.length) throw damaged("reads past the end");
        return (data[p] & 0xFF) | (data[p + 1] & 0xFF) << 8;
    }

    private long u32(int p) {
        if (p < 0 || p + 4 > data.length) throw damaged("reads past the end");
        return (u16(p) | (long) u16(p + 2) << 16) & MASK32;
    }

    private long u64(int p) {
        long v = u32(p) | u32(p + 4) << 32;
        if (v < 0 || v > Integer.MAX_VALUE) throw damaged("a size or offset beyond what a .docx can hold");
        return v;
    }
}
