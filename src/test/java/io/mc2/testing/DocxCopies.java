package io.mc2.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Copies of committed .docx fixtures with one part's XML changed, for tests and benchmarks (never by running a word processor). */
public final class DocxCopies {
    private DocxCopies() {
    }

    /** Copies {@code from} to {@code to}, passing the part {@code part} (e.g. {@code word/document.xml}) through {@code change}. */
    public static void withPart(Path from, Path to, String part, UnaryOperator<String> change) throws IOException {
        boolean seen = false;
        try (InputStream raw = Files.newInputStream(from); ZipInputStream in = new ZipInputStream(raw);
             OutputStream rawOut = Files.newOutputStream(to); ZipOutputStream out = new ZipOutputStream(rawOut)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                if (e.getName().equals(part)) {
                    bytes = change.apply(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                    seen = true;
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(bytes);
                out.closeEntry();
            }
        }
        if (!seen) throw new IllegalArgumentException(from + " has no part " + part);
    }
}
