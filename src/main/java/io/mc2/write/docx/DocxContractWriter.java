package io.mc2.write.docx;

import static io.mc2.write.docx.Formatting.twips;

import io.mc2.model.ClauseInstance;
import io.mc2.model.Contract;
import io.mc2.model.ContractMeta;
import io.mc2.problem.ExitCode;
import io.mc2.problem.Mc2Exception;
import io.mc2.write.ContractWriter;
import io.mc2.write.Outline;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.docx4j.wml.Body;
import org.docx4j.wml.CTCompat;
import org.docx4j.wml.CTCompatSetting;
import org.docx4j.wml.CTSettings;
import org.docx4j.wml.Numbering;
import org.docx4j.wml.Styles;
import org.docx4j.wml.CTTwipsMeasure;
import org.docx4j.wml.Document;
import org.docx4j.wml.Ftr;
import org.docx4j.wml.Hdr;
import org.docx4j.wml.ObjectFactory;

/**
 * Writes a contract as a Word document a lawyer can send as is: cover with key-terms schedule,
 * table of contents, definitions, articles and clauses numbered by one real multilevel list,
 * cross-references as REF fields, signature blocks, running header and "Page X of Y" footer.
 *
 * <p>Every clause carries three anchors for reading redlines back: a block content control tagged
 * with its id, a bookmark on its heading ({@link ClauseInstance#bookmarkName}), and a custom
 * document property {@code mc2.clause.<id>} = {@code <variant>;<textHash>;<number>}. The contract's
 * provenance is embedded as further custom properties. Output is byte-for-byte deterministic.
 */
public final class DocxContractWriter implements ContractWriter {
    /** Prefix of the per-clause custom document properties. */
    public static final String CLAUSE_PROPERTY_PREFIX = "mc2.clause.";

    private static final ObjectFactory WML = new ObjectFactory();

    private final HouseStyle house;

    /** A writer of the standard look. */
    public DocxContractWriter() {
        this(HouseStyle.standard());
    }

    /** A writer of the given look: styles, page and letterhead; the draft's content is the same. */
    public DocxContractWriter(HouseStyle house) {
        this.house = house;
    }

    @Override
    public String extension() {
        return "docx";
    }

    /** The relationship ids the main part gives the header and footer (the section properties name them). */
    static final String HEADER_REL = "rId4";
    static final String FOOTER_REL = "rId5";

    /** The draft's WordprocessingML parts as docx4j objects, before any of them is a package part. */
    record Parts(Document document, Styles styles, Numbering numbering, CTSettings settings, Hdr header, Ftr footer) {
    }

    static Parts parts(Contract contract) {
        return parts(contract, HouseStyle.standard());
    }

    static Parts parts(Contract contract, HouseStyle house) {
        Outline.requireSequentialNumbers(contract);
        Document doc = WML.createDocument();
        Body body = WML.createBody();
        doc.setBody(body);
        body.getContent().addAll(new DraftBody(contract).build());
        body.setSectPr(house.page().section(HEADER_REL, FOOTER_REL));
        Hdr hdr = WML.createHdr();
        if (house.header() != null) hdr.getContent().addAll(house.header().copyOfContent());
        hdr.getContent().add(DraftBody.textParagraph(WordStyles.HEADER, contract.meta().headerText()));
        Ftr ftr = WML.createFtr();
        if (house.footer() != null) ftr.getContent().addAll(house.footer().copyOfContent());
        ftr.getContent().add(Letterheads.pageXofY());
        return new Parts(doc, house.styles(List.of()), WordStyles.numbering(), settings(), hdr, ftr);
    }

    /**
     * Writes the package itself: the parts' XML from {@link AnnotatedXml}, the document properties,
     * relationships and content types as text, in the order and with the fixed entry times of
     * {@link PackageArchive}. {@code AnnotatedXmlTest} holds the result equal, part by part, to the
     * same objects saved as a docx4j package through JAXB.
     */
    @Override
    public void write(Contract contract, OutputStream out) throws IOException {
        Parts parts = parts(contract, house);
        ContractMeta meta = contract.meta();
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("[Content_Types].xml", text(Letterheads.contentTypes(CONTENT_TYPES, house)));
        entries.put("_rels/.rels", text(ROOT_RELS));
        entries.put("word/document.xml", AnnotatedXml.write(parts.document()));
        entries.put("word/_rels/document.xml.rels", text(DOCUMENT_RELS));
        entries.put("word/styles.xml", house.xml(parts.styles()));
        entries.put("word/numbering.xml", AnnotatedXml.write(parts.numbering()));
        entries.put("word/settings.xml", AnnotatedXml.write(parts.settings()));
        entries.put("word/header.xml", house.xml(parts.header()));
        entries.put("word/footer.xml", house.xml(parts.footer()));
        Letterheads.addImages(entries, "header.xml", house.header());
        Letterheads.addImages(entries, "footer.xml", house.footer());
        entries.put("docProps/core.xml", text(coreXml(meta)));
        entries.put("docProps/app.xml", text(APP));
        entries.put("docProps/custom.xml", text(customXml(contract)));
        PackageArchive.write(entries, out);
    }

    private static final String XML_DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>";
    private static final String OFFICE_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    private static final String WML_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
    private static final String CONTENT_TYPES = XML_DECLARATION
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + override("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml")
            + override("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml")
            + override("/docProps/custom.xml", "application/vnd.openxmlformats-officedocument.custom-properties+xml")
            + override("/word/document.xml", WML_TYPE + "document.main+xml")
            + override("/word/footer.xml", WML_TYPE + "footer+xml")
            + override("/word/header.xml", WML_TYPE + "header+xml")
            + override("/word/numbering.xml", WML_TYPE + "numbering+xml")
            + override("/word/settings.xml", WML_TYPE + "settings+xml")
            + override("/word/styles.xml", WML_TYPE + "styles+xml")
            + "</Types>";
    private static final String ROOT_RELS = XML_DECLARATION
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + rel("rId1", OFFICE_REL + "officeDocument", "word/document.xml")
            + rel("rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "docProps/core.xml")
            + rel("rId3", OFFICE_REL + "extended-properties", "docProps/app.xml")
            + rel("rId4", OFFICE_REL + "custom-properties", "docProps/custom.xml")
            + "</Relationships>";
    private static final String DOCUMENT_RELS = XML_DECLARATION
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + rel("rId1", OFFICE_REL + "styles", "styles.xml")
            + rel("rId2", OFFICE_REL + "numbering", "numbering.xml")
            + rel("rId3", OFFICE_REL + "settings", "settings.xml")
            + rel(HEADER_REL, OFFICE_REL + "header", "header.xml")
            + rel(FOOTER_REL, OFFICE_REL + "footer", "footer.xml")
            + "</Relationships>";
    private static final String APP = XML_DECLARATION
            + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
            + "<Application>mc2</Application></Properties>";

    private static String override(String part, String type) {
        return "<Override PartName=\"" + part + "\" ContentType=\"" + type + "\"/>";
    }

    private static String rel(String id, String type, String target) {
        return "<Relationship Id=\"" + id + "\" Type=\"" + type + "\" Target=\"" + target + "\"/>";
    }

    private static byte[] text(String xml) {
        return xml.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String coreXml(ContractMeta meta) {
        String when = timestamp(meta.documentDate());
        return XML_DECLARATION + "<cp:coreProperties"
                + " xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
                + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\""
                + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
                + "<dcterms:created xsi:type=\"dcterms:W3CDTF\">" + when + "</dcterms:created><dc:creator>mc2</dc:creator>"
                + "<cp:lastModifiedBy>mc2</cp:lastModifiedBy>"
                + "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">" + when + "</dcterms:modified>"
                + "<dc:title>" + XmlText.text(meta.title()) + "</dc:title></cp:coreProperties>";
    }

    private static String customXml(Contract contract) {
        StringBuilder sb = new StringBuilder(XML_DECLARATION).append("<Properties")
                .append(" xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/custom-properties\"")
                .append(" xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">");
        int pid = 2; // pids 0 and 1 are reserved by the property set format
        for (Map.Entry<String, String> e : anchorProperties(contract).entrySet()) {
            sb.append("<property fmtid=\"").append(CUSTOM_FMTID).append("\" pid=\"").append(pid++).append("\" name=\"")
                    .append(XmlText.attribute(e.getKey())).append("\"><vt:lpwstr>")
                    .append(XmlText.text(e.getValue() == null ? "" : e.getValue())).append("</vt:lpwstr></property>");
        }
        return sb.append("</Properties>").toString();
    }

    /** The format id Word gives string custom properties. */
    private static final String CUSTOM_FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}";

    /** The custom document properties of a draft, in order: one per clause, then the provenance. */
    public static Map<String, String> anchorProperties(Contract contract) {
        Map<String, String> props = new LinkedHashMap<>();
        // the copy to sign lists no clauses: their variant names are our labels
        for (ClauseInstance c : contract.meta().executionCopy() ? List.<ClauseInstance>of() : contract.clauses()) {
            props.put(CLAUSE_PROPERTY_PREFIX + c.id(), c.variant() + ";" + c.textHash() + ";" + c.number());
        }
        for (Map.Entry<String, String> e : contract.provenance().entrySet()) {
            if (props.putIfAbsent(e.getKey(), e.getValue()) != null) {
                throw new Mc2Exception(ExitCode.INTERNAL, "provenance key clashes with a clause anchor: " + e.getKey());
            }
        }
        return props;
    }

    private static CTSettings settings() {
        CTSettings s = WML.createCTSettings();
        // no w:updateFields: it makes Word ask, on opening, to update the fields, a prompt a reader of a
        // contract should not meet; every field already holds its result (the contents, the clause
        // numbers of cross-references), and page numbers are laid out by the word processor anyway
        CTTwipsMeasure tab = WML.createCTTwipsMeasure();
        tab.setVal(twips(WordStyles.STEP));
        s.setDefaultTabStop(tab);
        CTCompat compat = WML.createCTCompat();
        CTCompatSetting mode = WML.createCTCompatSetting();
        mode.setName("compatibilityMode");
        mode.setUri("http://schemas.microsoft.com/office/word");
        mode.setVal("15");
        compat.getCompatSetting().add(mode);
        s.setCompat(compat);
        return s;
    }


    static String timestamp(String documentDate) {
        try {
            return LocalDate.parse(documentDate) + "T00:00:00Z";
        } catch (DateTimeParseException | NullPointerException notADate) {
            try {
                return OffsetDateTime.parse(documentDate).toString();
            } catch (DateTimeParseException | NullPointerException e) {
                throw new Mc2Exception(ExitCode.INTERNAL, "document date is not an ISO date: " + documentDate, e);
            }
        }
    }

}
