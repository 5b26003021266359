package io.mc2.write.docx;

import static io.mc2.write.docx.Formatting.ON;
import static io.mc2.write.docx.Formatting.fonts;
import static io.mc2.write.docx.Formatting.halfPoints;
import static io.mc2.write.docx.Formatting.indent;
import static io.mc2.write.docx.Formatting.jc;
import static io.mc2.write.docx.Formatting.spacing;
import static io.mc2.write.docx.Formatting.tab;
import static io.mc2.write.docx.Formatting.tabs;
import static io.mc2.write.docx.Formatting.twips;

import java.math.BigInteger;
import org.docx4j.wml.CTLongHexNumber;
import org.docx4j.wml.Color;
import org.docx4j.wml.DocDefaults;
import org.docx4j.wml.JcEnumeration;
import org.docx4j.wml.Lvl;
import org.docx4j.wml.NumFmt;
import org.docx4j.wml.NumberFormat;
import org.docx4j.wml.Numbering;
import org.docx4j.wml.PPr;
import org.docx4j.wml.PPrBase;
import org.docx4j.wml.RPr;
import org.docx4j.wml.STTabJc;
import org.docx4j.wml.STTabTlc;
import org.docx4j.wml.Style;
import org.docx4j.wml.Styles;

/**
 * The draft's style sheet and its one multilevel list. Fonts are explicit (no theme fonts), so
 * Word and LibreOffice render the same faces.
 */
final class WordStyles {
    static final String NORMAL = "Normal";
    static final String TITLE = "Title";
    static final String COVER_LINE = "mc2CoverLine";
    static final String HEADING1 = "Heading1";
    static final String HEADING2 = "Heading2";
    static final String BODY = "mc2Body";
    static final String SUBCLAUSE = "mc2Subclause";
    static final String ITEM = "mc2Item";
    static final String DEFINITION = "mc2Definition";
    static final String SCHEDULE_HEADING = "mc2ScheduleHeading";
    static final String TABLE_TEXT = "mc2TableText";
    static final String TOC_HEADING = "TOCHeading";
    static final String TOC1 = "TOC1";
    static final String TOC2 = "TOC2";
    static final String HEADER = "Header";
    static final String FOOTER = "Footer";
    static final String SIGNATURE = "mc2Signature";
    /** Character style on parameter values: no visible change, lets a reader find every value. */
    static final String VALUE = "mc2Value";

    /** The numId of the article/clause list. */
    static final BigInteger LIST = BigInteger.ONE;
    static final int LEVEL_ARTICLE = 0;
    static final int LEVEL_CLAUSE = 1;
    static final int LEVEL_SUBCLAUSE = 2;
    static final int LEVEL_ITEM = 3;

    /** Indent step: numbers hang in a half-inch gutter at each level. */
    static final int STEP = 720;
    /** Text width on US Letter with 1-inch margins. */
    static final int TEXT_WIDTH = 9360;

    private WordStyles() {
    }

    static Styles styles() {
        Styles s = new Styles();
        s.setDocDefaults(defaults());

        Style normal = paragraph(NORMAL, "Normal", null);
        normal.setDefault(true);
        normal.setQFormat(ON);
        normal.setPPr(ppr(spacing(0, 160, 264), null, JcEnumeration.BOTH));
        add(s, normal);

        Style title = paragraph(TITLE, "Title", NORMAL);
        title.setQFormat(ON);
        title.setPPr(ppr(spacing(240, 240, 0), null, JcEnumeration.CENTER));
        title.setRPr(rpr(32, true, false));
        add(s, title);

        Style cover = paragraph(COVER_LINE, "mc2 Cover Line", NORMAL);
        cover.setPPr(ppr(spacing(0, 60, 0), null, JcEnumeration.CENTER));
        add(s, cover);

        add(s, heading(HEADING1, "heading 1", 0, 24, 360, 120));
        add(s, heading(HEADING2, "heading 2", 1, 22, 200, 80));

        Style body = paragraph(BODY, "mc2 Body", NORMAL);
        body.setPPr(ppr(null, indent(STEP, 0), null));
        add(s, body);

        Style sub = paragraph(SUBCLAUSE, "mc2 Subclause", NORMAL);
        sub.setPPr(ppr(null, indent(2 * STEP, STEP), null));
        add(s, sub);

        Style item = paragraph(ITEM, "mc2 Item", NORMAL);
        item.setPPr(ppr(spacing(0, 100, 264), indent(2 * STEP, STEP), null));
        add(s, item);

        Style def = paragraph(DEFINITION, "mc2 Definition", NORMAL);
        def.setPPr(ppr(null, indent(STEP, 0), null));
        add(s, def);

        Style sched = paragraph(SCHEDULE_HEADING, "mc2 Schedule Heading", NORMAL);
        PPr schedPPr = ppr(spacing(360, 120, 0), null, JcEnumeration.LEFT);
        schedPPr.setKeepNext(ON);
        sched.setPPr(schedPPr);
        sched.setRPr(rpr(24, true, false));
        add(s, sched);

        Style table = paragraph(TABLE_TEXT, "mc2 Table Text", NORMAL);
        table.setPPr(ppr(spacing(40, 40, 0), null, JcEnumeration.LEFT));
        table.setRPr(rpr(20, false, false));
        add(s, table);

        Style tocHeading = paragraph(TOC_HEADING, "TOC Heading", NORMAL);
        PPr tocHeadingPPr = ppr(spacing(0, 240, 0), null, JcEnumeration.LEFT);
        tocHeadingPPr.setKeepNext(ON);
        tocHeading.setPPr(tocHeadingPPr);
        tocHeading.setRPr(rpr(24, true, false));
        add(s, tocHeading);

        add(s, toc(TOC1, "toc 1", 0, 120, true));
        add(s, toc(TOC2, "toc 2", STEP, 0, false));

        Style header = paragraph(HEADER, "header", NORMAL);
        header.setPPr(ppr(spacing(0, 0, 0), null, JcEnumeration.RIGHT));
        header.setRPr(rpr(18, false, true));
        add(s, header);

        Style footer = paragraph(FOOTER, "footer", NORMAL);
        footer.setPPr(ppr(spacing(0, 0, 0), null, JcEnumeration.CENTER));
        footer.setRPr(rpr(18, false, false));
        add(s, footer);

        Style sig = paragraph(SIGNATURE, "mc2 Signature", NORMAL);
        PPr sigPPr = ppr(spacing(240, 0, 0), null, JcEnumeration.LEFT);
        sigPPr.setKeepNext(ON);
        sigPPr.setTabs(tabs(tab(STTabJc.LEFT, STTabTlc.UNDERSCORE, 4200)));
        sig.setPPr(sigPPr);
        add(s, sig);

        Style value = new Style();
        value.setType("character");
        value.setStyleId(VALUE);
        value.setName(name("mc2 Value"));
        value.setCustomStyle(true);
        value.setRPr(new RPr());
        add(s, value);
        return s;
    }

    /**
     * The contract's list: level 0 "1." (articles), 1 "1.1" (clauses), 2 "1.1.1" (sub-clauses),
     * 3 "(a)" (items). Each level restarts after a higher one, Word's default.
     */
    static Numbering numbering() {
        Numbering n = new Numbering();
        Numbering.AbstractNum abs = new Numbering.AbstractNum();
        abs.setAbstractNumId(BigInteger.ONE);
        CTLongHexNumber nsid = new CTLongHexNumber();
        nsid.setVal("6D633201");
        abs.setNsid(nsid);
        Numbering.AbstractNum.MultiLevelType mlt = new Numbering.AbstractNum.MultiLevelType();
        mlt.setVal("multilevel");
        abs.setMultiLevelType(mlt);
        Numbering.AbstractNum.Name name = new Numbering.AbstractNum.Name();
        name.setVal("mc2 Contract Outline");
        abs.setName(name);
        abs.getLvl().add(level(LEVEL_ARTICLE, NumberFormat.DECIMAL, "%1.", 0));
        abs.getLvl().add(level(LEVEL_CLAUSE, NumberFormat.DECIMAL, "%1.%2", 0));
        abs.getLvl().add(level(LEVEL_SUBCLAUSE, NumberFormat.DECIMAL, "%1.%2.%3", STEP));
        abs.getLvl().add(level(LEVEL_ITEM, NumberFormat.LOWER_LETTER, "(%4)", STEP));
        n.getAbstractNum().add(abs);

        Numbering.Num num = new Numbering.Num();
        num.setNumId(LIST);
        Numbering.Num.AbstractNumId ref = new Numbering.Num.AbstractNumId();
        ref.setVal(BigInteger.ONE);
        num.setAbstractNumId(ref);
        n.getNum().add(num);
        return n;
    }

    private static Lvl level(int ilvl, NumberFormat format, String text, int numberAt) {
        Lvl l = new Lvl();
        l.setIlvl(BigInteger.valueOf(ilvl));
        Lvl.Start start = new Lvl.Start();
        start.setVal(BigInteger.ONE);
        l.setStart(start);
        NumFmt fmt = new NumFmt();
        fmt.setVal(format);
        l.setNumFmt(fmt);
        Lvl.LvlText lt = new Lvl.LvlText();
        lt.setVal(text);
        l.setLvlText(lt);
        l.setLvlJc(jc(JcEnumeration.LEFT));
        PPr ppr = new PPr();
        ppr.setInd(indent(numberAt + STEP, STEP));
        l.setPPr(ppr);
        return l;
    }

    private static DocDefaults defaults() {
        DocDefaults d = new DocDefaults();
        DocDefaults.RPrDefault r = new DocDefaults.RPrDefault();
        RPr rpr = new RPr();
        rpr.setRFonts(fonts(Formatting.SERIF));
        rpr.setSz(halfPoints(22));
        rpr.setSzCs(halfPoints(22));
        org.docx4j.wml.CTLanguage lang = new org.docx4j.wml.CTLanguage();
        lang.setVal("en-US");
        rpr.setLang(lang);
        r.setRPr(rpr);
        d.setRPrDefault(r);
        DocDefaults.PPrDefault p = new DocDefaults.PPrDefault();
        PPr ppr = new PPr();
        ppr.setSpacing(spacing(0, 0, 240));
        p.setPPr(ppr);
        d.setPPrDefault(p);
        return d;
    }

    private static Style heading(String id, String name, int outline, int size, int before, int after) {
        Style h = paragraph(id, name, NORMAL);
        h.setNext(next(outline == 0 ? HEADING2 : BODY));
        h.setQFormat(ON);
        PPr ppr = ppr(spacing(before, after, 0), null, JcEnumeration.LEFT);
        ppr.setKeepNext(ON);
        ppr.setKeepLines(ON);
        PPrBase.OutlineLvl lvl = new PPrBase.OutlineLvl();
        lvl.setVal(BigInteger.valueOf(outline));
        ppr.setOutlineLvl(lvl);
        h.setPPr(ppr);
        h.setRPr(rpr(size, true, false));
        return h;
    }

    private static Style toc(String id, String name, int left, int before, boolean bold) {
        Style t = paragraph(id, name, NORMAL);
        PPr ppr = ppr(spacing(before, 40, 0), indent(left + STEP, STEP), JcEnumeration.LEFT);
        ppr.setTabs(tabs(tab(STTabJc.LEFT, null, left + STEP),
                tab(STTabJc.RIGHT, STTabTlc.DOT, TEXT_WIDTH)));
        t.setPPr(ppr);
        t.setRPr(rpr(22, bold, false));
        return t;
    }

    private static Style paragraph(String id, String name, String basedOn) {
        Style s = new Style();
        s.setType("paragraph");
        s.setStyleId(id);
        s.setName(name(name));
        if (basedOn != null) {
            Style.BasedOn b = new Style.BasedOn();
            b.setVal(basedOn);
            s.setBasedOn(b);
        }
        if (id.startsWith("mc2")) s.setCustomStyle(true);
        return s;
    }

    private static Style.Name name(String name) {
        Style.Name n = new Style.Name();
        n.setVal(name);
        return n;
    }

    private static Style.Next next(String id) {
        Style.Next n = new Style.Next();
        n.setVal(id);
        return n;
    }

    private static PPr ppr(PPrBase.Spacing spacing, PPrBase.Ind ind, JcEnumeration align) {
        PPr p = new PPr();
        if (spacing != null) p.setSpacing(spacing);
        if (ind != null) p.setInd(ind);
        if (align != null) p.setJc(jc(align));
        return p;
    }

    private static RPr rpr(int halfPoints, boolean bold, boolean grey) {
        RPr r = new RPr();
        if (bold) {
            r.setB(ON);
            r.setBCs(ON);
        }
        if (grey) {
            Color c = new Color();
            c.setVal("595959");
            r.setColor(c);
        }
        r.setSz(halfPoints(halfPoints));
        r.setSzCs(halfPoints(halfPoints));
        return r;
    }

    private static void add(Styles s, Style style) {
        s.getStyle().add(style);
    }
}
