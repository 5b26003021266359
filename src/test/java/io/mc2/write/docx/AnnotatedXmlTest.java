package io.mc2.write.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mc2.assemble.Assembler;
import io.mc2.deal.DealFacts;
import io.mc2.deal.DealLoader;
import io.mc2.library.ClauseLibrary;
import io.mc2.library.LibraryLoader;
import io.mc2.model.Contract;
import io.mc2.profile.ProfileResolver;
import io.mc2.template.ClauseRenderer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
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
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * The draft is written without docx4j's JAXB contexts; JAXB remains the reference. For every
 * shipped profile, with and without deal facts, each part of the draft is the same XML (names,
 * namespaces, attributes, text, order) as the same docx4j objects made into a docx4j package and
 * saved through JAXB ({@link #jaxbPackage}, the way the writer worked before).
 */
class AnnotatedXmlTest {

    @TestFactory
    Stream<DynamicTest> everyPartEqualsWhatJaxbWrites() throws IOException {
        ClauseLibrary library = LibraryLoader.load(Path.of("clauses"));
        ProfileResolver resolver = new ProfileResolver(library, Path.of("profiles"));
        DealFacts sample = DealLoader.load(Path.of("output-samples/sample-deal.yaml"));
        List<String> ids;
        try (Stream<Path> files = Files.list(Path.of("profiles"))) {
            ids = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".yaml")).map(n -> n.replace(".yaml", "")).sorted().toList();
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (String id : ids) {
            for (DealFacts deal : List.of(sample, DealFacts.none())) {
                tests.add(DynamicTest.dynamicTest(id + (deal == sample ? " with the sample deal" : " without deal facts"), () -> {
                    Contract c = new Assembler(new ClauseRenderer()).assemble(library, resolver.resolve(id), deal, LocalDate.of(2026, 12, 1));
                    ByteArrayOutputStream ours = new ByteArrayOutputStream();
                    new DocxContractWriter().write(c, ours);
                    ByteArrayOutputStream jaxb = new ByteArrayOutputStream();
                    PackageArchive.save(jaxbPackage(c), jaxb);
                    Map<String, byte[]> a = entries(ours.toByteArray());
                    Map<String, byte[]> b = entries(jaxb.toByteArray());
                    assertEquals(List.copyOf(b.keySet()), List.copyOf(a.keySet()), "the same parts in the same order");
                    for (String part : a.keySet()) assertEquals(canonical(b.get(part)), canonical(a.get(part)), id + ": " + part);
                }));
            }
        }
        return tests.stream();
    }

    /** The reference: the same docx4j objects as docx4j parts of a package, as docx4j would save them. */
    static WordprocessingMLPackage jaxbPackage(Contract contract) throws InvalidFormatException {
        DocxContractWriter.Parts parts = DocxContractWriter.parts(contract);
        WordprocessingMLPackage pkg = new WordprocessingMLPackage();
        MainDocumentPart main = new MainDocumentPart();
        main.setJaxbElement(parts.document());
        pkg.addTargetPart(main);
        StyleDefinitionsPart styles = new StyleDefinitionsPart();
        styles.setJaxbElement(parts.styles());
        main.addTargetPart(styles);
        NumberingDefinitionsPart numbering = new NumberingDefinitionsPart();
        numbering.setJaxbElement(parts.numbering());
        main.addTargetPart(numbering);
        DocumentSettingsPart settings = new DocumentSettingsPart();
        settings.setJaxbElement(parts.settings());
        main.addTargetPart(settings);
        HeaderPart header = new HeaderPart();
        header.setJaxbElement(parts.header());
        assertEquals(DocxContractWriter.HEADER_REL, main.addTargetPart(header).getId());
        FooterPart footer = new FooterPart();
        footer.setJaxbElement(parts.footer());
        assertEquals(DocxContractWriter.FOOTER_REL, main.addTargetPart(footer).getId());

        org.docx4j.docProps.core.dc.elements.ObjectFactory dc = new org.docx4j.docProps.core.dc.elements.ObjectFactory();
        CoreProperties cp = new CoreProperties();
        SimpleLiteral title = dc.createSimpleLiteral();
        title.getContent().add(contract.meta().title());
        cp.setTitle(dc.createTitle(title));
        SimpleLiteral creator = dc.createSimpleLiteral();
        creator.getContent().add("mc2");
        cp.setCreator(creator);
        cp.setLastModifiedBy("mc2");
        String when = DocxContractWriter.timestamp(contract.meta().documentDate());
        W3CDTF created = new W3CDTF();
        created.getContent().add(when);
        cp.setCreated(created);
        W3CDTF modified = new W3CDTF();
        modified.getContent().add(when);
        cp.setModified(modified);
        DocPropsCorePart core = new DocPropsCorePart();
        core.setJaxbElement(cp);
        pkg.addTargetPart(core);

        DocPropsExtendedPart app = new DocPropsExtendedPart();
        org.docx4j.docProps.extended.Properties appProps = new org.docx4j.docProps.extended.Properties();
        appProps.setApplication("mc2");
        app.setJaxbElement(appProps);
        pkg.addTargetPart(app);

        Properties props = new Properties();
        int pid = 2;
        for (Map.Entry<String, String> e : DocxContractWriter.anchorProperties(contract).entrySet()) {
            Properties.Property p = new Properties.Property();
            p.setFmtid(DocPropsCustomPart.fmtidValLpwstr);
            p.setPid(pid++);
            p.setName(e.getKey());
            p.setLpwstr(e.getValue() == null ? "" : e.getValue());
            props.getProperty().add(p);
        }
        DocPropsCustomPart custom = new DocPropsCustomPart();
        custom.setJaxbElement(props);
        pkg.addTargetPart(custom);
        return pkg;
    }

    @Test
    void refusesWhatItDoesNotKnow() {
        assertThrows(IllegalArgumentException.class, () -> AnnotatedXml.write("not a root element"));
    }

    @Test
    void escapesTextAndAttributes() {
        assertEquals("a &amp; b &lt;c&gt;", XmlText.text("a & b <c>"));
        assertEquals("&quot;x&quot; &amp; y&#10;", XmlText.attribute("\"x\" & y\n"));
        org.docx4j.wml.Text t = new org.docx4j.wml.Text();
        t.setValue("R&D <team>");
        t.setSpace("preserve");
        String xml = new String(AnnotatedXml.write(t), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(xml.endsWith("<w:t xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" xml:space=\"preserve\">"
                + "R&amp;D &lt;team&gt;</w:t>"), xml);
    }

    static Map<String, byte[]> entries(byte[] zip) throws IOException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) out.put(e.getName(), in.readAllBytes());
        }
        return out;
    }

    /** The XML as nested lines: namespace-qualified names, sorted attributes, text; prefixes and declarations ignored. */
    static String canonical(byte[] xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Element root = f.newDocumentBuilder().parse(new ByteArrayInputStream(xml)).getDocumentElement();
        StringBuilder sb = new StringBuilder();
        canonical(root, "", sb);
        return sb.toString();
    }

    private static void canonical(Element e, String indent, StringBuilder sb) {
        sb.append(indent).append('{').append(e.getNamespaceURI()).append('}').append(e.getLocalName());
        Map<String, String> attrs = new TreeMap<>();
        NamedNodeMap m = e.getAttributes();
        for (int i = 0; i < m.getLength(); i++) {
            Attr a = (Attr) m.item(i);
            if ("http://www.w3.org/2000/xmlns/".equals(a.getNamespaceURI())) continue;
            attrs.put("{" + a.getNamespaceURI() + "}" + a.getLocalName(), a.getValue());
        }
        sb.append(' ').append(attrs).append('\n');
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c) canonical(c, indent + "  ", sb);
            else if (n.getNodeType() == Node.TEXT_NODE) sb.append(indent).append("  \"").append(n.getNodeValue()).append("\"\n");
        }
    }
}
