package io.mc2.redline;

import io.mc2.docx.DocxPackage;
import io.mc2.docx.ReadLimits;
import io.mc2.redline.docx.DocxRedlineReader;
import java.nio.file.Path;

/**
 * Reads a supplier's redlined .docx (Word, LibreOffice, Google Docs) as untrusted input.
 * Unsafe or unreadable files end in {@code Mc2Exception(ExitCode.UNSAFE_DOCUMENT, "<file>: <what is wrong>")}.
 */
public final class RedlineReader {

    private RedlineReader() {
    }

    /** Reads the document within the given limits. */
    public static RedlineDocument read(Path file, ReadLimits limits) {
        return DocxRedlineReader.read(file, limits);
    }

    /** Reads the document within {@link ReadLimits#defaults()}. */
    public static RedlineDocument read(Path file) {
        return read(file, ReadLimits.defaults());
    }

    /** Reads a package already opened (and checked) by {@link DocxPackage}. */
    public static RedlineDocument read(DocxPackage pkg) {
        return DocxRedlineReader.read(pkg);
    }
}
