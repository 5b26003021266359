package io.mc2.write.docx;

import java.math.BigInteger;
import org.docx4j.wml.BooleanDefaultTrue;
import org.docx4j.wml.CTBorder;
import org.docx4j.wml.CTTabStop;
import org.docx4j.wml.HpsMeasure;
import org.docx4j.wml.Jc;
import org.docx4j.wml.JcEnumeration;
import org.docx4j.wml.PPrBase;
import org.docx4j.wml.RFonts;
import org.docx4j.wml.STBorder;
import org.docx4j.wml.STLineSpacingRule;
import org.docx4j.wml.STTabJc;
import org.docx4j.wml.STTabTlc;
import org.docx4j.wml.Tabs;

/** Small constructors for WordprocessingML property elements (twips, half-points, on/off). */
final class Formatting {
    /** Body and heading font; LibreOffice substitutes the metric-compatible Liberation Serif. */
    static final String SERIF = "Times New Roman";
    static final BooleanDefaultTrue ON = new BooleanDefaultTrue();

    private Formatting() {
    }

    static BigInteger twips(int v) {
        return BigInteger.valueOf(v);
    }

    static PPrBase.Spacing spacing(int before, int after, int line) {
        PPrBase.Spacing s = new PPrBase.Spacing();
        s.setBefore(twips(before));
        s.setAfter(twips(after));
        if (line > 0) {
            s.setLine(twips(line));
            s.setLineRule(STLineSpacingRule.AUTO);
        }
        return s;
    }

    static PPrBase.Ind indent(int left, int hanging) {
        PPrBase.Ind ind = new PPrBase.Ind();
        ind.setLeft(twips(left));
        if (hanging > 0) ind.setHanging(twips(hanging));
        return ind;
    }

    static Jc jc(JcEnumeration value) {
        Jc jc = new Jc();
        jc.setVal(value);
        return jc;
    }

    static HpsMeasure halfPoints(int v) {
        HpsMeasure m = new HpsMeasure();
        m.setVal(BigInteger.valueOf(v));
        return m;
    }

    static RFonts fonts(String name) {
        RFonts f = new RFonts();
        f.setAscii(name);
        f.setHAnsi(name);
        f.setCs(name);
        f.setEastAsia(name);
        return f;
    }

    static Tabs tabs(CTTabStop... stops) {
        Tabs t = new Tabs();
        for (CTTabStop s : stops) t.getTab().add(s);
        return t;
    }

    static CTTabStop tab(STTabJc align, STTabTlc leader, int pos) {
        CTTabStop s = new CTTabStop();
        s.setVal(align);
        if (leader != null) s.setLeader(leader);
        s.setPos(twips(pos));
        return s;
    }

    static CTBorder border(STBorder kind, int eighthPoints, String color) {
        CTBorder b = new CTBorder();
        b.setVal(kind);
        b.setSz(BigInteger.valueOf(eighthPoints));
        b.setSpace(BigInteger.ZERO);
        b.setColor(color);
        return b;
    }
}
