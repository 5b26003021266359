package io.mc2.write.docx;

import static io.mc2.write.docx.Formatting.ON;
import static io.mc2.write.docx.Formatting.border;
import static io.mc2.write.docx.Formatting.indent;
import static io.mc2.write.docx.Formatting.twips;

import io.mc2.model.Article;
import io.mc2.model.ClauseInstance;
import io.mc2.model.Contract;
import io.mc2.model.ContractMeta;
import io.mc2.model.Definition;
import io.mc2.model.Inline;
import io.mc2.model.KeyTerm;
import io.mc2.write.Outline;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.docx4j.wml.BooleanDefaultTrue;
import org.docx4j.wml.Br;
import org.docx4j.wml.CTBookmark;
import org.docx4j.wml.CTMarkupRange;
import org.docx4j.wml.CTShd;
import org.docx4j.wml.CTTblLayoutType;
import org.docx4j.wml.CTVerticalJc;
import org.docx4j.wml.ContentAccessor;
import org.docx4j.wml.FldChar;
import org.docx4j.wml.ObjectFactory;
import org.docx4j.wml.P;
import org.docx4j.wml.PPr;
import org.docx4j.wml.PPrBase;
import org.docx4j.wml.R;
import org.docx4j.wml.RPr;
import org.docx4j.wml.RStyle;
import org.docx4j.wml.STBorder;
import org.docx4j.wml.STBrType;
import org.docx4j.wml.STFldCharType;
import org.docx4j.wml.STShd;
import org.docx4j.wml.STTblLayoutType;
import org.docx4j.wml.STVerticalJc;
import org.docx4j.wml.SdtBlock;
import org.docx4j.wml.SdtContentBlock;
import org.docx4j.wml.SdtPr;
import org.docx4j.wml.Tag;
import org.docx4j.wml.Tbl;
import org.docx4j.wml.TblBorders;
import org.docx4j.wml.TblGrid;
import org.docx4j.wml.TblGridCol;
import org.docx4j.wml.TblPr;
import org.docx4j.wml.TblWidth;
import org.docx4j.wml.Tc;
import org.docx4j.wml.TcPr;
import org.docx4j.wml.Text;
import org.docx4j.wml.Tr;
import org.docx4j.wml.TrPr;

/**
 * Builds the body of a draft as WordprocessingML objects: cover block, key-terms schedule, table of
 * contents, definitions, numbered clauses (each a content control with a heading bookmark) and
 * signature blocks. One instance per document: it hands out bookmark ids in document order, so the
 * same contract always gets the same ids.
 */
final class DraftBody {
    private static final ObjectFactory WML = new ObjectFactory();
    private static final String TOC_INSTRUCTION = " TOC \\o \"1-2\" \\h \\z \\u ";

    private final Contract contract;
    private final List<Object> out = new ArrayList<>();
    private int nextBookmarkId;

    DraftBody(Contract contract) {
        this.contract = contract;
    }

    /** The body content in order (paragraphs, tables, content controls); without the section properties. */
    List<Object> build() {
        cover();
        keyTerms();
        out.add(pageBreak());
        tableOfContents();
        out.add(pageBreak());
        if (contract.definitionsArticle() != 0) definitions();
        for (Article a : contract.articles()) article(a);
        signatures();
        return out;
    }

    // ---- front matter ------------------------------------------------------------------------

    private void cover() {
        ContractMeta m = contract.meta();
        out.add(textParagraph(WordStyles.TITLE, m.title()));
        coverLine("Agreement reference", m.agreementRef());
        coverLine("Product", m.product());
        coverLine("Effective date", m.effectiveDate());
        P preamble = paragraph(WordStyles.NORMAL);
        preamble.getPPr().setSpacing(Formatting.spacing(360, 160, 264));
        addText(preamble, m.preamble(), null);
        out.add(preamble);
    }

    private void coverLine(String label, String value) {
        if (value == null || value.isBlank()) return;
        P p = paragraph(WordStyles.COVER_LINE);
        addText(p, label + ": ", null);
        addText(p, value, null);
        out.add(p);
    }

    private void keyTerms() {
        out.add(textParagraph(WordStyles.SCHEDULE_HEADING, "Key Terms Schedule"));
        int[] widths = {3360, 2800, 3200};
        Tbl t = table(widths, true);
        t.getContent().add(row(true, widths, cell("Clause"), cell("Term"), cell("Value")));
        for (KeyTerm k : contract.keyTerms()) {
            P clause = paragraph(WordStyles.TABLE_TEXT);
            field(clause, "REF " + ClauseInstance.bookmarkName(k.clauseId()) + " \\w \\h", k.clauseNumber());
            addText(clause, " " + k.clauseTitle(), null);
            P value = paragraph(WordStyles.TABLE_TEXT);
            addText(value, k.value(), WordStyles.VALUE);
            t.getContent().add(row(false, widths, clause, cell(k.label()), value));
        }
        out.add(t);
    }

    /**
     * A TOC field whose cached result already lists the headings, so the draft reads well before
     * anyone updates fields; settings ask Word to refresh it (and add page numbers) on open.
     */
    private void tableOfContents() {
        out.add(textParagraph(WordStyles.TOC_HEADING, "Contents"));
        List<P> entries = new ArrayList<>();
        if (contract.definitionsArticle() != 0) {
            entries.add(tocEntry(WordStyles.TOC1, contract.definitionsArticle() + ".", Outline.DEFINITIONS_TITLE,
                    articleBookmark(contract.definitionsArticle())));
        }
        for (Article a : contract.articles()) {
            entries.add(tocEntry(WordStyles.TOC1, a.number() + ".", a.title(), articleBookmark(a.number())));
            for (ClauseInstance c : a.clauses()) {
                entries.add(tocEntry(WordStyles.TOC2, c.number(), c.title(), ClauseInstance.bookmarkName(c.id())));
            }
        }
        if (entries.isEmpty()) entries.add(paragraph(WordStyles.TOC1));
        P first = entries.get(0);
        first.getContent().addAll(0, List.of(fldChar(STFldCharType.BEGIN), instr(TOC_INSTRUCTION),
                fldChar(STFldCharType.SEPARATE)));
        entries.get(entries.size() - 1).getContent().add(fldChar(STFldCharType.END));
        out.addAll(entries);
    }

    private P tocEntry(String style, String number, String title, String anchor) {
        P p = paragraph(style);
        P.Hyperlink link = WML.createPHyperlink();
        link.setAnchor(anchor);
        link.setHistory(true);
        link.getContent().add(textRun(number, null));
        R tab = new R();
        tab.getContent().add(WML.createRTab(WML.createRTab()));
        link.getContent().add(tab);
        link.getContent().add(textRun(title, null));
        p.getContent().add(WML.createPHyperlink(link));
        return p;
    }

    // ---- articles and clauses ----------------------------------------------------------------

    private void definitions() {
        int n = contract.definitionsArticle();
        out.add(articleHeading(n, Outline.DEFINITIONS_TITLE));
        for (Definition d : contract.definitions()) {
            P p = paragraph(WordStyles.DEFINITION);
            R term = textRun("\u201C" + d.term() + "\u201D", null);
            RPr bold = new RPr();
            bold.setB(ON);
            term.setRPr(bold);
            p.getContent().add(term);
            addText(p, " means " + Outline.sentence(d.meaning()), null);
            out.add(p);
        }
    }

    private void article(Article a) {
        out.add(articleHeading(a.number(), a.title()));
        for (ClauseInstance c : a.clauses()) {
            SdtBlock sdt = clause(c);
            // the copy to sign has no content controls: their tags and aliases are our labels, not contract text
            if (contract.meta().executionCopy()) out.addAll(sdt.getSdtContent().getContent());
            else out.add(sdt);
        }
    }

    private P articleHeading(int number, String title) {
        P h = paragraph(WordStyles.HEADING1);
        number(h, WordStyles.LEVEL_ARTICLE);
        bookmark(h, articleBookmark(number));
        addText(h, title, null);
        return h;
    }

    /**
     * A clause as a block content control tagged with its id, for Word; the heading carries the
     * clause's bookmark, which survives LibreOffice because it stays within one paragraph.
     */
    private SdtBlock clause(ClauseInstance c) {
        SdtBlock sdt = WML.createSdtBlock();
        // the tag only: LibreOffice 7.4 turns a content control with a title (w:alias) or an id into
        // one inside the heading paragraph, and writes malformed XML when a tracked change then
        // deletes or moves that heading; a tag alone it drops, and Word keeps it
        SdtPr pr = WML.createSdtPr();
        Tag tag = WML.createTag();
        tag.setVal(c.id());
        pr.setTag(tag);
        sdt.setSdtPr(pr);
        SdtContentBlock content = WML.createSdtContentBlock();

        P heading = paragraph(WordStyles.HEADING2);
        number(heading, WordStyles.LEVEL_CLAUSE);
        bookmark(heading, ClauseInstance.bookmarkName(c.id()));
        addText(heading, c.title(), null);
        content.getContent().add(heading);

        for (Outline.NumberedBlock nb : Outline.number(c)) {
            P p;
            switch (nb.block().kind()) {
                case SUBCLAUSE -> {
                    p = paragraph(WordStyles.SUBCLAUSE);
                    number(p, WordStyles.LEVEL_SUBCLAUSE);
                }
                case ITEM -> {
                    p = paragraph(WordStyles.ITEM);
                    number(p, WordStyles.LEVEL_ITEM);
                    int left = (nb.indent() + 1) * WordStyles.STEP;
                    p.getPPr().setInd(indent(left, WordStyles.STEP));
                }
                default -> p = paragraph(WordStyles.BODY);
            }
            inlines(p, nb.block().inlines());
            content.getContent().add(p);
        }
        sdt.setSdtContent(content);
        return sdt;
    }

    private void inlines(P p, List<Inline> inlines) {
        for (Inline i : inlines) {
            if (i instanceof Inline.Value v) {
                addText(p, v.text(), WordStyles.VALUE);
            } else if (i instanceof Inline.CrossRef x) {
                field(p, "REF " + ClauseInstance.bookmarkName(x.targetClauseId()) + " \\w \\h", x.text());
            } else {
                addText(p, i.text(), null);
            }
        }
    }

    // ---- signatures --------------------------------------------------------------------------

    private void signatures() {
        ContractMeta m = contract.meta();
        P intro = paragraph(WordStyles.NORMAL);
        intro.getPPr().setSpacing(Formatting.spacing(480, 120, 264));
        intro.getPPr().setKeepNext(ON);
        addText(intro, "Agreed by the authorized representatives of the parties:", null);
        out.add(intro);

        int[] widths = {4680, 4680};
        Tbl t = table(widths, false);
        t.getContent().add(row(false, widths, signatureParty(m.hdoName()), signatureParty(m.mdmName())));
        for (ContractMeta.SignatureLine line : m.signatureLines()) {
            t.getContent().add(row(false, widths, signatureLine(line.label(), line.hdo()), signatureLine(line.label(), line.mdm())));
        }
        out.add(t);
    }

    private P signatureParty(String party) {
        P p = paragraph(WordStyles.SIGNATURE);
        R r = textRun("For " + party, null);
        RPr bold = new RPr();
        bold.setB(ON);
        r.setRPr(bold);
        p.getContent().add(r);
        return p;
    }

    /** A signature line: the label, then the deal's value, or a tab leader to write on. */
    private P signatureLine(String label, String value) {
        P p = paragraph(WordStyles.SIGNATURE);
        if (label.equals("By:")) p.getPPr().setSpacing(Formatting.spacing(600, 0, 0)); // room to sign
        p.getContent().add(textRun(label + " ", null));
        if (value != null) {
            p.getContent().add(textRun(value, null));
            return p;
        }
        R tab = new R();
        tab.getContent().add(WML.createRTab(WML.createRTab()));
        p.getContent().add(tab);
        return p;
    }

    // ---- tables ------------------------------------------------------------------------------

    private static Tbl table(int[] widths, boolean ruled) {
        Tbl t = WML.createTbl();
        TblPr pr = WML.createTblPr();
        int total = 0;
        for (int w : widths) total += w;
        pr.setTblW(width(total));
        CTTblLayoutType layout = WML.createCTTblLayoutType();
        layout.setType(STTblLayoutType.FIXED);
        pr.setTblLayout(layout);
        TblBorders b = WML.createTblBorders();
        STBorder kind = ruled ? STBorder.SINGLE : STBorder.NONE;
        b.setTop(border(kind, 4, "808080"));
        b.setBottom(border(kind, 4, "808080"));
        b.setLeft(border(kind, 4, "808080"));
        b.setRight(border(kind, 4, "808080"));
        b.setInsideH(border(kind, 4, "808080"));
        b.setInsideV(border(kind, 4, "808080"));
        pr.setTblBorders(b);
        t.setTblPr(pr);
        TblGrid grid = WML.createTblGrid();
        for (int w : widths) {
            TblGridCol col = WML.createTblGridCol();
            col.setW(twips(w));
            grid.getGridCol().add(col);
        }
        t.setTblGrid(grid);
        return t;
    }

    private static Tr row(boolean header, int[] widths, P... cells) {
        Tr tr = WML.createTr();
        TrPr trPr = WML.createTrPr();
        trPr.getCnfStyleOrDivIdOrGridBefore().add(WML.createCTTrPrBaseCantSplit(new BooleanDefaultTrue()));
        if (header) trPr.getCnfStyleOrDivIdOrGridBefore().add(WML.createCTTrPrBaseTblHeader(new BooleanDefaultTrue()));
        tr.setTrPr(trPr);
        for (int i = 0; i < cells.length; i++) {
            Tc tc = WML.createTc();
            TcPr pr = WML.createTcPr();
            pr.setTcW(width(widths[i]));
            if (header) {
                CTShd shd = WML.createCTShd();
                shd.setVal(STShd.CLEAR);
                shd.setColor("auto");
                shd.setFill("E7E6E6");
                pr.setShd(shd);
                for (Object o : cells[i].getContent()) {
                    if (o instanceof R r) {
                        RPr bold = new RPr();
                        bold.setB(ON);
                        r.setRPr(bold);
                    }
                }
            }
            CTVerticalJc top = WML.createCTVerticalJc();
            top.setVal(STVerticalJc.TOP);
            pr.setVAlign(top);
            tc.setTcPr(pr);
            tc.getContent().add(cells[i]);
            tr.getContent().add(tc);
        }
        return tr;
    }

    private static TblWidth width(int twips) {
        TblWidth w = WML.createTblWidth();
        w.setType("dxa");
        w.setW(twips(twips));
        return w;
    }

    private P cell(String text) {
        return textParagraph(WordStyles.TABLE_TEXT, text);
    }

    // ---- paragraphs, runs and fields ---------------------------------------------------------

    static P paragraph(String style) {
        P p = WML.createP();
        PPr ppr = WML.createPPr();
        PPrBase.PStyle ps = WML.createPPrBasePStyle();
        ps.setVal(style);
        ppr.setPStyle(ps);
        p.setPPr(ppr);
        return p;
    }

    static P textParagraph(String style, String text) {
        P p = paragraph(style);
        addText(p, text, null);
        return p;
    }

    private static void number(P p, int level) {
        PPrBase.NumPr numPr = WML.createPPrBaseNumPr();
        PPrBase.NumPr.Ilvl ilvl = WML.createPPrBaseNumPrIlvl();
        ilvl.setVal(BigInteger.valueOf(level));
        numPr.setIlvl(ilvl);
        PPrBase.NumPr.NumId numId = WML.createPPrBaseNumPrNumId();
        numId.setVal(WordStyles.LIST);
        numPr.setNumId(numId);
        p.getPPr().setNumPr(numPr);
    }

    private void bookmark(P p, String name) {
        BigInteger id = BigInteger.valueOf(nextBookmarkId++);
        CTBookmark start = WML.createCTBookmark();
        start.setId(id);
        start.setName(name);
        CTMarkupRange end = WML.createCTMarkupRange();
        end.setId(id);
        p.getContent().add(WML.createPBookmarkStart(start));
        p.getContent().add(WML.createPBookmarkEnd(end));
    }

    private static String articleBookmark(int number) {
        // a leading underscore keeps it out of Word's bookmark list; it only serves the TOC links
        return "_mc2_article_" + number;
    }

    static void addText(ContentAccessor p, String text, String charStyle) {
        if (text == null || text.isEmpty()) return;
        p.getContent().add(textRun(text, charStyle));
    }

    /** A run for text that may hold tabs or line breaks; characters XML cannot carry are dropped. */
    static R textRun(String text, String charStyle) {
        R r = WML.createR();
        if (charStyle != null) {
            RPr rpr = WML.createRPr();
            RStyle rs = WML.createRStyle();
            rs.setVal(charStyle);
            rpr.setRStyle(rs);
            r.setRPr(rpr);
        }
        RunText.append(r, text);
        return r;
    }

    /** A complex field with a pre-filled result, so the text reads right before fields update. */
    static void field(ContentAccessor p, String instruction, String result) {
        p.getContent().add(fldChar(STFldCharType.BEGIN));
        p.getContent().add(instr(" " + instruction + " "));
        p.getContent().add(fldChar(STFldCharType.SEPARATE));
        p.getContent().add(textRun(result, null));
        p.getContent().add(fldChar(STFldCharType.END));
    }

    private static R fldChar(STFldCharType type) {
        FldChar f = WML.createFldChar();
        f.setFldCharType(type);
        R r = WML.createR();
        r.getContent().add(WML.createRFldChar(f));
        return r;
    }

    private static R instr(String instruction) {
        Text t = WML.createText();
        t.setValue(instruction);
        t.setSpace("preserve");
        R r = WML.createR();
        r.getContent().add(WML.createRInstrText(t));
        return r;
    }

    private static P pageBreak() {
        P p = WML.createP();
        R r = WML.createR();
        Br br = WML.createBr();
        br.setType(STBrType.PAGE);
        r.getContent().add(br);
        p.getContent().add(r);
        return p;
    }
}
