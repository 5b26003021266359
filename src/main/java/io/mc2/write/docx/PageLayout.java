package io.mc2.write.docx;

import static io.mc2.write.docx.Formatting.twips;

import org.docx4j.wml.FooterReference;
import org.docx4j.wml.HdrFtrRef;
import org.docx4j.wml.HeaderReference;
import org.docx4j.wml.ObjectFactory;
import org.docx4j.wml.STPageOrientation;
import org.docx4j.wml.SectPr;

/**
 * The page set-up of a Word document mc2 writes, in twips: US Letter with 1-inch margins unless a
 * reference document gives its own ({@link HouseStyle}).
 */
public record PageLayout(int width, int height, boolean landscape, int top, int right, int bottom, int left,
        int header, int footer) {
    private static final ObjectFactory WML = new ObjectFactory();

    /** US Letter, 1-inch margins: the MC2 audience is the US health sector. */
    public static final PageLayout US_LETTER = new PageLayout(12240, 15840, false, 1440, 1440, 1440, 1440, 720, 720);

    /** The text width between the margins. */
    public int textWidth() {
        return width - left - right;
    }

    /** A section of this layout with the given header and footer (relationship ids; null for none). */
    public SectPr section(String headerId, String footerId) {
        SectPr s = WML.createSectPr();
        if (headerId != null) {
            HeaderReference h = WML.createHeaderReference();
            h.setId(headerId);
            h.setType(HdrFtrRef.DEFAULT);
            s.getEGHdrFtrReferences().add(h);
        }
        if (footerId != null) {
            FooterReference f = WML.createFooterReference();
            f.setId(footerId);
            f.setType(HdrFtrRef.DEFAULT);
            s.getEGHdrFtrReferences().add(f);
        }
        SectPr.PgSz size = WML.createSectPrPgSz();
        size.setW(twips(width));
        size.setH(twips(height));
        if (landscape) size.setOrient(STPageOrientation.LANDSCAPE);
        s.setPgSz(size);
        SectPr.PgMar m = WML.createSectPrPgMar();
        m.setTop(twips(top));
        m.setBottom(twips(bottom));
        m.setLeft(twips(left));
        m.setRight(twips(right));
        m.setHeader(twips(header));
        m.setFooter(twips(footer));
        m.setGutter(twips(0));
        s.setPgMar(m);
        return s;
    }
}
