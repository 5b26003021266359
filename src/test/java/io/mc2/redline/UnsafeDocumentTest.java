package io.mc2.redline;

import io.mc2.docx.ReadLimits;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mc2.problem.Mc2Exception;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each kind of unsafe or unreadable file gets its own one-line message and exit code 4. */
class UnsafeDocumentTest {

    static final Path DIR = Path.of("src/test/resources/redline/unsafe");

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "encrypted.docx          | encrypted (password-protected) document",
        "legacy.doc              | legacy binary Word .doc file",
        "macro-content-type.docx | macro-enabled document (application/vnd.ms-word.document.macroenabled.main+xml)",
        "vba-project.docx        | macro-enabled document (contains word/vbaProject.bin)",
        "truncated.docx          | truncated or damaged zip archive",
        "not-a-zip.docx          | not a .docx file",
        "empty.docx              | empty file",
        "zip-bomb.docx           | compression ratio over 100 (zip bomb?)",
        "dtd-entity.docx         | declares a DTD",
        "too-deep.docx           | nested more than 400 elements deep",
        "missing.docx            | no such file"})
    void refusedWithItsOwnMessage(String name, String fragment) {
        Path file = DIR.resolve(name);
        RedlineReaderTest.assertUnsafe(() -> RedlineReader.read(file), fragment);
        try {
            RedlineReader.read(file);
        } catch (Mc2Exception e) {
            assertTrue(e.getMessage().startsWith(file + ": "), e.getMessage());
            assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
        }
    }

    /**
     * Zip headers that understate the inflated size do not get a bomb past the counting inflater:
     * the central directory and the data descriptors agree on the lie, so only inflating tells.
     */
    @Test
    void lyingSizeHeadersDoNotHelpABomb(@TempDir Path tmp) throws IOException {
        byte[] zip = Files.readAllBytes(DIR.resolve("zip-bomb.docx"));
        ByteBuffer buf = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        int patched = 0;
        int descriptors = 0;
        for (int i = 0; i + 46 <= zip.length; i++) {
            // the second entry is word/document.xml, the bomb
            if (buf.getInt(i) == 0x02014b50 && ++patched == 2) { // central directory entry: uncompressed size at +24
                buf.putInt(i + 24, 200);
            } else if (buf.getInt(i) == 0x08074b50 && ++descriptors == 2) { // data descriptor: uncompressed size at +12
                buf.putInt(i + 12, 200);
            }
        }
        assertEquals(2, patched);
        assertEquals(2, descriptors);
        Path liar = Files.write(tmp.resolve("liar.docx"), zip);
        Mc2Exception e = org.junit.jupiter.api.Assertions.assertThrows(Mc2Exception.class, () -> RedlineReader.read(liar));
        assertTrue(e.getMessage().contains("zip bomb") || e.getMessage().contains("damaged zip entry"), e.getMessage());
        // with the ratio check out of the way, the size counted while inflating still stops it
        RedlineReaderTest.assertUnsafe(() -> RedlineReader.read(liar, new ReadLimits(100, 10 << 20, 1L << 31, 100_000)),
                "inflates beyond 10485760 bytes");
    }

    /** A local header that tells another size than the central directory is refused, whichever is true. */
    @Test
    void localHeaderThatDisagreesWithTheDirectoryIsRefused(@TempDir Path tmp) throws IOException {
        byte[] zip = Files.readAllBytes(DIR.resolve("zip-bomb.docx"));
        ByteBuffer buf = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i + 30 <= zip.length; i++) {
            if (buf.getInt(i) == 0x04034b50) buf.putInt(i + 22, 200); // local header: uncompressed size
        }
        Path liar = Files.write(tmp.resolve("liar.docx"), zip);
        RedlineReaderTest.assertUnsafe(() -> RedlineReader.read(liar), "disagree on sizes or checksum");
    }
}
