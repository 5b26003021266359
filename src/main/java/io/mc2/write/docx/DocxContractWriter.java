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
import org.docx4j.docProps.core.CoreProperties;
import org.docx4j.docProps.core.dc.elements.SimpleLiteral;
import org.docx4j.docProps.core.dc.terms.W3CDTF;
import org.docx4j.docProps.custom.Properties;
import org.docx4j.openpackaging.exceptions.InvalidFormatException;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.DocPropsCorePart;
import org.docx4j.openpackaging.parts.DocPropsCustomPart;
import org.docx4j.openpackaging.parts.DocPropsExtendedPart;
import org.docx4j.openpackaging.parts.WordprocessingML.DocumentSettingsPart;
import org.docx4j.openpackaging.parts.WordprocessingML.FooterPart;
import org.docx4j.openpackaging.parts.WordprocessingML.HeaderPart;
import org.docx4j.openpackaging.parts.WordprocessingML.MainDocumentPart;
import org.docx4j.openpackaging.parts.WordprocessingML.NumberingDefinitionsPart;
import org.docx4j.openpackaging.parts.WordprocessingML.StyleDefinitionsPart;
import org.docx4j.relationships.Relationship;
import org.docx4j.wml.Body;
import org.docx4j.wml.BooleanDefaultTrue;
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
import org.docx4j.wml.P;

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

    @Override
    public String extension() {
        return "docx";
    }

    /** Builds docx4j's JAXB context, the largest part of a cold start. */
    @Override
    public void prepare() {
        org.docx4j.jaxb.Context.getWmlObjectFactory();
        if (org.docx4j.jaxb.Context.jc == null) throw new IllegalStateException("docx4j has no JAXB context");
    }

    @Override
    public void write(Contract contract, OutputStream out) throws IOException {
        PackageArchive.save(toPackage(contract), out);
    }

    /**
     * The draft as an in-memory docx4j package, for callers that add to it before saving
     * (save it with {@link PackageArchive#save} to keep the output deterministic).
     *
     * @throws Mc2Exception {@link ExitCode#INTERNAL} when the contract's numbering or date is inconsistent
     */
    public WordprocessingMLPackage toPackage(Contract contract) {
        Outline.requireSequentialNumbers(contract);
        ContractMeta meta = contract.meta();
        // plain docx4j objects first: a cold run builds them while docx4j's JAXB start-up finishes
        List<Object> bodyContent = new DraftBody(contract).build();
        Styles styleDefinitions = WordStyles.styles();
        Numbering listDefinitions = WordStyles.numbering();
        CTSettings documentSettings = settings();
        Hdr hdr = WML.createHdr();
        hdr.getContent().add(DraftBody.textParagraph(WordStyles.HEADER, meta.headerText()));
        Ftr ftr = WML.createFtr();
        ftr.getContent().add(pageXofY());
        try {
            WordprocessingMLPackage pkg = new WordprocessingMLPackage();
            MainDocumentPart main = new MainDocumentPart();
            Document doc = WML.createDocument();
            Body body = WML.createBody();
            doc.setBody(body);
            main.setJaxbElement(doc);
            pkg.addTargetPart(main);

            StyleDefinitionsPart styles = new StyleDefinitionsPart();
            styles.setJaxbElement(styleDefinitions);
            main.addTargetPart(styles);
            NumberingDefinitionsPart numbering = new NumberingDefinitionsPart();
            numbering.setJaxbElement(listDefinitions);
            main.addTargetPart(numbering);
            DocumentSettingsPart settings = new DocumentSettingsPart();
            settings.setJaxbElement(documentSettings);
            main.addTargetPart(settings);

            HeaderPart header = new HeaderPart();
            header.setJaxbElement(hdr);
            Relationship headerRel = main.addTargetPart(header);
            FooterPart footer = new FooterPart();
            footer.setJaxbElement(ftr);
            Relationship footerRel = main.addTargetPart(footer);

            body.getContent().addAll(bodyContent);
            body.setSectPr(PageLayout.usLetter(headerRel.getId(), footerRel.getId()));

            pkg.addTargetPart(coreProperties(meta));
            DocPropsExtendedPart app = new DocPropsExtendedPart();
            org.docx4j.docProps.extended.Properties appProps = new org.docx4j.docProps.extended.Properties();
            appProps.setApplication("mc2");
            app.setJaxbElement(appProps);
            pkg.addTargetPart(app);
            pkg.addTargetPart(customProperties(contract));
            return pkg;
        } catch (InvalidFormatException e) {
            throw new Mc2Exception(ExitCode.INTERNAL, "could not build the Word document: " + e.getMessage(), e);
        }
    }

    /** The custom document properties of a draft, in order: one per clause, then the provenance. */
    public static Map<String, String> anchorProperties(Contract contract) {
        Map<String, String> props = new LinkedHashMap<>();
        for (ClauseInstance c : contract.clauses()) {
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
        // Word refreshes the TOC, REF fields and page numbers when it opens the draft
        s.setUpdateFields(new BooleanDefaultTrue());
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

    private static P pageXofY() {
        P p = DraftBody.paragraph(WordStyles.FOOTER);
        DraftBody.addText(p, "Page ", null);
        DraftBody.field(p, "PAGE", "1");
        DraftBody.addText(p, " of ", null);
        DraftBody.field(p, "NUMPAGES", "1");
        return p;
    }


    private static DocPropsCorePart coreProperties(ContractMeta meta) throws InvalidFormatException {
        org.docx4j.docProps.core.dc.elements.ObjectFactory dc = new org.docx4j.docProps.core.dc.elements.ObjectFactory();
        CoreProperties cp = new CoreProperties();
        SimpleLiteral title = dc.createSimpleLiteral();
        title.getContent().add(meta.title());
        cp.setTitle(dc.createTitle(title));
        SimpleLiteral creator = dc.createSimpleLiteral();
        creator.getContent().add("mc2");
        cp.setCreator(creator);
        cp.setLastModifiedBy("mc2");
        String when = timestamp(meta.documentDate());
        W3CDTF created = new W3CDTF();
        created.getContent().add(when);
        cp.setCreated(created);
        W3CDTF modified = new W3CDTF();
        modified.getContent().add(when);
        cp.setModified(modified);
        DocPropsCorePart part = new DocPropsCorePart();
        part.setJaxbElement(cp);
        return part;
    }

    private static String timestamp(String documentDate) {
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

    private static DocPropsCustomPart customProperties(Contract contract) throws InvalidFormatException {
        Properties props = new Properties();
        int pid = 2; // pids 0 and 1 are reserved by the property set format
        for (Map.Entry<String, String> e : anchorProperties(contract).entrySet()) {
            Properties.Property p = new Properties.Property();
            p.setFmtid(DocPropsCustomPart.fmtidValLpwstr);
            p.setPid(pid++);
            p.setName(e.getKey());
            p.setLpwstr(e.getValue() == null ? "" : e.getValue());
            props.getProperty().add(p);
        }
        DocPropsCustomPart part = new DocPropsCustomPart();
        part.setJaxbElement(props);
        return part;
    }
}
