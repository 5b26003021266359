package io.mc2.paper;

import io.mc2.docx.DocxPackage;
import io.mc2.redline.RedlineDocument;
import io.mc2.redline.RedlineParagraph;
import io.mc2.redline.RedlineReader;
import io.mc2.redline.View;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A supplier's .docx paper as blocks, through the one package reader and the redline reader (so it passes
 * every check and limit a redline does): the accepted text of each body paragraph, the number Word shows,
 * whether its style is a heading, and where it sits in a table.
 */
final class DocxPaper {
    private DocxPaper() {
    }

    static List<PaperBlock> read(DocxPackage pkg) {
        RedlineDocument doc = RedlineReader.read(pkg);
        List<PaperBlock> out = new ArrayList<>();
        for (RedlineParagraph p : doc.body()) {
            if (!p.presentIn(View.ACCEPTED)) continue;
            String text = p.text(View.ACCEPTED);
            boolean heading = isHeading(p.styleName()) || isHeading(p.styleId());
            if (p.cell() == null) {
                out.add(PaperBlock.paragraph(text, p.numberLabel(), heading));
            } else {
                out.add(new PaperBlock(text, p.numberLabel(), heading, p.cell().table() + 1, p.cell().row(), p.cell().column()));
            }
        }
        return out;
    }

    private static boolean isHeading(String style) {
        return style != null && style.toLowerCase(Locale.ROOT).replace(" ", "").matches("heading\\d?");
    }
}
