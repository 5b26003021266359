package io.mc2.redline.docx;

import io.mc2.problem.ExitCode;
import io.mc2.problem.Mc2Exception;
import io.mc2.redline.ReadLimits;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * The zip container of a .docx, opened defensively: the file kind is sniffed from its first bytes,
 * entry count is bounded, and every part is inflated through a counter that stops at the limits
 * instead of trusting the sizes the zip headers claim.
 */
final class DocxArchive implements Closeable {

    private static final byte[] OLE_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    private static final long RATIO_GRACE_BYTES = 1L << 20;

    private final Path file;
    private final ReadLimits limits;
    private final ZipFile zip;
    private final Map<String, ZipEntry> byLowerName = new HashMap<>();
    private final List<String> names = new ArrayList<>();
    private long totalRead;

    private DocxArchive(Path file, ReadLimits limits, ZipFile zip) {
        this.file = file;
        this.limits = limits;
        this.zip = zip;
    }

    static DocxArchive open(Path file, ReadLimits limits) {
        sniff(file);
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8);
        } catch (ZipException | IllegalArgumentException e) {
            throw unsafe(file, "truncated or damaged zip archive (" + e.getMessage() + ")");
        } catch (IOException e) {
            throw unsafe(file, "cannot be read (" + e.getMessage() + ")");
        }
        DocxArchive archive = new DocxArchive(file, limits, zip);
        try {
            archive.index();
        } catch (RuntimeException e) {
            archive.close();
            throw e;
        }
        return archive;
    }

    private void index() {
        if (zip.size() > limits.maxEntries()) {
            throw unsafe(file, "too many zip entries (" + zip.size() + ", limit " + limits.maxEntries() + ")");
        }
        try {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            int count = 0;
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                if (++count > limits.maxEntries()) {
                    throw unsafe(file, "too many zip entries (limit " + limits.maxEntries() + ")");
                }
                String lower = e.getName().toLowerCase(Locale.ROOT);
                if (lower.endsWith("vbaproject.bin") || lower.endsWith("vbadata.xml")) {
                    throw unsafe(file, "macro-enabled document (contains " + e.getName() + "); refusing to read it");
                }
                // a declared size over the limit is refused at once; the real size is checked while inflating
                if (e.getSize() > limits.maxEntryBytes()) {
                    throw unsafe(file, "zip entry " + e.getName() + " is too large (" + e.getSize() + " bytes, limit "
                            + limits.maxEntryBytes() + ")");
                }
                byLowerName.putIfAbsent(lower, e);
                names.add(e.getName());
            }
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw unsafe(file, "damaged zip archive (" + e.getMessage() + ")");
        }
    }

    /** Entry names as stored. */
    List<String> names() {
        return names;
    }

    /** The inflated part, or null when the archive has no such entry. Part names are case-insensitive. */
    byte[] read(String partName) {
        String name = partName.startsWith("/") ? partName.substring(1) : partName;
        ZipEntry entry = byLowerName.get(name.toLowerCase(Locale.ROOT));
        if (entry == null || entry.isDirectory()) return null;
        long compressed = Math.max(entry.getCompressedSize(), 1);
        try (InputStream in = zip.getInputStream(entry)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(
                    (int) Math.min(Math.max(entry.getSize(), 8192), 1 << 20));
            byte[] buf = new byte[65536];
            long n = 0;
            int r;
            while ((r = in.read(buf)) > 0) {
                n += r;
                totalRead += r;
                if (n > limits.maxEntryBytes()) {
                    throw unsafe(file, "zip entry " + entry.getName() + " inflates beyond " + limits.maxEntryBytes()
                            + " bytes (zip bomb?)");
                }
                if (totalRead > limits.maxTotalBytes()) {
                    throw unsafe(file, "parts inflate beyond " + limits.maxTotalBytes() + " bytes in all (zip bomb?)");
                }
                if (n > RATIO_GRACE_BYTES && n / compressed > limits.maxRatio()) {
                    throw unsafe(file, "zip entry " + entry.getName() + " has a compression ratio over "
                            + limits.maxRatio() + " (zip bomb?)");
                }
                out.write(buf, 0, r);
            }
            return out.toByteArray();
        } catch (ZipException | java.io.EOFException e) {
            throw unsafe(file, "damaged zip entry " + entry.getName() + " (" + e.getMessage() + ")");
        } catch (IOException e) {
            throw unsafe(file, "cannot read zip entry " + entry.getName() + " (" + e.getMessage() + ")");
        }
    }

    Path file() {
        return file;
    }

    @Override
    public void close() {
        try {
            zip.close();
        } catch (IOException ignored) {
            // nothing was written; a failed close cannot lose data
        }
    }

    static Mc2Exception unsafe(Path file, String what) {
        return new Mc2Exception(ExitCode.UNSAFE_DOCUMENT, file + ": " + what);
    }

    /** Tells the file kinds that are not a .docx apart by their first bytes, each with its own message. */
    private static void sniff(Path file) {
        byte[] head = new byte[8];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        } catch (NoSuchFileException e) {
            throw unsafe(file, "no such file");
        } catch (IOException e) {
            throw unsafe(file, "cannot be read (" + e.getMessage() + ")");
        }
        if (Files.isDirectory(file)) throw unsafe(file, "is a directory, not a .docx file");
        if (n == 0) throw unsafe(file, "empty file, not a .docx");
        if (n >= 8 && startsWith(head, OLE_MAGIC)) throw unsafe(file, oleKind(file));
        if (n >= 4 && head[0] == 'P' && head[1] == 'K' && (head[2] == 3 || head[2] == 5 || head[2] == 7)) return;
        if (n < 4 && head[0] == 'P') throw unsafe(file, "truncated zip archive");
        String start = new String(head, 0, n, StandardCharsets.ISO_8859_1);
        if (start.startsWith("{\\rtf")) throw unsafe(file, "an RTF file, not a .docx; save it as .docx first");
        if (start.startsWith("%PDF")) throw unsafe(file, "a PDF file, not a .docx");
        if (start.startsWith("<?xml") || start.startsWith("\u00ef\u00bb\u00bf<?x")) {
            throw unsafe(file, "an XML file (Word 2003 XML or flat OPC?), not a .docx; save it as .docx first");
        }
        throw unsafe(file, "not a .docx file (a .docx is a zip archive; this file is not one)");
    }

    /** An OLE compound file is either an encrypted OOXML package or a legacy binary document. */
    private static String oleKind(Path file) {
        byte[] data;
        try (InputStream in = Files.newInputStream(file)) {
            data = in.readNBytes(8 << 20);
        } catch (IOException e) {
            return "an OLE compound file, not a .docx";
        }
        if (containsUtf16(data, "EncryptionInfo") || containsUtf16(data, "EncryptedPackage")) {
            return "encrypted (password-protected) document; remove the password in Word and save it again";
        }
        if (containsUtf16(data, "WordDocument")) {
            return "legacy binary Word .doc file, not a .docx; save it as .docx first";
        }
        return "an OLE compound file (legacy Office format), not a .docx";
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        for (int i = 0; i < prefix.length; i++) if (data[i] != prefix[i]) return false;
        return true;
    }

    private static boolean containsUtf16(byte[] data, String s) {
        byte[] needle = s.getBytes(StandardCharsets.UTF_16LE);
        outer:
        for (int i = 0; i + needle.length <= data.length; i++) {
            for (int j = 0; j < needle.length; j++) if (data[i + j] != needle[j]) continue outer;
            return true;
        }
        return false;
    }
}
