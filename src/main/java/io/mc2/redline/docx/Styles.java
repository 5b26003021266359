package io.mc2.redline.docx;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Paragraph styles from styles.xml: names, the basedOn chain, and numbering carried by a style. */
final class Styles {

    record Style(String id, String name, String basedOn, Integer numId, Integer ilvl) {
    }

    private final Map<String, Style> byId = new HashMap<>();
    private String defaultParagraphStyle;

    static Styles empty() {
        return new Styles();
    }

    static Styles read(Path file, String part, byte[] data) {
        Styles s = new Styles();
        if (data == null) return s;
        XMLStreamReader x = Xml.open(file, part, data);
        try {
            while (x.hasNext()) {
                if (x.next() == XMLStreamConstants.START_ELEMENT && Xml.isWord(x.getNamespaceURI())
                        && x.getLocalName().equals("style")) {
                    s.style(x);
                }
            }
        } catch (XMLStreamException e) {
            throw Xml.broken(file, part, e);
        }
        return s;
    }

    private void style(XMLStreamReader x) throws XMLStreamException {
        String type = Xml.attr(x, "type");
        String id = Xml.attr(x, "styleId");
        boolean isDefault = "1".equals(Xml.attr(x, "default")) || "true".equals(Xml.attr(x, "default"));
        String name = null, basedOn = null;
        Integer numId = null, ilvl = null;
        int depth = 1;
        while (depth > 0 && x.hasNext()) {
            int e = x.next();
            if (e == XMLStreamConstants.END_ELEMENT) depth--;
            if (e != XMLStreamConstants.START_ELEMENT) continue;
            depth++;
            String local = x.getLocalName();
            if (depth == 2 && local.equals("name")) name = Xml.attr(x, "val");
            else if (depth == 2 && local.equals("basedOn")) basedOn = Xml.attr(x, "val");
            else if (depth == 2 && (local.equals("rPr") || local.equals("tblPr") || local.equals("tblStylePr"))) {
                Xml.skip(x);
                depth--;
            } else if (depth == 4 && local.equals("numId")) numId = number(Xml.attr(x, "val"));
            else if (depth == 4 && local.equals("ilvl")) ilvl = number(Xml.attr(x, "val"));
        }
        if (id == null || (type != null && !type.equals("paragraph") && !type.equals("numbering"))) return;
        byId.putIfAbsent(id, new Style(id, name, basedOn, numId, ilvl));
        if (isDefault && "paragraph".equals(type) && defaultParagraphStyle == null) defaultParagraphStyle = id;
    }

    static Integer number(String s) {
        if (s == null) return null;
        try {
            return Integer.valueOf(s.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    String defaultParagraphStyle() {
        return defaultParagraphStyle;
    }

    String name(String id) {
        Style s = id == null ? null : byId.get(id);
        return s == null ? null : s.name();
    }

    /** The numbering a style gives its paragraphs, following basedOn: {numId, ilvl or -1}, or null. */
    int[] numbering(String id) {
        Integer ilvl = null;
        for (int guard = 0; id != null && guard < 32; guard++) {
            Style s = byId.get(id);
            if (s == null) return null;
            if (ilvl == null) ilvl = s.ilvl();
            if (s.numId() != null) return new int[] {s.numId(), ilvl == null ? -1 : ilvl};
            id = s.basedOn();
        }
        return null;
    }
}
