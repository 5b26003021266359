package io.mc2.docx;

import io.mc2.problem.ExitCode;
import io.mc2.problem.Mc2Exception;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.w3c.dom.Document;

/**
 * A .docx package opened as untrusted input: the one view of a file that every command reads.
 * The file must be a regular file within the size limit; it is read once into memory, its zip
 * structure checked (see {@link ZipDirectory}), macro-enabled packages refused, and each part
 * inflated on demand through counters that stop at the {@link ReadLimits} and a CRC check, never
 * trusting the sizes the headers claim. Part names are matched case-insensitively, as OPC says.
 */
public final class DocxPackage {

    private static final long RATIO_GRACE_BYTES = 1L << 20;
    private static final String MAIN_DEFAULT = "word/document.xml";

    private final String label;
    private final ReadLimits limits;
    private final byte[] file;
    private final List<ZipDirectory.Entry> entries;
    private final Map<String, ZipDirectory.Entry> byLowerName = new HashMap<>();
    private final Map<String, byte[]> inflated = new HashMap<>();
    private final Map<String, String> overrides = new HashMap<>();
    private final Map<String, String> defaults = new HashMap<>();
    private final String mainPart;
    private final List<String> repairs;
    private long totalRead;

    private DocxPackage(String label, byte[] file, ReadLimits limits) {
        this.label = label;
        this.limits = limits;
        this.file = file;
        String notDocx = FileKind.notDocx(file);
        if (notDocx != null) throw unsafe(notDocx);
        this.entries = ZipDirectory.read(file, limits.maxEntries(), this::unsafe);
        for (ZipDirectory.Entry e : entries) {
            String lower = e.name().toLowerCase(Locale.ROOT);
            if (lower.endsWith("vbaproject.bin") || lower.endsWith("vbadata.xml")) {
                throw unsafe("macro-enabled document (contains " + e.name() + "); refusing to read it");
            }
            if (e.size() > limits.maxEntryBytes()) {
                throw unsafe("zip entry " + e.name() + " is too large (" + e.size() + " bytes, limit "
                        + limits.maxEntryBytes() + ")");
            }
            byLowerName.put(lower, e);
        }
        readContentTypes();
        this.mainPart = findMainPart();
        this.repairs = repairMainPart();
    }

    /** Opens a file: a regular file (not a fifo, device or folder) within the size limit. */
    public static DocxPackage open(Path path, ReadLimits limits) {
        return new DocxPackage(path.toString(), UntrustedFile.read(path, limits.maxFileBytes(), ".docx file"), limits);
    }

    /** Opens a file within {@link ReadLimits#defaults()}. */
    public static DocxPackage open(Path path) {
        return open(path, ReadLimits.defaults());
    }

    /** Opens a package held in memory; {@code label} names it in messages. */
    public static DocxPackage of(byte[] data, String label, ReadLimits limits) {
        if (data.length > limits.maxFileBytes()) throw unsafe(label, "is too large (limit " + limits.maxFileBytes() + " bytes)");
        return new DocxPackage(label, data, limits);
    }

    /** The name the package was opened under, for messages. */
    public String label() {
        return label;
    }

    /** The file's bytes as read. */
    public byte[] bytes() {
        return file.clone();
    }

    /** Part names as stored, in central directory order, folders left out. */
    public List<String> names() {
        List<String> out = new ArrayList<>(entries.size());
        for (ZipDirectory.Entry e : entries) if (!e.directory()) out.add(e.name());
        return out;
    }

    /** The main document part, found through the package relationships (e.g. word/document.xml). */
    public String mainPart() {
        return mainPart;
    }

    /**
     * What was repaired in the main part before any reader saw it, one line each naming the file
     * (see {@link LibreOfficeSdtRepair}); empty for nearly every file.
     */
    public List<String> repairs() {
        return repairs;
    }

    /** The content type of a part (its override, else the default for its extension), lower-cased, or null. */
    public String contentType(String part) {
        String name = strip(part).toLowerCase(Locale.ROOT);
        String o = overrides.get(name);
        if (o != null) return o;
        int dot = name.lastIndexOf('.');
        return dot < 0 ? null : defaults.get(name.substring(dot + 1));
    }

    /**
     * The inflated part, or null when the package has no such part. An XML part whose prolog
     * declares a DTD is refused here, whoever reads it.
     */
    public byte[] read(String partName) {
        String lower = strip(partName).toLowerCase(Locale.ROOT);
        byte[] cached = inflated.get(lower);
        if (cached != null) return cached;
        ZipDirectory.Entry entry = byLowerName.get(lower);
        if (entry == null || entry.directory()) return null;
        byte[] data = inflate(entry);
        if (isXml(entry.name())) SafeXml.checkProlog(label, entry.name(), data);
        inflated.put(lower, data);
        return data;
    }

    /** A hardened StAX reader over a part (see {@link SafeXml}); the part must exist. */
    public XMLStreamReader stax(String part) {
        byte[] data = read(part);
        if (data == null) throw unsafe("has no part " + part);
        return SafeXml.stax(label, part, data);
    }

    /** A hardened DOM of a part (see {@link SafeXml}); the part must exist. */
    public Document dom(String part) {
        byte[] data = read(part);
        if (data == null) throw unsafe("has no part " + part);
        return SafeXml.dom(label, part, data);
    }

    /** The relationships a part declares (its .rels part), targets resolved; the package's own for "". */
    public List<Relationship> relationships(String sourcePart) {
        String rels = sourcePart.isEmpty() ? "_rels/.rels" : Relationship.relsOf(strip(sourcePart));
        return relationshipsIn(rels);
    }

    /** The relationships listed in one .rels part, targets resolved against the part they describe. */
    public List<Relationship> relationshipsIn(String relsPart) {
        return Relationship.parse(label, relsPart, read(relsPart));
    }

    /** The target of the first internal relationship of a short type, or {@code fallback}. */
    public static String target(List<Relationship> rels, String shortType, String fallback) {
        for (Relationship r : rels) if (!r.external() && r.shortType().equals(shortType)) return r.target();
        return fallback;
    }

    /** Every part inflated, in package order (for writers that copy the package). */
    public Map<String, byte[]> parts() {
        Map<String, byte[]> out = new LinkedHashMap<>();
        for (String name : names()) out.put(name, read(name));
        return out;
    }

    /** An unsafe-document exception naming this package. */
    public Mc2Exception unsafe(String what) {
        return unsafe(label, what);
    }

    static Mc2Exception unsafe(String label, String what) {
        // what often quotes the file's own names: never let them break the one-line message
        return new Mc2Exception(ExitCode.UNSAFE_DOCUMENT, label + ": " + UntrustedText.printable(what));
    }

    private void readContentTypes() {
        byte[] types = read("[Content_Types].xml");
        if (types == null) throw unsafe("a zip archive but not a Word document (no [Content_Types].xml)");
        XMLStreamReader x = SafeXml.stax(label, "[Content_Types].xml", types);
        try {
            while (x.hasNext()) {
                if (x.next() != XMLStreamConstants.START_ELEMENT) continue;
                String ct = x.getAttributeValue(null, "ContentType");
                if (ct == null) continue;
                ct = ct.toLowerCase(Locale.ROOT);
                if (ct.contains("macroenabled") || ct.contains("vbaproject")) {
                    throw unsafe("macro-enabled document (" + ct + "); refusing to read it");
                }
                String partName = x.getAttributeValue(null, "PartName");
                String ext = x.getAttributeValue(null, "Extension");
                if (x.getLocalName().equals("Override") && partName != null) {
                    overrides.putIfAbsent(strip(partName).toLowerCase(Locale.ROOT), ct);
                } else if (x.getLocalName().equals("Default") && ext != null) {
                    defaults.putIfAbsent(ext.toLowerCase(Locale.ROOT), ct);
                }
            }
        } catch (XMLStreamException e) {
            throw SafeXml.broken(label, "[Content_Types].xml", e);
        }
    }

    private String findMainPart() {
        String main = target(relationships(""), "officeDocument", MAIN_DEFAULT);
        if (read(main) == null && !main.equals(MAIN_DEFAULT)) main = MAIN_DEFAULT;
        ZipDirectory.Entry entry = byLowerName.get(main.toLowerCase(Locale.ROOT));
        if (entry == null || entry.directory()) {
            throw unsafe("a zip archive but not a Word document (no " + main + ")");
        }
        String ct = contentType(main);
        // a main part that is declared as something else (a style sheet, an image) is not a Word document
        if (ct != null && !ct.equals("application/xml") && !(ct.contains("wordprocessingml") && ct.endsWith(".main+xml"))) {
            throw unsafe("the main part " + main + " is not a Word document (its content type is " + ct + ")");
        }
        return entry.name();
    }

    /**
     * Mends the main part when LibreOffice left it malformed in the one way it is known to, after the
     * zip, size and prolog checks have passed on the part as stored; every reader then parses the
     * mended text with the same parser. Anything else malformed stays as it is, to be refused.
     */
    private List<String> repairMainPart() {
        String lower = mainPart.toLowerCase(Locale.ROOT);
        byte[] data = read(mainPart);
        LibreOfficeSdtRepair.Repaired r = LibreOfficeSdtRepair.repair(label, mainPart, data);
        if (r == null) return List.of();
        inflated.put(lower, r.data());
        return List.of(label + ": " + UntrustedText.printable(r.warning()));
    }

    private byte[] inflate(ZipDirectory.Entry entry) {
        long compressed = Math.max(entry.compressedSize(), 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(Math.max(entry.size(), 8192), 1 << 20));
        CRC32 crc = new CRC32();
        if (entry.method() == 0) {
            if (entry.compressedSize() != entry.size()) throw unsafe("zip entry " + entry.name() + " is stored with two sizes");
            count(entry, entry.size(), entry.size(), compressed);
            out.write(file, entry.dataStart(), (int) entry.size());
            crc.update(file, entry.dataStart(), (int) entry.size());
        } else {
            Inflater inflater = new Inflater(true);
            try {
                inflater.setInput(file, entry.dataStart(), (int) entry.compressedSize());
                byte[] buf = new byte[65536];
                long n = 0;
                while (!inflater.finished()) {
                    int r = inflater.inflate(buf);
                    if (r == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                        throw unsafe("damaged zip entry " + entry.name() + " (its data ends early)");
                    }
                    n += r;
                    count(entry, n, r, compressed);
                    crc.update(buf, 0, r);
                    out.write(buf, 0, r);
                }
            } catch (DataFormatException e) {
                throw unsafe("damaged zip entry " + entry.name() + " (invalid deflate data)");
            } finally {
                inflater.end();
            }
        }
        if (out.size() != entry.size() || crc.getValue() != entry.crc()) {
            throw unsafe("damaged zip entry " + entry.name() + " (its size or checksum is not what the directory says)");
        }
        return out.toByteArray();
    }

    /** Counts {@code delta} more inflated bytes of an entry that has now given {@code n}. */
    private void count(ZipDirectory.Entry entry, long n, long delta, long compressed) {
        totalRead += delta;
        if (n > limits.maxEntryBytes()) {
            throw unsafe("zip entry " + entry.name() + " inflates beyond " + limits.maxEntryBytes() + " bytes (zip bomb?)");
        }
        if (totalRead > limits.maxTotalBytes()) {
            throw unsafe("parts inflate beyond " + limits.maxTotalBytes() + " bytes in all (zip bomb?)");
        }
        if (n > RATIO_GRACE_BYTES && n / compressed > limits.maxRatio()) {
            throw unsafe("zip entry " + entry.name() + " has a compression ratio over " + limits.maxRatio() + " (zip bomb?)");
        }
    }

    private static boolean isXml(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".xml") || lower.endsWith(".rels");
    }

    private static String strip(String part) {
        return part.startsWith("/") ? part.substring(1) : part;
    }
}
