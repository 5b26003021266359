package io.mc2.compare;

import io.mc2.docx.DocxPackage;
import io.mc2.docx.ReadLimits;
import io.mc2.docx.Relationship;
import io.mc2.docx.SafeXml;
import io.mc2.problem.ExitCode;
import io.mc2.problem.Mc2Exception;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.w3c.dom.Document;

/**
 * The parts of a .docx held as bytes, so that a copy can be written with only some parts changed.
 * It is made from a {@link DocxPackage}, so it sees exactly what the reader sees and passes the
 * same checks. Writing is deterministic: entries in package order, each dated 1980-01-01 12:00.
 */
public final class WordPackage {

    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(1980, 1, 1, 12, 0);

    private final String label;
    private final String mainPart;
    private final Map<String, byte[]> parts;
    /** Parts put as a DOM, written when the package is: their place in {@link #parts} holds {@link #PENDING}. */
    private final Map<String, Document> pending = new HashMap<>();
    private static final byte[] PENDING = new byte[0];

    private WordPackage(DocxPackage source) {
        this.label = source.label();
        this.mainPart = source.mainPart();
        this.parts = source.parts();
    }

    /** A writable copy of an opened package. */
    public static WordPackage of(DocxPackage source) {
        return new WordPackage(source);
    }

    /** Reads a .docx file within {@link ReadLimits#defaults()}. */
    public static WordPackage read(Path file) {
        return of(DocxPackage.open(file));
    }

    /** Reads a .docx held in memory; {@code label} names it in messages. */
    public static WordPackage read(byte[] docx, String label, ReadLimits limits) {
        return of(DocxPackage.of(docx, label, limits));
    }

    /** The name the package was read under, for messages. */
    public String label() {
        return label;
    }

    /** The main document part, e.g. {@code word/document.xml}. */
    public String mainPart() {
        return mainPart;
    }

    /** The rels part of a part: word/document.xml gives word/_rels/document.xml.rels. */
    public static String relsOf(String part) {
        return Relationship.relsOf(part);
    }

    /** The relationships a part declares, as its .rels part now stands (see {@link Relationship#parse}). */
    public List<Relationship> relationships(String part) {
        String rels = relsOf(part);
        return Relationship.parse(label, rels, part(rels));
    }

    /** The bytes of a part, or null. */
    public byte[] part(String name) {
        byte[] data = parts.get(name);
        if (data != PENDING) return data;
        data = XmlWriter.write(pending.remove(name));
        parts.put(name, data);
        return data;
    }

    /** Replaces or adds a part (added parts go at the end). */
    public void put(String name, byte[] data) {
        pending.remove(name);
        parts.put(name, data);
    }

    /** Part names in package order. */
    public List<String> names() {
        return new ArrayList<>(parts.keySet());
    }

    /** Parses an XML part; malformed or DTD-bearing XML is an unsafe document (exit 4). */
    public Document parse(String name) {
        byte[] data = part(name);
        if (data == null) throw new Mc2Exception(ExitCode.UNSAFE_DOCUMENT, label + ": no part " + name);
        return SafeXml.dom(label, name, data);
    }

    /**
     * Parses a story part that will be edited and written back: its untouched paragraphs are then
     * written as they came ({@link #put(String, Document)}), at the cost of one more pass over it.
     */
    public Document parseForEditing(String name) {
        Document doc = parse(name);
        VerbatimParagraphs.record(doc, part(name));
        return doc;
    }

    /** A new empty DOM document. */
    public static Document newDocument() {
        return SafeXml.newDocument();
    }

    /**
     * Replaces or adds a part given as a DOM, serialised (UTF-8, standalone) straight into the
     * package when it is written, so a long part is never held as text as well as a tree. The
     * document must not change after it is put.
     */
    public void put(String name, Document doc) {
        parts.put(name, PENDING);
        pending.put(name, doc);
    }

    /** The package as .docx bytes, the same for the same parts. */
    public byte[] toBytes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : parts.entrySet()) {
                ZipEntry entry = new ZipEntry(e.getKey());
                entry.setTimeLocal(ENTRY_TIME);
                zip.putNextEntry(entry);
                if (e.getValue() == PENDING) XmlWriter.write(pending.get(e.getKey()), zip);
                else zip.write(e.getValue());
                zip.closeEntry();
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new Mc2Exception(ExitCode.INTERNAL, "could not write the .docx: " + e.getMessage(), e);
        }
        return bytes.toByteArray();
    }
}
