package io.mc2.report.docx;

import io.mc2.gap.GapReport;
import io.mc2.report.ReportText;
import io.mc2.report.ReportWriter;
import io.mc2.write.docx.HouseStyle;
import io.mc2.write.docx.Letterheads;
import io.mc2.write.docx.PackageArchive;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.List;
import org.docx4j.jaxb.Context;
import org.docx4j.openpackaging.exceptions.InvalidFormatException;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.WordprocessingML.MainDocumentPart;
import org.docx4j.wml.BooleanDefaultTrue;
import org.docx4j.wml.Color;
import org.docx4j.wml.ObjectFactory;
import org.docx4j.wml.P;
import org.docx4j.wml.PPr;
import org.docx4j.wml.PPrBase;
import org.docx4j.wml.R;
import org.docx4j.wml.RPr;
import org.docx4j.wml.STBorder;
import org.docx4j.wml.Tbl;
import org.docx4j.wml.TblBorders;
import org.docx4j.wml.TblPr;
import org.docx4j.wml.Tc;
import org.docx4j.wml.Text;
import org.docx4j.wml.Tr;
import org.docx4j.wml.U;
import org.docx4j.wml.UnderlineEnumeration;

/**
 * The gap report as a Word document a lawyer can forward: summary, a table of the clauses that
 * need attention, then each one with its values, findings and a coloured word-level comparison
 * (coloured text, not tracked changes, so the report itself has nothing to accept).
 */
public final class DocxReportWriter implements ReportWriter {
    /** The report holds our positions: its every page says it is internal. */
    static final String INTERNAL = "CONFIDENTIAL \u2014 internal gap report, do not send to the supplier";

    private static final ObjectFactory WML = Context.getWmlObjectFactory();

    private final HouseStyle house;

    /** A writer of the standard look. */
    public DocxReportWriter() {
        this(HouseStyle.standard());
    }

    /** A writer of the given look (styles, page, letterhead). */
    public DocxReportWriter(HouseStyle house) {
        this.house = house;
    }

    @Override
    public String extension() {
        return "docx";
    }

    @Override
    public void write(GapReport r, OutputStream out) throws IOException {
        try {
            WordprocessingMLPackage pkg = WordprocessingMLPackage.createPackage();
            MainDocumentPart doc = pkg.getMainDocumentPart();
            doc.addStyledParagraphOfText("Title", "Gap report: " + r.redline().file());
            doc.addParagraphOfText("Profile " + r.draft().profile() + " v" + r.draft().profileVersion() + " " + ReportText.profileFrom(r) + " \u00b7 library "
                    + r.draft().library() + " " + r.draft().libraryVersion() + " \u00b7 draft " + r.draft().source());
            doc.addParagraphOfText(ReportText.supplierLine(r));
            for (String w : r.draft().warnings()) doc.getContent().add(para(run("Warning: " + w, true, null, false, false)));
            doc.getContent().add(para(run(ReportText.summaryLine(r), true, null, false, false)));
            List<GapReport.ClauseReport> attention = ReportText.attention(r);
            if (attention.isEmpty()) {
                doc.addParagraphOfText("Every clause is as we sent it.");
            } else {
                doc.addStyledParagraphOfText("Heading1", "Needs attention");
                Tbl t = table();
                row(t, true, "Clause", "Change", "Verdict", "Why");
                for (GapReport.ClauseReport c : attention) {
                    row(t, false, ReportText.heading(c), ReportText.change(c), ReportText.label(c.verdict()), ReportText.why(c));
                }
                doc.getContent().add(t);
                for (GapReport.ClauseReport c : attention) clause(doc, c);
            }
            // the house style last: docx4j's createPackage and addStyledParagraphOfText bring styles of their own
            Letterheads.apply(house, pkg, List.of(), List.of(Letterheads.internalLine(INTERNAL)), List.of(Letterheads.pageXofY()));
            PackageArchive.save(pkg, out);
        } catch (InvalidFormatException e) {
            throw new IOException("cannot build the report document: " + e.getMessage(), e);
        }
    }

    private static void clause(MainDocumentPart doc, GapReport.ClauseReport c) {
        doc.addStyledParagraphOfText("Heading2", ReportText.heading(c) + " \u2014 " + ReportText.label(c.verdict()));
        doc.addParagraphOfText("Change: " + ReportText.change(c) + (c.variant() == null ? "" : " \u00b7 wording sent: " + c.variant().sent()
                + ", found: " + (c.variant().found() == null ? "none of the clause's variants" : c.variant().found())));
        if (!c.parameters().isEmpty()) {
            Tbl t = table();
            row(t, true, "Parameter", "Sent", "Found", "Preferred", "Fallback", "Walk-away", "Verdict");
            for (GapReport.ParameterReport p : c.parameters()) {
                row(t, false, p.label(), dash(ReportText.value(p, p.sent())), dash(p.foundText()), dash(ReportText.value(p, p.preferred())), dash(ReportText.value(p, p.fallback())),
                        dash(ReportText.value(p, p.walkAway())), ReportText.label(p.verdict()));
            }
            doc.getContent().add(t);
        }
        for (GapReport.Finding f : c.findings()) {
            P p = para(run(f.title() + " (" + f.severity() + "): ", true, null, false, false));
            p.getContent().add(run(f.evidence(), false, null, false, false));
            doc.getContent().add(p);
        }
        if (!c.diff().isEmpty()) {
            P p = WML.createP();
            for (GapReport.DiffPiece d : ReportText.compact(c.diff())) {
                switch (d.op()) {
                    case "insert" -> p.getContent().add(run(d.text(), false, "0B5D1E", true, false));
                    case "delete" -> p.getContent().add(run(d.text(), false, "8B1A1A", false, true));
                    default -> p.getContent().add(run(d.text(), false, null, false, false));
                }
            }
            doc.getContent().add(p);
        }
        for (GapReport.CommentReport cm : c.comments()) {
            P p = para(run(ReportText.commentBy(cm) + (cm.anchor() == null || cm.anchor().isEmpty() ? "" : " on \u201c"
                    + ReportText.shorten(cm.anchor(), 60) + "\u201d") + ": ", true, null, false, false));
            p.getContent().add(run(cm.text(), false, null, false, false));
            doc.getContent().add(p);
        }
    }

    private static P para(R first) {
        P p = WML.createP();
        p.getContent().add(first);
        return p;
    }

    private static R run(String text, boolean bold, String color, boolean underline, boolean strike) {
        R r = WML.createR();
        RPr pr = WML.createRPr();
        if (bold) pr.setB(new BooleanDefaultTrue());
        if (color != null) {
            Color c = WML.createColor();
            c.setVal(color);
            pr.setColor(c);
        }
        if (underline) {
            U u = WML.createU();
            u.setVal(UnderlineEnumeration.SINGLE);
            pr.setU(u);
        }
        if (strike) pr.setStrike(new BooleanDefaultTrue());
        r.setRPr(pr);
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) r.getContent().add(WML.createBr());
            Text t = WML.createText();
            t.setValue(lines[i]);
            t.setSpace("preserve");
            r.getContent().add(WML.createRT(t));
        }
        return r;
    }

    private static Tbl table() {
        Tbl t = WML.createTbl();
        TblPr pr = WML.createTblPr();
        TblBorders b = WML.createTblBorders();
        b.setTop(border());
        b.setBottom(border());
        b.setLeft(border());
        b.setRight(border());
        b.setInsideH(border());
        b.setInsideV(border());
        pr.setTblBorders(b);
        t.setTblPr(pr);
        return t;
    }

    private static org.docx4j.wml.CTBorder border() {
        org.docx4j.wml.CTBorder x = WML.createCTBorder();
        x.setVal(STBorder.SINGLE);
        x.setSz(BigInteger.valueOf(4));
        x.setColor("999999");
        return x;
    }

    private static void row(Tbl t, boolean header, String... cells) {
        Tr tr = WML.createTr();
        for (String c : cells) {
            Tc tc = WML.createTc();
            P p = para(run(c, header, null, false, false));
            PPr ppr = WML.createPPr();
            PPrBase.PStyle style = WML.createPPrBasePStyle();
            style.setVal(HouseStyle.TABLE_TEXT);
            ppr.setPStyle(style);
            p.setPPr(ppr);
            tc.getContent().add(p);
            tr.getContent().add(tc);
        }
        t.getContent().add(tr);
    }

    private static String dash(String s) {
        return s == null ? "\u2014" : s;
    }
}
