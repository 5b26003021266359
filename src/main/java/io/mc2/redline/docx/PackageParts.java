package io.mc2.redline.docx;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** The document properties and comment threads of a .docx, read from their parts. */
final class PackageParts {

    private PackageParts() {
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
