package io.mc2.write.docx;

import io.mc2.model.Contract;
import io.mc2.write.Outline;
import jakarta.xml.bind.JAXBElement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.docx4j.wml.Br;
import org.docx4j.wml.CTBookmark;
import org.docx4j.wml.FldChar;
import org.docx4j.wml.Lvl;
import org.docx4j.wml.NumberFormat;
import org.docx4j.wml.Numbering;
import org.docx4j.wml.P;
import org.docx4j.wml.PPrBase;
import org.docx4j.wml.R;
import org.docx4j.wml.SdtBlock;
import org.docx4j.wml.STFldCharType;
import org.docx4j.wml.Style;
import org.docx4j.wml.Tbl;
import org.docx4j.wml.Tc;
import org.docx4j.wml.Text;
import org.docx4j.wml.Tr;

/**
 * The body paragraphs of the Word draft as a reader sees them (text with field results, style,
 * content-control tags, bookmarks, the number Word shows), taken from the same docx4j objects
 * {@link DocxContractWriter} saves but without saving them: docx4j's JAXB start-up, most of a cold
 * run, is not needed to know what a draft says. {@code mc2 gap} compares supplier documents with
 * this; a test holds it equal to reading the saved draft back.
 */
public final class DraftParagraphs {

    /**
     * One body paragraph, in document order (table cells in reading order).
     *
     * @param style       the paragraph style's name ("heading 1"), or its id when the style has no name
     * @param numberLabel the list number Word shows ("2.1", "(a)"), or null
     */
    public record Paragraph(String text, String style, List<String> tags, List<String> bookmarks, String numberLabel) {
        public Paragraph {
            tags = List.copyOf(tags);
            bookmarks = List.copyOf(bookmarks);
        }
    }

    private final Map<String, String> styleNames = new HashMap<>();
    private final List<Lvl> levels;
    private final int[] counters;
    private final List<Paragraph> out = new ArrayList<>();
    /** Inside a complex field, before its separator: instruction text, not shown. */
    private boolean inInstruction;

    private DraftParagraphs() {
        for (Object o : WordStyles.styles().getStyle()) {
            Style s = (Style) o;
            if (s.getName() != null) styleNames.put(s.getStyleId(), s.getName().getVal());
        }
        Numbering numbering = WordStyles.numbering();
        levels = numbering.getAbstractNum().get(0).getLvl();
        counters = new int[levels.size()];
    }

    /** The paragraphs of {@code contract}'s Word draft. */
    public static List<Paragraph> of(Contract contract) {
        Outline.requireSequentialNumbers(contract);
        DraftParagraphs walk = new DraftParagraphs();
        walk.blocks(new DraftBody(contract).build(), List.of());
        return List.copyOf(walk.out);
    }

    private void blocks(List<Object> content, List<String> tags) {
        for (Object o : content) {
            Object v = o instanceof JAXBElement<?> e ? e.getValue() : o;
            if (v instanceof P p) {
                paragraph(p, tags);
            } else if (v instanceof SdtBlock sdt) {
                List<String> inner = new ArrayList<>(tags);
                if (sdt.getSdtPr() != null && sdt.getSdtPr().getTag() != null) inner.add(sdt.getSdtPr().getTag().getVal());
                blocks(sdt.getSdtContent().getContent(), inner);
            } else if (v instanceof Tbl t) {
                for (Object row : t.getContent()) {
                    if (!(unwrap(row) instanceof Tr tr)) continue;
                    for (Object cell : tr.getContent()) {
                        if (unwrap(cell) instanceof Tc tc) blocks(tc.getContent(), tags);
                    }
                }
            }
        }
    }

    private void paragraph(P p, List<String> tags) {
        StringBuilder text = new StringBuilder();
        List<String> bookmarks = new ArrayList<>();
        inlines(p.getContent(), text, bookmarks);
        String styleId = p.getPPr() != null && p.getPPr().getPStyle() != null ? p.getPPr().getPStyle().getVal() : null;
        String style = styleId == null ? null : styleNames.getOrDefault(styleId, styleId);
        out.add(new Paragraph(text.toString(), style, tags, bookmarks, label(p)));
    }

    private void inlines(List<Object> content, StringBuilder text, List<String> bookmarks) {
        for (Object o : content) {
            if (o instanceof JAXBElement<?> e && e.getValue() instanceof CTBookmark b) {
                bookmarks.add(b.getName());
                continue;
            }
            Object v = unwrap(o);
            if (v instanceof R r) {
                run(r, text);
            } else if (v instanceof P.Hyperlink link) {
                inlines(link.getContent(), text, bookmarks);
            }
        }
    }

    private void run(R r, StringBuilder text) {
        for (Object o : r.getContent()) {
            if (o instanceof JAXBElement<?> e) {
                Object v = e.getValue();
                String name = e.getName().getLocalPart();
                if (v instanceof FldChar f) {
                    inInstruction = f.getFldCharType() == STFldCharType.BEGIN;
                } else if (inInstruction) {
                    continue;
                } else if (v instanceof Text t && name.equals("t")) {
                    text.append(t.getValue());
                } else if (v instanceof R.Tab) {
                    text.append('\t');
                }
            } else if (o instanceof Br br && !inInstruction) {
                text.append(br.getType() == null ? "\n" : "");
            }
        }
    }

    /** Word's list counters: a level counts up, and every deeper level starts again. */
    private String label(P p) {
        PPrBase.NumPr numPr = p.getPPr() == null ? null : p.getPPr().getNumPr();
        if (numPr == null || numPr.getIlvl() == null) return null;
        int ilvl = numPr.getIlvl().getVal().intValue();
        counters[ilvl]++;
        for (int deeper = ilvl + 1; deeper < counters.length; deeper++) counters[deeper] = 0;
        String label = levels.get(ilvl).getLvlText().getVal();
        for (int k = 0; k <= ilvl; k++) {
            Lvl lvl = levels.get(k);
            int start = lvl.getStart() == null ? 1 : lvl.getStart().getVal().intValue();
            int n = Math.max(counters[k], 1) + start - 1;
            label = label.replace("%" + (k + 1), format(n, lvl.getNumFmt().getVal()));
        }
        return label;
    }

    private static String format(int n, NumberFormat format) {
        if (format == NumberFormat.LOWER_LETTER) return Outline.letters(n);
        if (format == NumberFormat.UPPER_LETTER) return Outline.letters(n).toUpperCase(java.util.Locale.ROOT);
        if (format != NumberFormat.DECIMAL) throw new IllegalStateException("the draft's list uses " + format);
        return Integer.toString(n);
    }

    private static Object unwrap(Object o) {
        return o instanceof JAXBElement<?> e ? e.getValue() : o;
    }
}
