package io.mc2.write.playbook;

import io.mc2.playbook.Playbook;
import io.mc2.problem.ExitCode;
import io.mc2.problem.Mc2Exception;
import io.mc2.write.Outline;
import io.mc2.write.docx.HouseStyle;
import io.mc2.write.docx.Letterheads;
import io.mc2.write.docx.PackageArchive;
import io.mc2.write.docx.RunText;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.List;
import org.docx4j.docProps.core.CoreProperties;
import org.docx4j.docProps.core.dc.elements.SimpleLiteral;
import org.docx4j.openpackaging.exceptions.InvalidFormatException;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.DocPropsCorePart;
import org.docx4j.openpackaging.parts.WordprocessingML.MainDocumentPart;
import org.docx4j.wml.Body;
import org.docx4j.wml.BooleanDefaultTrue;
import org.docx4j.wml.CTBorder;
import org.docx4j.wml.CTShd;
import org.docx4j.wml.CTTblLayoutType;
import org.docx4j.wml.CTVerticalJc;
import org.docx4j.wml.Color;
import org.docx4j.wml.Document;
import org.docx4j.wml.HpsMeasure;
import org.docx4j.wml.Jc;
import org.docx4j.wml.JcEnumeration;
import org.docx4j.wml.ObjectFactory;
import org.docx4j.wml.P;
import org.docx4j.wml.PPr;
import org.docx4j.wml.PPrBase;
import org.docx4j.wml.R;
import org.docx4j.wml.RPr;
import org.docx4j.wml.STBorder;
import org.docx4j.wml.STLineSpacingRule;
import org.docx4j.wml.STShd;
import org.docx4j.wml.STTblLayoutType;
import org.docx4j.wml.STVerticalJc;
import org.docx4j.wml.Style;
import org.docx4j.wml.Styles;
import org.docx4j.wml.Tbl;
import org.docx4j.wml.TblBorders;
import org.docx4j.wml.TblGrid;
import org.docx4j.wml.TblGridCol;
import org.docx4j.wml.TblPr;
import org.docx4j.wml.TblWidth;
import org.docx4j.wml.Tc;
import org.docx4j.wml.TcPr;
import org.docx4j.wml.Tr;
import org.docx4j.wml.TrPr;

/**
 * Writes a playbook as a Word document: US Letter, a running header on every page (for a brief, the
 * confidentiality notice in bold red), "Page X of Y" footer, the notice again in a box under the
 * title, numbered topic and clause headings, a parameter table per clause whose header row repeats
 * across pages, and guidance or the wording sent. Saved with {@link PackageArchive}, so the same
 * playbook gives the same bytes.
 */
public final class DocxPlaybookWriter implements PlaybookWriter {
    static final String TITLE = "Title";
    static final String HEADING1 = "Heading1";
    static final String HEADING2 = "Heading2";
    static final String NOTICE = "mc2Notice";
    static final String FACT = "mc2Fact";
    static final String STATUS = "mc2Status";
    static final String TABLE_TEXT = HouseStyle.TABLE_TEXT;
    static final String WORDING = "mc2Wording";
    static final String HEADER = "Header";

    private static final String RED = Letterheads.INTERNAL_RED;
    private static final int TEXT_WIDTH = 9360;
    private static final int[] COLUMNS = {3360, 1500, 1500, 1500, 1500};
    private static final ObjectFactory WML = new ObjectFactory();
    private static final BooleanDefaultTrue ON = new BooleanDefaultTrue();

    private final HouseStyle house;

    /** A writer of the standard look. */
    public DocxPlaybookWriter() {
        this(HouseStyle.standard());
    }

    /** A writer of the given look (styles, page, letterhead). */
    public DocxPlaybookWriter(HouseStyle house) {
        this.house = house;
    }

    @Override
    public String extension() {
        return "docx";
    }

    @Override
    public void write(Playbook playbook, OutputStream out) throws IOException {
        PackageArchive.save(toPackage(playbook), out);
    }

    /** The playbook as an in-memory package (save it with {@link PackageArchive#save}). */
    public WordprocessingMLPackage toPackage(Playbook pb) {
        try {
            WordprocessingMLPackage pkg = new WordprocessingMLPackage();
            MainDocumentPart main = new MainDocumentPart();
            Document doc = WML.createDocument();
            Body body = WML.createBody();
            doc.setBody(body);
            main.setJaxbElement(doc);
            pkg.addTargetPart(main);
            P headerLine = pb.confidential() ? Letterheads.internalLine(pb.header()) : textParagraph(HEADER, pb.header());
            body.getContent().add(textParagraph(TITLE, pb.title()));
            if (pb.confidential()) body.getContent().add(textParagraph(NOTICE, pb.header()));
            for (Playbook.Fact f : pb.facts()) body.getContent().add(labelled(FACT, f.label() + ": ", f.value()));
            for (String para : pb.introduction().split("\n\n")) body.getContent().add(textParagraph("Normal", para.strip()));
            for (Playbook.Article a : pb.articles()) {
                body.getContent().add(textParagraph(HEADING1, a.number() + ".\t" + a.title()));
                for (Playbook.Entry e : a.clauses()) clause(body, e);
            }
            Letterheads.apply(house, pkg, ownStyles(), List.of(headerLine), List.of(Letterheads.pageXofY()));
            pkg.addTargetPart(coreProperties(pb));
            return pkg;
        } catch (InvalidFormatException e) {
            throw new Mc2Exception(ExitCode.INTERNAL, "could not build the Word document: " + e.getMessage(), e);
        }
    }

    private static void clause(Body body, Playbook.Entry e) {
        body.getContent().add(textParagraph(HEADING2, e.number() + "\t" + e.title() + " (" + e.id() + ")"));
        body.getContent().add(textParagraph(STATUS, PlaybookWriter.status(e)));
        P choice = textParagraph("Normal", PlaybookWriter.wordingChoice(e));
        if (!e.parameters().isEmpty()) choice.getPPr().setKeepNext(ON);
        body.getContent().add(choice);
        if (!e.parameters().isEmpty()) {
            Tbl t = table();
            t.getContent().add(row(true, PlaybookWriter.TABLE_HEAD));
            for (Playbook.Row r : e.parameters()) t.getContent().add(row(false, PlaybookWriter.cells(r)));
            body.getContent().add(t);
            body.getContent().add(spacer());
        }
        if (e.guidance() != null) {
            body.getContent().add(labelled("Normal", PlaybookWriter.WHY + ". ", e.guidance().why()));
            body.getContent().add(labelled("Normal", PlaybookWriter.SUPPLIER_CHANGES + ". ", e.guidance().supplierChanges()));
            body.getContent().add(labelled("Normal", PlaybookWriter.OUR_ANSWER + ". ", e.guidance().fallback()));
        }
        if (e.wording() != null) {
            for (Outline.NumberedBlock b : Outline.number(e.wording())) {
                P p = textParagraph(WORDING, (b.label().isEmpty() ? "" : b.label() + "\t") + b.block().plainText());
                if (b.indent() > 0) {
                    PPrBase.Ind ind = new PPrBase.Ind();
                    ind.setLeft(BigInteger.valueOf(360 + 720L * (b.indent() + 1)));
                    ind.setHanging(BigInteger.valueOf(720));
                    p.getPPr().setInd(ind);
                }
                body.getContent().add(p);
            }
        }
    }

    // ---- paragraphs and runs -----------------------------------------------------------------

    private static P textParagraph(String style, String text) {
        P p = WML.createP();
        PPr ppr = WML.createPPr();
        PPrBase.PStyle ps = WML.createPPrBasePStyle();
        ps.setVal(style);
        ppr.setPStyle(ps);
        p.setPPr(ppr);
        if (!text.isEmpty()) p.getContent().add(run(text, false));
        return p;
    }

    private static P labelled(String style, String label, String text) {
        P p = textParagraph(style, "");
        p.getContent().add(run(label, true));
        p.getContent().add(run(text, false));
        return p;
    }

    /** A run; tabs become tab characters, characters XML cannot carry are dropped. */
    private static R run(String text, boolean bold) {
        R r = WML.createR();
        if (bold) {
            RPr rpr = WML.createRPr();
            rpr.setB(ON);
            r.setRPr(rpr);
        }
        RunText.append(r, text);
        return r;
    }

    private static P spacer() {
        P p = textParagraph("Normal", "");
        p.getPPr().setSpacing(spacing(0, 0, 0));
        return p;
    }

    // ---- tables ------------------------------------------------------------------------------

    private static Tbl table() {
        Tbl t = WML.createTbl();
        TblPr pr = WML.createTblPr();
        pr.setTblW(width(TEXT_WIDTH));
        CTTblLayoutType layout = WML.createCTTblLayoutType();
        layout.setType(STTblLayoutType.FIXED);
        pr.setTblLayout(layout);
        TblBorders b = WML.createTblBorders();
        b.setTop(border());
        b.setBottom(border());
        b.setLeft(border());
        b.setRight(border());
        b.setInsideH(border());
        b.setInsideV(border());
        pr.setTblBorders(b);
        t.setTblPr(pr);
        TblGrid grid = WML.createTblGrid();
        for (int w : COLUMNS) {
            TblGridCol col = WML.createTblGridCol();
            col.setW(BigInteger.valueOf(w));
            grid.getGridCol().add(col);
        }
        t.setTblGrid(grid);
        return t;
    }

    private static Tr row(boolean header, String[] cells) {
        Tr tr = WML.createTr();
        TrPr trPr = WML.createTrPr();
        trPr.getCnfStyleOrDivIdOrGridBefore().add(WML.createCTTrPrBaseCantSplit(new BooleanDefaultTrue()));
        if (header) trPr.getCnfStyleOrDivIdOrGridBefore().add(WML.createCTTrPrBaseTblHeader(new BooleanDefaultTrue()));
        tr.setTrPr(trPr);
        for (int i = 0; i < cells.length; i++) {
            Tc tc = WML.createTc();
            TcPr pr = WML.createTcPr();
            pr.setTcW(width(COLUMNS[i]));
            if (header) {
                CTShd shd = WML.createCTShd();
                shd.setVal(STShd.CLEAR);
                shd.setColor("auto");
                shd.setFill("E7E6E6");
                pr.setShd(shd);
            }
            CTVerticalJc top = WML.createCTVerticalJc();
            top.setVal(STVerticalJc.TOP);
            pr.setVAlign(top);
            tc.setTcPr(pr);
            P p = textParagraph(TABLE_TEXT, "");
            p.getContent().add(run(cells[i], header));
            tc.getContent().add(p);
            tr.getContent().add(tc);
        }
        return tr;
    }

    private static TblWidth width(int twips) {
        TblWidth w = WML.createTblWidth();
        w.setType("dxa");
        w.setW(BigInteger.valueOf(twips));
        return w;
    }

    private static CTBorder border() {
        CTBorder b = new CTBorder();
        b.setVal(STBorder.SINGLE);
        b.setSz(BigInteger.valueOf(4));
        b.setSpace(BigInteger.ZERO);
        b.setColor("808080");
        return b;
    }

    // ---- styles, section, properties ---------------------------------------------------------

    /** The brief's styles beyond the house style sheet, all based on its Normal. */
    private static List<Style> ownStyles() {
        Styles s = new Styles();
        Style notice = style(NOTICE, "mc2 Notice", "Normal", spacing(120, 240, 0), JcEnumeration.CENTER, rpr(24, true, RED));
        PPrBase.PBdr box = new PPrBase.PBdr();
        CTBorder line = new CTBorder();
        line.setVal(STBorder.SINGLE);
        line.setSz(BigInteger.valueOf(12));
        line.setSpace(BigInteger.valueOf(4));
        line.setColor(RED);
        box.setTop(line);
        box.setBottom(line);
        box.setLeft(line);
        box.setRight(line);
        notice.getPPr().setPBdr(box);
        s.getStyle().add(notice);
        s.getStyle().add(style(FACT, "mc2 Fact", "Normal", spacing(0, 40, 0), null, null));
        Style status = style(STATUS, "mc2 Status", "Normal", spacing(0, 60, 0), null, rpr(17, false, "595959"));
        status.getPPr().setKeepNext(ON);
        s.getStyle().add(status);
        Style wording = style(WORDING, "mc2 Wording", "Normal", spacing(0, 100, 259), JcEnumeration.BOTH, null);
        PPrBase.Ind ind = new PPrBase.Ind();
        ind.setLeft(BigInteger.valueOf(360));
        wording.getPPr().setInd(ind);
        s.getStyle().add(wording);
        return s.getStyle();
    }

    private static void outline(Style style, int level) {
        PPrBase.OutlineLvl lvl = new PPrBase.OutlineLvl();
        lvl.setVal(BigInteger.valueOf(level));
        style.getPPr().setOutlineLvl(lvl);
    }

    private static Style style(String id, String name, String basedOn, PPrBase.Spacing spacing, JcEnumeration jc, RPr rpr) {
        Style st = WML.createStyle();
        st.setType("paragraph");
        st.setStyleId(id);
        Style.Name n = WML.createStyleName();
        n.setVal(name);
        st.setName(n);
        if (basedOn != null) {
            Style.BasedOn b = WML.createStyleBasedOn();
            b.setVal(basedOn);
            st.setBasedOn(b);
        }
        PPr ppr = WML.createPPr();
        ppr.setSpacing(spacing);
        if (jc != null) {
            Jc j = WML.createJc();
            j.setVal(jc);
            ppr.setJc(j);
        }
        st.setPPr(ppr);
        if (rpr != null) st.setRPr(rpr);
        return st;
    }

    private static RPr rpr(int halfPoints, boolean bold, String color) {
        RPr r = WML.createRPr();
        r.setSz(halfPoints(halfPoints));
        r.setSzCs(halfPoints(halfPoints));
        if (bold) r.setB(ON);
        if (color != null) {
            Color c = WML.createColor();
            c.setVal(color);
            r.setColor(c);
        }
        return r;
    }

    private static HpsMeasure halfPoints(int v) {
        HpsMeasure m = new HpsMeasure();
        m.setVal(BigInteger.valueOf(v));
        return m;
    }

    private static PPrBase.Spacing spacing(int before, int after, int line) {
        PPrBase.Spacing s = new PPrBase.Spacing();
        s.setBefore(BigInteger.valueOf(before));
        s.setAfter(BigInteger.valueOf(after));
        if (line > 0) {
            s.setLine(BigInteger.valueOf(line));
            s.setLineRule(STLineSpacingRule.AUTO);
        }
        return s;
    }


    private static DocPropsCorePart coreProperties(Playbook pb) throws InvalidFormatException {
        org.docx4j.docProps.core.dc.elements.ObjectFactory dc = new org.docx4j.docProps.core.dc.elements.ObjectFactory();
        CoreProperties cp = new CoreProperties();
        SimpleLiteral title = dc.createSimpleLiteral();
        title.getContent().add(pb.title());
        cp.setTitle(dc.createTitle(title));
        SimpleLiteral creator = dc.createSimpleLiteral();
        creator.getContent().add("mc2");
        cp.setCreator(creator);
        if (pb.confidential()) {
            SimpleLiteral subject = dc.createSimpleLiteral();
            subject.getContent().add(pb.header());
            cp.setSubject(subject);
        }
        DocPropsCorePart part = new DocPropsCorePart();
        part.setJaxbElement(cp);
        return part;
    }
}
