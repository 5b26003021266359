package io.mc2.write.docx;

import static io.mc2.write.docx.Formatting.twips;

import org.docx4j.wml.FooterReference;
import org.docx4j.wml.HdrFtrRef;
import org.docx4j.wml.HeaderReference;
import org.docx4j.wml.ObjectFactory;
import org.docx4j.wml.SectPr;

/** The page set-up every Word document mc2 writes shares: US Letter, 1-inch margins, header and footer. */
public final class PageLayout {
    private static final ObjectFactory WML = new ObjectFactory();

    private PageLayout() {
    }

    /** A US Letter section with 1-inch margins and the given header and footer (relationship ids; null for none). */
    public static SectPr usLetter(String headerId, String footerId) {
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
        // US Letter: the MC2 audience is the US health sector
        SectPr.PgSz size = WML.createSectPrPgSz();
        size.setW(twips(12240));
        size.setH(twips(15840));
        s.setPgSz(size);
        SectPr.PgMar m = WML.createSectPrPgMar();
        m.setTop(twips(1440));
        m.setBottom(twips(1440));
        m.setLeft(twips(1440));
        m.setRight(twips(1440));
        m.setHeader(twips(720));
        m.setFooter(twips(720));
        m.setGutter(twips(0));
        s.setPgMar(m);
        return s;
    }
}
