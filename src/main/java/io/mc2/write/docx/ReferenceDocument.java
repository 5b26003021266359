package io.mc2.write.docx;

import io.mc2.docx.DocxPackage;
import io.mc2.docx.PartBytes;
import io.mc2.docx.Relationship;
import io.mc2.problem.Mc2Exception;
import jakarta.xml.bind.JAXBElement;
import jakarta.xml.bind.JAXBException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.docx4j.wml.ContentAccessor;
import org.docx4j.wml.DocDefaults;
import org.docx4j.wml.RFonts;
import org.docx4j.wml.RPr;
import org.docx4j.wml.Style;
import org.docx4j.wml.Styles;

/**
 * Reads the look of a user's reference .docx (see {@link HouseStyle}) through {@link DocxPackage}, so
 * it passes the same zip, size and XML checks as a supplier's document. Reads the style, theme and
 * header/footer parts and only the first section properties of the main part, never its text.
 */
final class ReferenceDocument {
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final Map<String, String> IMAGE_TYPES = Map.of("image/png", "png", "image/jpeg", "jpeg", "image/gif", "gif");

    private ReferenceDocument() {
    }

    static HouseStyle read(Path path) {
        DocxPackage pkg = DocxPackage.open(path);
        PackageArchive.prepare();
        String main = pkg.mainPart();
        List<Relationship> rels = pkg.relationships(main);
        String[] themeFaces = themeFaces(pkg, DocxPackage.target(rels, "theme", null));
        DocDefaults defaults = null;
        List<Style> styles = new ArrayList<>();
        String stylesPart = DocxPackage.target(rels, "styles", null);
        if (stylesPart != null && pkg.read(stylesPart) != null) {
            Styles sheet = unmarshal(pkg, stylesPart, Styles.class);
            defaults = sheet.getDocDefaults();
            if (defaults != null && defaults.getRPrDefault() != null) resolve(defaults.getRPrDefault().getRPr(), themeFaces);
            for (Style s : sheet.getStyle()) {
                if (s.getStyleId() == null || s.getType() == null) continue;
                resolve(s.getRPr(), themeFaces);
                styles.add(s);
            }
        }
        Section first = firstSection(pkg, main);
        return new HouseStyle(defaults, styles, first.page(),
                letterhead(pkg, rels, first.headerId(), "header"), letterhead(pkg, rels, first.footerId(), "footer"));
    }

    /** The page layout and default header and footer ids of the first section. */
    private record Section(PageLayout page, String headerId, String footerId) {
    }

    private static Section firstSection(DocxPackage pkg, String main) {
        XMLStreamReader x = pkg.stax(main);
        PageLayout base = PageLayout.US_LETTER;
        int[] size = {base.width(), base.height()};
        int[] margins = {base.top(), base.right(), base.bottom(), base.left(), base.header(), base.footer()};
        boolean landscape = false;
        String header = null;
        String footer = null;
        try {
            boolean inSection = false;
            while (x.hasNext()) {
                int ev = x.next();
                if (ev == XMLStreamConstants.END_ELEMENT && inSection && x.getLocalName().equals("sectPr")) break;
                if (ev != XMLStreamConstants.START_ELEMENT || !W.equals(x.getNamespaceURI())) continue;
                String name = x.getLocalName();
                if (name.equals("sectPr")) inSection = true;
                if (!inSection) continue;
                String type = x.getAttributeValue(W, "type");
                boolean isDefault = type == null || type.equals("default");
                switch (name) {
                    case "pgSz" -> {
                        size[0] = twips(pkg, x, "w", size[0]);
                        size[1] = twips(pkg, x, "h", size[1]);
                        landscape = "landscape".equals(x.getAttributeValue(W, "orient"));
                    }
                    case "pgMar" -> {
                        String[] names = {"top", "right", "bottom", "left", "header", "footer"};
                        for (int i = 0; i < names.length; i++) margins[i] = Math.abs(twips(pkg, x, names[i], margins[i]));
                    }
                    case "headerReference" -> {
                        if (isDefault) header = x.getAttributeValue(R, "id");
                    }
                    case "footerReference" -> {
                        if (isDefault) footer = x.getAttributeValue(R, "id");
                    }
                    default -> { }
                }
            }
        } catch (XMLStreamException e) {
            throw pkg.unsafe(main + " is not well-formed XML: " + e.getMessage());
        }
        if (size[0] < 1440 || size[1] < 1440 || size[0] > 31680 || size[1] > 31680) {
            throw pkg.unsafe("page size " + size[0] + " x " + size[1] + " twips is not a page");
        }
        PageLayout page = new PageLayout(size[0], size[1], landscape, margins[0], margins[1], margins[2], margins[3],
                margins[4], margins[5]);
        if (page.textWidth() < 1440) throw pkg.unsafe("margins leave less than an inch of text width");
        return new Section(page, header, footer);
    }

    private static int twips(DocxPackage pkg, XMLStreamReader x, String attribute, int fallback) {
        String v = x.getAttributeValue(W, attribute);
        if (v == null) return fallback;
        try {
            return (int) Math.round(Double.parseDouble(v));
        } catch (NumberFormatException e) {
            throw pkg.unsafe("section attribute " + attribute + "=\"" + v + "\" is not a number");
        }
    }

    /** The header or footer a section names, with the images it shows; null for none. */
    private static HouseStyle.Letterhead letterhead(DocxPackage pkg, List<Relationship> rels, String id, String kind) {
        if (id == null) return null;
        Relationship rel = rels.stream().filter(r -> id.equals(r.id()) && !r.external()).findFirst().orElse(null);
        if (rel == null || pkg.read(rel.target()) == null) return null;
        byte[] xml = pkg.read(rel.target());
        List<HouseStyle.Image> images = new ArrayList<>();
        for (Relationship r : pkg.relationships(rel.target())) {
            String ext = r.external() ? null : IMAGE_TYPES.get(String.valueOf(pkg.contentType(r.target())));
            byte[] bytes = ext == null ? null : pkg.read(r.target());
            if (bytes != null && r.shortType().equals("image")) {
                images.add(new HouseStyle.Image(r.id(), ext, pkg.contentType(r.target()), bytes));
            } else if (PartBytes.contains(xml, "\"" + r.id() + "\"")) {
                // a link, an external picture or an embedded object: nothing mc2 carries
                throw pkg.unsafe("the " + kind + " " + rel.target() + " uses a " + r.shortType()
                        + " relationship; only PNG, JPEG or GIF images are taken into mc2's documents");
            }
        }
        ContentAccessor part = kind.equals("header")
                ? unmarshal(pkg, rel.target(), org.docx4j.wml.Hdr.class)
                : unmarshal(pkg, rel.target(), org.docx4j.wml.Ftr.class);
        return new HouseStyle.Letterhead(part.getContent(), images);
    }

    /** The latin faces of the theme's major (headings) and minor (body) fonts; nulls without a theme. */
    private static String[] themeFaces(DocxPackage pkg, String theme) {
        String[] faces = new String[2];
        if (theme == null || pkg.read(theme) == null) return faces;
        XMLStreamReader x = pkg.stax(theme);
        try {
            int which = -1;
            while (x.hasNext()) {
                if (x.next() != XMLStreamConstants.START_ELEMENT) continue;
                switch (x.getLocalName()) {
                    case "majorFont" -> which = 0;
                    case "minorFont" -> which = 1;
                    case "latin" -> {
                        if (which >= 0 && faces[which] == null) faces[which] = x.getAttributeValue(null, "typeface");
                    }
                    default -> { }
                }
            }
        } catch (XMLStreamException e) {
            throw pkg.unsafe(theme + " is not well-formed XML: " + e.getMessage());
        }
        return faces;
    }

    /** Theme fonts made explicit faces, so LibreOffice, which reads no theme, shows the same face as Word. */
    private static void resolve(RPr rpr, String[] themeFaces) {
        if (rpr == null || rpr.getRFonts() == null) return;
        RFonts f = rpr.getRFonts();
        String face = null;
        for (Object theme : new Object[] {f.getAsciiTheme(), f.getHAnsiTheme(), f.getCstheme(), f.getEastAsiaTheme()}) {
            if (theme == null || face != null) continue;
            String v = theme.toString().toLowerCase(Locale.ROOT);
            face = v.contains("major") ? themeFaces[0] : themeFaces[1];
        }
        if (face == null) return;
        if (f.getAsciiTheme() != null) f.setAscii(face);
        if (f.getHAnsiTheme() != null) f.setHAnsi(face);
        if (f.getCstheme() != null) f.setCs(face);
        if (f.getEastAsiaTheme() != null) f.setEastAsia(face);
        f.setAsciiTheme(null);
        f.setHAnsiTheme(null);
        f.setCstheme(null);
        f.setEastAsiaTheme(null);
    }

    private static <T> T unmarshal(DocxPackage pkg, String part, Class<T> type) {
        try {
            Object o = org.docx4j.jaxb.Context.jc.createUnmarshaller().unmarshal(pkg.stax(part));
            if (o instanceof JAXBElement<?> e) o = e.getValue();
            if (!type.isInstance(o)) throw pkg.unsafe(part + " is not a " + type.getSimpleName() + " part");
            return type.cast(o);
        } catch (JAXBException e) {
            throw pkg.unsafe(part + " is not valid WordprocessingML (" + e.getClass().getSimpleName() + ")");
        } catch (Mc2Exception e) {
            throw e;
        } catch (RuntimeException e) {
            throw pkg.unsafe(part + " cannot be read: " + e.getMessage());
        }
    }
}
