package io.mc2.docx;

import io.mc2.testing.Mc2Run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mc2.problem.ExitCode;
import io.mc2.problem.Mc2Exception;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One view of a file for every command: zip archives that would read differently to a reader of
 * local headers and a reader of the central directory are refused, and so is everything else a
 * .docx may not be, whichever command opens it.
 */
class DocxPackageTest {

    static final Path DRAFT = Path.of("src/test/resources/gap/sent-gpo.docx");
    static final String SENT = "thirty (30) days";
    static final String EVIL = "three hundred sixty-five (365) days";

    /** The entries of our real draft, as written. */
    static List<RawZip.Entry> draftEntries() throws IOException {
        List<RawZip.Entry> out = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(DRAFT))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) out.add(RawZip.Entry.of(e.getName(), in.readAllBytes()));
        }
        return out;
    }

    static RawZip.Entry document(List<RawZip.Entry> entries) {
        return entries.stream().filter(e -> e.name().equals("word/document.xml")).findFirst().orElseThrow();
    }

    static RawZip zipOf(List<RawZip.Entry> entries) {
        RawZip z = new RawZip();
        entries.forEach(z::add);
        return z;
    }

    static void assertRefused(Path file, String fragment) {
        Mc2Exception e = assertThrows(Mc2Exception.class, () -> DocxPackage.open(file));
        assertEquals(ExitCode.UNSAFE_DOCUMENT, e.exitCode());
        assertTrue(e.getMessage().startsWith(file + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(fragment), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void aFaithfulRewriteOfOurDraftReadsTheSame(@TempDir Path tmp) throws IOException {
        Path copy = Files.write(tmp.resolve("copy.docx"), zipOf(draftEntries()).bytes());
        DocxPackage pkg = DocxPackage.open(copy);
        assertEquals("word/document.xml", pkg.mainPart());
        String text = new String(pkg.read("word/document.xml"), StandardCharsets.UTF_8);
        assertTrue(text.contains(SENT));
        assertEquals(new String(DocxPackage.open(DRAFT).read("WORD/document.xml"), StandardCharsets.UTF_8), text,
                "part names are case-insensitive and the text is the same");
    }

    /**
     * The attack from the hardening issue: the central directory holds our exact draft, and a local
     * entry it does not list says 365 days. Every command refuses the file (exit 4), none reads either.
     */
    @Test
    void aHiddenLocalEntryIsRefusedByEveryCommand(@TempDir Path tmp) throws IOException {
        List<RawZip.Entry> entries = draftEntries();
        RawZip.Entry doc = document(entries);
        String evil = new String(doc.data(), StandardCharsets.UTF_8).replace(SENT, EVIL);
        RawZip z = new RawZip().add(RawZip.Entry.of("word/document.xml", evil.getBytes(StandardCharsets.UTF_8)).unlisted());
        entries.forEach(z::add);
        Path crafted = Files.write(tmp.resolve("crafted.docx"), z.bytes());
        assertRefused(crafted, "bytes no directory entry lists");
        Path out = tmp.resolve("out.docx");
        for (String[] args : List.of(
                new String[] {"text", crafted.toString()},
                new String[] {"revisions", crafted.toString(), "--format", "json"},
                new String[] {"gap", crafted.toString()},
                new String[] {"compare", crafted.toString(), DRAFT.toString(), "-o", out.toString()},
                new String[] {"compare", DRAFT.toString(), crafted.toString(), "-o", out.toString()},
                new String[] {"respond", crafted.toString(), "-o", out.toString()})) {
            Mc2Run r = Mc2Run.of((Object[]) args);
            assertEquals(4, r.exit(), String.join(" ", args) + ": " + r.err());
            assertTrue(r.err().contains("bytes no directory entry lists"), r.err());
            assertFalse(Files.exists(out), "nothing written by " + args[0]);
        }
    }

    @Test
    void twoEntriesOfOneNameAreRefused(@TempDir Path tmp) throws IOException {
        List<RawZip.Entry> entries = draftEntries();
        RawZip.Entry doc = document(entries);
        String evil = new String(doc.data(), StandardCharsets.UTF_8).replace(SENT, EVIL);
        entries.add(RawZip.Entry.of("word/document.xml", evil.getBytes(StandardCharsets.UTF_8)));
        assertRefused(Files.write(tmp.resolve("dup.docx"), zipOf(entries).bytes()), "two zip entries named word/document.xml");
        List<RawZip.Entry> cased = draftEntries();
        cased.add(RawZip.Entry.of("Word/Document.xml", evil.getBytes(StandardCharsets.UTF_8)));
        assertRefused(Files.write(tmp.resolve("cased.docx"), zipOf(cased).bytes()), "two zip entries named Word/Document.xml");
    }

    @Test
    void aDirectoryRecordNamingAnotherFileIsRefused(@TempDir Path tmp) throws IOException {
        List<RawZip.Entry> entries = new ArrayList<>();
        for (RawZip.Entry e : draftEntries()) {
            entries.add(e.name().equals("word/styles.xml") ? e.listedAs("word/stylez.xml") : e);
        }
        assertRefused(Files.write(tmp.resolve("renamed.docx"), zipOf(entries).bytes()), "in its local header");
    }

    /** Stored entries with data descriptors are legal zip (some writers stream them): read like any other. */
    @Test
    void storedEntriesWithDataDescriptorsAreRead(@TempDir Path tmp) throws IOException {
        List<RawZip.Entry> entries = draftEntries().stream().map(e -> e.stored(true)).toList();
        Path file = Files.write(tmp.resolve("stored.docx"), zipOf(entries).bytes());
        String text = new String(DocxPackage.open(file).read("word/document.xml"), StandardCharsets.UTF_8);
        assertTrue(text.contains(SENT));
        Mc2Run r = Mc2Run.of("compare", file.toString(), DRAFT.toString(), "-o", tmp.resolve("c.docx").toString());
        assertEquals(0, r.exit(), r.err());
    }

    /** A DTD in a part that no reader parses would be copied into compare's and respond's output. */
    @ParameterizedTest
    @ValueSource(strings = {"docProps/custom.xml", "word/styles.xml", "word/numbering.xml", "word/_rels/document.xml.rels",
        "docProps/app.xml", "word/settings.xml"})
    void aDtdInAnyXmlPartIsRefusedByCompare(String part, @TempDir Path tmp) throws IOException {
        List<RawZip.Entry> entries = new ArrayList<>();
        boolean found = false;
        for (RawZip.Entry e : draftEntries()) {
            if (e.name().equals(part)) {
                String xml = new String(e.data(), StandardCharsets.UTF_8);
                int root = xml.indexOf("?>") + 2;
                xml = xml.substring(0, root) + "<!DOCTYPE x [<!ENTITY a \"aaaa\">]>" + xml.substring(root);
                e = RawZip.Entry.of(part, xml.getBytes(StandardCharsets.UTF_8));
                found = true;
            }
            entries.add(e);
        }
        assertTrue(found, part + " is in our draft");
        Path file = Files.write(tmp.resolve("dtd.docx"), zipOf(entries).bytes());
        Path out = tmp.resolve("c.docx");
        Mc2Run r = Mc2Run.of("compare", file.toString(), DRAFT.toString(), "-o", out.toString());
        assertEquals(4, r.exit(), r.err());
        assertTrue(r.err().contains(part + " declares a DTD"), r.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void macroPartsAreRefusedBeforeAnythingIsRead(@TempDir Path tmp) throws IOException {
        List<RawZip.Entry> entries = draftEntries();
        entries.add(RawZip.Entry.of("word/vbaData.xml", "<wne:vbaSuppData xmlns:wne=\"x\"/>".getBytes(StandardCharsets.UTF_8)));
        Path file = Files.write(tmp.resolve("vba.docx"), zipOf(entries).bytes());
        assertRefused(file, "macro-enabled document (contains word/vbaData.xml)");
        Mc2Run r = Mc2Run.of("compare", file.toString(), DRAFT.toString(), "-o", tmp.resolve("c.docx").toString());
        assertEquals(4, r.exit(), r.err());
    }

    @Test
    void aMainPartThatIsNotADocumentIsRefused(@TempDir Path tmp) throws IOException {
        List<RawZip.Entry> entries = new ArrayList<>();
        for (RawZip.Entry e : draftEntries()) {
            if (e.name().equals("_rels/.rels")) {
                String rels = new String(e.data(), StandardCharsets.UTF_8).replace("word/document.xml", "word/styles.xml");
                e = RawZip.Entry.of(e.name(), rels.getBytes(StandardCharsets.UTF_8));
            }
            entries.add(e);
        }
        assertRefused(Files.write(tmp.resolve("main.docx"), zipOf(entries).bytes()), "is not a Word document");
    }

    /** Every truncation of a real draft is refused alike by the reader and by compare's copy. */
    @Test
    void everyTruncationIsRefused(@TempDir Path tmp) throws IOException {
        byte[] full = Files.readAllBytes(DRAFT);
        for (int cut = 1; cut < full.length; cut += Math.max(1, full.length / 40)) {
            Path file = Files.write(tmp.resolve("cut.docx"), Arrays.copyOf(full, cut));
            Mc2Exception e = assertThrows(Mc2Exception.class, () -> DocxPackage.open(file).parts(), "cut at " + cut);
            assertEquals(ExitCode.UNSAFE_DOCUMENT, e.exitCode(), e.getMessage());
        }
    }

    @Test
    void aFifoIsRefusedWithoutBlocking(@TempDir Path tmp) throws Exception {
        Path fifo = tmp.resolve("x.docx");
        Process p = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertEquals(0, p.waitFor());
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertRefused(fifo, "is not a regular file"));
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            Mc2Run r = Mc2Run.of("compare", fifo.toString(), DRAFT.toString(), "-o", tmp.resolve("c.docx").toString());
            assertEquals(4, r.exit(), r.err());
        });
    }

    @Test
    void devicesAndFoldersAreRefused(@TempDir Path tmp) {
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertRefused(Path.of("/dev/zero"), "is not a regular file"));
        assertRefused(tmp, "is a directory");
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedBeforeItIsRead(@TempDir Path tmp) throws IOException {
        Path big = tmp.resolve("big.docx");
        try (var ch = java.nio.channels.FileChannel.open(big, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE)) {
            ch.write(java.nio.ByteBuffer.wrap(new byte[] {'P', 'K', 3, 4}), (3L << 30)); // a 3 GB sparse file
        }
        Mc2Exception e = assertThrows(Mc2Exception.class, () -> DocxPackage.open(big));
        assertTrue(e.getMessage().contains("is too large"), e.getMessage());
        ReadLimits small = new ReadLimits(1000, 10, 1 << 20, 1 << 20, 100);
        Mc2Exception e2 = assertThrows(Mc2Exception.class, () -> DocxPackage.open(DRAFT, small));
        assertTrue(e2.getMessage().contains("is too large"), e2.getMessage());
    }

    @Test
    void partsAreInflatedOnceAndCheckedAgainstTheirChecksum(@TempDir Path tmp) throws IOException {
        byte[] zip = zipOf(draftEntries()).bytes();
        DocxPackage pkg = DocxPackage.of(zip, "mem", ReadLimits.defaults());
        assertNotNull(pkg.read("word/document.xml"));
        // flip one byte inside the compressed data of the first entry: the CRC (or inflater) catches it
        byte[] bad = zip.clone();
        int nameLen = (bad[26] & 0xFF) | (bad[27] & 0xFF) << 8;
        bad[30 + nameLen + 3] ^= 0x55;
        Mc2Exception e = assertThrows(Mc2Exception.class, () -> DocxPackage.of(bad, "bad", ReadLimits.defaults()).parts());
        assertTrue(e.getMessage().startsWith("bad: damaged zip entry"), e.getMessage());
    }
}
