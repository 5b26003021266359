package io.mc2.docx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Reads the bytes of a supplier's file: a regular file only (a fifo or device would block), within
 * a size limit checked before and while reading. The .docx package and the PDF reader both start here.
 */
public final class UntrustedFile {
    private UntrustedFile() {
    }

    /**
     * The file's bytes; {@code kind} names what it should be in messages (".docx file", "PDF file").
     * Any problem is {@code Mc2Exception(UNSAFE_DOCUMENT, "<file>: <what is wrong>")}.
     */
    public static byte[] read(Path path, long maxBytes, String kind) {
        String label = path.toString();
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(path, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw DocxPackage.unsafe(label, "no such file");
        } catch (IOException e) {
            throw DocxPackage.unsafe(label, "cannot be read (" + reason(e) + ")");
        }
        if (attrs.isDirectory()) throw DocxPackage.unsafe(label, "is a directory, not a " + kind);
        if (!attrs.isRegularFile()) throw DocxPackage.unsafe(label, "is not a regular file (a pipe or device?); refusing to read it");
        if (attrs.size() > maxBytes) {
            throw DocxPackage.unsafe(label, "is too large (" + attrs.size() + " bytes, limit " + maxBytes + ")");
        }
        byte[] data;
        try (InputStream in = Files.newInputStream(path)) {
            data = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        } catch (IOException e) {
            throw DocxPackage.unsafe(label, "cannot be read (" + reason(e) + ")");
        }
        // the file may have grown since its size was read
        if (data.length > maxBytes) throw DocxPackage.unsafe(label, "is too large (limit " + maxBytes + " bytes)");
        return data;
    }

    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) return "permission denied";
        String m = e.getMessage();
        return m == null ? "input/output error" : m;
    }
}
