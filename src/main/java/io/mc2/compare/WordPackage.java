package io.mc2.compare;

import io.mc2.problem.ExitCode;
import io.mc2.problem.Mc2Exception;
import io.mc2.redline.ReadLimits;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;

/**
 * The parts of a .docx held as bytes, so that a copy can be written with only some parts changed.
 * Reading is bounded like the redline reader's (entry count, inflated sizes); XML parts are parsed
 * without DTDs or external entities. Writing is deterministic: entries in the order read, each
 * dated 1980-01-01 12:00.
 */
public final class WordPackage {

    /** Nesting deeper than this is refused (the redline reader's limit). */
    static final int MAX_DEPTH = 400;

    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(1980, 1, 1, 12, 0);
    private static final Pattern OFFICE_DOCUMENT = Pattern.compile(
            "<Relationship\\b[^>]*Type=\"[^\"]*/officeDocument\"[^>]*>");
    private static final Pattern TARGET = Pattern.compile("Target=\"([^\"]*)\"");

    private final String label;
    private final Map<String, byte[]> parts;

    private WordPackage(String label, Map<String, byte[]> parts) {
        this.label = label;
        this.parts = parts;
    }

    /** Reads a .docx file within {@link ReadLimits#defaults()}. */
    public static WordPackage read(Path file) {
        try {
            return read(Files.readAllBytes(file), file.toString(), ReadLimits.defaults());
        } catch (IOException e) {
            throw new Mc2Exception(ExitCode.UNSAFE_DOCUMENT, file + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /** Reads a .docx held in memory; {@code label} names it in messages. */
    public static WordPackage read(byte[] docx, String label, ReadLimits limits) {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        long total = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx), StandardCharsets.UTF_8)) {
            ZipEntry e;
            byte[] buf = new byte[65536];
            while ((e = zip.getNextEntry()) != null) {
                if (parts.size() >= limits.maxEntries()) throw unsafe(label, "too many zip entries");
                String lower = e.getName().toLowerCase(Locale.ROOT);
                if (lower.endsWith("vbaproject.bin")) throw unsafe(label, "macro-enabled document; refusing to read it");
                if (e.isDirectory()) continue;
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                long n = 0;
                int r;
                while ((r = zip.read(buf)) > 0) {
                    n += r;
                    total += r;
                    if (n > limits.maxEntryBytes() || total > limits.maxTotalBytes()) {
                        throw unsafe(label, "zip entry " + e.getName() + " inflates beyond the limits (zip bomb?)");
                    }
                    out.write(buf, 0, r);
                }
                parts.putIfAbsent(e.getName(), out.toByteArray());
            }
        } catch (IOException | IllegalArgumentException e) {
            throw unsafe(label, "damaged zip archive (" + e.getMessage() + ")");
        }
        if (!parts.containsKey("[Content_Types].xml")) throw unsafe(label, "a zip archive but not a Word document");
        String types = new String(parts.get("[Content_Types].xml"), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
        if (types.contains("macroenabled") || types.contains("vbaproject")) {
            throw unsafe(label, "macro-enabled document; refusing to read it");
        }
        WordPackage pkg = new WordPackage(label, parts);
        if (pkg.part(pkg.mainPart()) == null) throw unsafe(label, "a zip archive but not a Word document (no main part)");
        return pkg;
    }

    static Mc2Exception unsafe(String label, String what) {
        return new Mc2Exception(ExitCode.UNSAFE_DOCUMENT, label + ": " + what);
    }

    /** The name the package was read under, for messages. */
    public String label() {
        return label;
    }

    /** The main document part, e.g. {@code word/document.xml}. */
    public String mainPart() {
        byte[] rels = parts.get("_rels/.rels");
        if (rels != null) {
            Matcher m = OFFICE_DOCUMENT.matcher(new String(rels, StandardCharsets.UTF_8));
            if (m.find()) {
                Matcher t = TARGET.matcher(m.group());
                if (t.find()) {
                    String target = t.group(1);
                    target = target.startsWith("/") ? target.substring(1) : target;
                    if (parts.containsKey(target)) return target;
                }
            }
        }
        return "word/document.xml";
    }

    /** The rels part of a part: word/document.xml gives word/_rels/document.xml.rels. */
    public static String relsOf(String part) {
        int slash = part.lastIndexOf('/');
        return (slash < 0 ? "" : part.substring(0, slash + 1)) + "_rels/" + part.substring(slash + 1) + ".rels";
    }

    /** The bytes of a part, or null. */
    public byte[] part(String name) {
        return parts.get(name);
    }

    /** Replaces or adds a part (added parts go at the end). */
    public void put(String name, byte[] data) {
        parts.put(name, data);
    }

    /** Part names in package order. */
    public List<String> names() {
        return new ArrayList<>(parts.keySet());
    }

    /** Parses an XML part; malformed or DTD-bearing XML is an unsafe document (exit 4). */
    public Document parse(String name) {
        byte[] data = parts.get(name);
        if (data == null) throw unsafe(label, "no part " + name);
        try {
            return builder().parse(new ByteArrayInputStream(data));
        } catch (SAXException | IOException e) {
            String msg = String.valueOf(e.getMessage()).replaceAll("\\s+", " ");
            throw unsafe(label, "malformed XML in " + name + " (" + (msg.length() > 200 ? msg.substring(0, 200) : msg) + ")");
        }
    }

    private static final ThreadLocal<DocumentBuilder> BUILDER = ThreadLocal.withInitial(WordPackage::newBuilder);

    private static DocumentBuilder builder() {
        DocumentBuilder b = BUILDER.get();
        b.reset();
        return b;
    }

    private static DocumentBuilder newBuilder() {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            // every node is visited anyway; building them while parsing is cheaper than on demand
            f.setFeature("http://apache.org/xml/features/dom/defer-node-expansion", false);
            try {
                // the tree walkers recurse: refuse absurd nesting like the redline reader does
                f.setAttribute("http://www.oracle.com/xml/jaxp/properties/maxElementDepth", MAX_DEPTH);
            } catch (IllegalArgumentException ignored) {
                // a parser without the JDK's limits: the reader's check before us still applies
            }
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(null);
            return b;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("XML parser cannot be configured safely", e);
        }
    }

    /** A new empty DOM document. */
    public static Document newDocument() {
        return builder().newDocument();
    }

    /** Serialises a DOM as a part's bytes (UTF-8, standalone). */
    public void put(String name, Document doc) {
        put(name, XmlWriter.write(doc));
    }

    /** The package as .docx bytes, the same for the same parts. */
    public byte[] toBytes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : parts.entrySet()) {
                ZipEntry entry = new ZipEntry(e.getKey());
                entry.setTimeLocal(ENTRY_TIME);
                zip.putNextEntry(entry);
                zip.write(e.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new Mc2Exception(ExitCode.INTERNAL, "could not write the .docx: " + e.getMessage(), e);
        }
        return bytes.toByteArray();
    }
}
