package io.mc2.docx;

/**
 * One package relationship.
 *
 * @param target resolved to a part name within the package unless {@code external}
 */
public record Relationship(String id, String type, String target, boolean external) {

    /** The last segment of the type URI: officeDocument, header, attachedTemplate ... */
    public String shortType() {
        int slash = type.lastIndexOf('/');
        return slash < 0 ? type : type.substring(slash + 1);
    }

    /** The rels part of a part: word/document.xml gives word/_rels/document.xml.rels. */
    public static String relsOf(String part) {
        int slash = part.lastIndexOf('/');
        return (slash < 0 ? "" : part.substring(0, slash + 1)) + "_rels/" + part.substring(slash + 1) + ".rels";
    }

    /** The part a rels part describes (inverse of {@link #relsOf}); "" for the package itself. */
    public static String sourceOf(String relsPart) {
        String p = relsPart.replace("_rels/", "");
        return p.endsWith(".rels") ? p.substring(0, p.length() - 5) : p;
    }

    /** The relationships a .rels part lists (none for null), targets resolved against the part it describes. */
    public static java.util.List<Relationship> parse(String label, String relsPart, byte[] data) {
        java.util.List<Relationship> out = new java.util.ArrayList<>();
        if (data == null) return out;
        String source = sourceOf(relsPart);
        String baseDir = source.contains("/") ? source.substring(0, source.lastIndexOf('/') + 1) : "";
        javax.xml.stream.XMLStreamReader x = SafeXml.stax(label, relsPart, data);
        try {
            while (x.hasNext()) {
                if (x.next() != javax.xml.stream.XMLStreamConstants.START_ELEMENT || !x.getLocalName().equals("Relationship")) continue;
                String id = x.getAttributeValue(null, "Id");
                String type = x.getAttributeValue(null, "Type");
                String target = x.getAttributeValue(null, "Target");
                boolean external = "External".equalsIgnoreCase(x.getAttributeValue(null, "TargetMode"));
                if (type == null || target == null) continue;
                out.add(new Relationship(id, type, external ? target : resolve(baseDir, target), external));
            }
        } catch (javax.xml.stream.XMLStreamException e) {
            throw SafeXml.broken(label, relsPart, e);
        }
        return out;
    }

    /** Resolves a relative part reference against a folder, within the package (".." stops at its root). */
    static String resolve(String baseDir, String target) {
        String t = target.replace('\\', '/');
        int hash = t.indexOf('#');
        if (hash >= 0) t = t.substring(0, hash);
        String path = t.startsWith("/") ? t.substring(1) : baseDir + t;
        java.util.ArrayList<String> parts = new java.util.ArrayList<>();
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
}
