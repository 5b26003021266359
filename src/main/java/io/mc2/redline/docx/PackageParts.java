package io.mc2.redline.docx;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** The package plumbing of a .docx: content types, relationships, document properties. */
final class PackageParts {

    /** One relationship; target already resolved to a part name unless external. */
    record Relationship(String id, String type, String target, boolean external) {
        /** The last segment of the type URI: officeDocument, header, attachedTemplate ... */
        String shortType() {
            int slash = type.lastIndexOf('/');
            return slash < 0 ? type : type.substring(slash + 1);
        }
    }

    private PackageParts() {
    }

    /** Content types declared in [Content_Types].xml (Default and Override), lower-cased. */
    static List<String> contentTypes(Path file, byte[] data) {
        List<String> types = new ArrayList<>();
        XMLStreamReader x = Xml.open(file, "[Content_Types].xml", data);
        try {
            while (x.hasNext()) {
                if (x.next() == XMLStreamConstants.START_ELEMENT) {
                    String ct = x.getAttributeValue(null, "ContentType");
                    if (ct != null) types.add(ct.toLowerCase(Locale.ROOT));
                }
            }
        } catch (XMLStreamException e) {
            throw Xml.broken(file, "[Content_Types].xml", e);
        }
        return types;
    }

    /** The rels part name of a part: word/document.xml to word/_rels/document.xml.rels. */
    static String relsOf(String part) {
        int slash = part.lastIndexOf('/');
        return (slash < 0 ? "" : part.substring(0, slash + 1)) + "_rels/" + part.substring(slash + 1) + ".rels";
    }

    /** The part a rels part describes (inverse of {@link #relsOf}); "" for the package itself. */
    static String sourceOf(String relsPart) {
        String p = relsPart.replace("_rels/", "");
        return p.endsWith(".rels") ? p.substring(0, p.length() - 5) : p;
    }

    static List<Relationship> relationships(Path file, String relsPart, byte[] data) {
        List<Relationship> out = new ArrayList<>();
        if (data == null) return out;
        String source = sourceOf(relsPart);
        String baseDir = source.contains("/") ? source.substring(0, source.lastIndexOf('/') + 1) : "";
        XMLStreamReader x = Xml.open(file, relsPart, data);
        try {
            while (x.hasNext()) {
                if (x.next() != XMLStreamConstants.START_ELEMENT || !x.getLocalName().equals("Relationship")) continue;
                String id = x.getAttributeValue(null, "Id");
                String type = x.getAttributeValue(null, "Type");
                String target = x.getAttributeValue(null, "Target");
                boolean external = "External".equalsIgnoreCase(x.getAttributeValue(null, "TargetMode"));
                if (type == null || target == null) continue;
                out.add(new Relationship(id, type, external ? target : resolve(baseDir, target), external));
            }
        } catch (XMLStreamException e) {
            throw Xml.broken(file, relsPart, e);
        }
        return out;
    }

    /** Resolves a relative part reference against a folder, within the package. */
    static String resolve(String baseDir, String target) {
        String t = target.replace('\\', '/');
        int hash = t.indexOf('#');
        if (hash >= 0) t = t.substring(0, hash);
        String path = t.startsWith("/") ? t.substring(1) : baseDir + t;
        List<String> parts = new ArrayList<>();
        for (String seg : path.split("/")) {
            if (seg.isEmpty() || seg.equals(".")) continue;
            if (seg.equals("..")) {
                if (!parts.isEmpty()) parts.remove(parts.size() - 1);
            } else {
                parts.add(seg);
            }
        }
        return String.join("/", parts);
    }

    /** docProps/custom.xml: property name to its value as text. */
    static Map<String, String> customProperties(Path file, String part, byte[] data) {
        Map<String, String> out = new LinkedHashMap<>();
        if (data == null) return out;
        XMLStreamReader x = Xml.open(file, part, data);
        try {
            while (x.hasNext()) {
                if (x.next() != XMLStreamConstants.START_ELEMENT || !x.getLocalName().equals("property")) continue;
                String name = x.getAttributeValue(null, "name");
                String value = null;
                int d = 1;
                while (d > 0 && x.hasNext()) {
                    int e = x.next();
                    if (e == XMLStreamConstants.START_ELEMENT) {
                        if (value == null) {
                            value = Xml.text(x);
                        } else {
                            Xml.skip(x);
                        }
                    } else if (e == XMLStreamConstants.END_ELEMENT) {
                        d--;
                    }
                }
                if (name != null) out.putIfAbsent(name, value == null ? "" : value);
            }
        } catch (XMLStreamException e) {
            throw Xml.broken(file, part, e);
        }
        return out;
    }

    /** docProps/core.xml: each property's local name (title, creator, modified ...) to its text. */
    static Map<String, String> coreProperties(Path file, String part, byte[] data) {
        Map<String, String> out = new LinkedHashMap<>();
        if (data == null) return out;
        XMLStreamReader x = Xml.open(file, part, data);
        try {
            int d = 0;
            while (x.hasNext()) {
                int e = x.next();
                if (e == XMLStreamConstants.START_ELEMENT) {
                    d++;
                    if (d == 2) {
                        String name = x.getLocalName();
                        out.putIfAbsent(name, Xml.text(x).strip());
                        d--;
                    }
                } else if (e == XMLStreamConstants.END_ELEMENT) {
                    d--;
                }
            }
        } catch (XMLStreamException e) {
            throw Xml.broken(file, part, e);
        }
        return out;
    }

    /** commentsExtended.xml: paraId of a comment's last paragraph to {parent paraId or null, done}. */
    static Map<String, String[]> commentsExtended(Path file, String part, byte[] data) {
        Map<String, String[]> out = new LinkedHashMap<>();
        if (data == null) return out;
        XMLStreamReader x = Xml.open(file, part, data);
        try {
            while (x.hasNext()) {
                if (x.next() != XMLStreamConstants.START_ELEMENT || !x.getLocalName().equals("commentEx")) continue;
                String paraId = x.getAttributeValue(Xml.W15, "paraId");
                if (paraId != null) {
                    out.put(paraId, new String[] {x.getAttributeValue(Xml.W15, "paraIdParent"),
                        x.getAttributeValue(Xml.W15, "done")});
                }
            }
        } catch (XMLStreamException e) {
            throw Xml.broken(file, part, e);
        }
        return out;
    }
}
