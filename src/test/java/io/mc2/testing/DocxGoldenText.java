package io.mc2.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jakarta.xml.bind.JAXBElement;
import org.docx4j.docProps.custom.Properties;
import org.docx4j.openpackaging.exceptions.Docx4JException;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.DocPropsCustomPart;
import org.docx4j.openpackaging.parts.JaxbXmlPart;
import org.docx4j.openpackaging.parts.Part;
import org.docx4j.openpackaging.parts.WordprocessingML.MainDocumentPart;
import org.docx4j.openpackaging.parts.WordprocessingML.NumberingDefinitionsPart;
import org.docx4j.openpackaging.parts.WordprocessingML.StyleDefinitionsPart;
import org.docx4j.wml.Br;
import org.docx4j.wml.CTBookmark;
import org.docx4j.wml.CTRel;
import org.docx4j.wml.CTSimpleField;
import org.docx4j.wml.ContentAccessor;
import org.docx4j.wml.DelText;
import org.docx4j.wml.FldChar;
import org.docx4j.wml.FooterReference;
import org.docx4j.wml.HeaderReference;
import org.docx4j.wml.Lvl;
import org.docx4j.wml.Numbering;
import org.docx4j.wml.P;
import org.docx4j.wml.PPrBase;
import org.docx4j.wml.R;
import org.docx4j.wml.RunDel;
import org.docx4j.wml.RunIns;
import org.docx4j.wml.STBrType;
import org.docx4j.wml.SdtBlock;
import org.docx4j.wml.SdtElement;
import org.docx4j.wml.SdtPr;
import org.docx4j.wml.SectPr;
import org.docx4j.wml.Style;
import org.docx4j.wml.Tbl;
import org.docx4j.wml.Tc;
import org.docx4j.wml.Text;
import org.docx4j.wml.Tr;

/**
 * Renders a saved .docx as normalised text for golden tests, so that documents are compared by
 * what they say and how they are structured, never by zip bytes.
 *
 * <p>Format: one line per paragraph, {@code [Style] text} or {@code [Style|ilvl:label] text} for a
 * numbered paragraph, where {@code label} is the number Word shows (computed here from
 * numbering.xml, independently of the writer). Inside text: {@code {bm:name}} at a bookmark start,
 * {@code {INSTRUCTION=result}} for a field (e.g. {@code {REF mc2_x \w \h=3.1}}; a field whose result
 * spans paragraphs opens on one line and closes on a later one), {@code [text](#anchor)} for an
 * internal hyperlink, {@code {+text+}} for an insertion and {@code [-text-]} for a deletion,
 * {@code {tab}}, {@code {br}}, {@code {page}}. Block content controls become
 * {@code <sdt tag=... alias="...">} … {@code </sdt>} lines; table rows become {@code | cell | cell |}.
 * After the body come sections for headers, footers and the custom properties (sorted by name).
 */
public final class DocxGoldenText {
    private final WordprocessingMLPackage pkg;
    private final StringBuilder out = new StringBuilder();
    private final Deque<FieldFrame> fields = new ArrayDeque<>();
    private final Map<BigInteger, int[]> counters = new HashMap<>();
    private final Map<String, PPrBase.NumPr> styleNumbering = new HashMap<>();
    private StringBuilder line;

    private DocxGoldenText(WordprocessingMLPackage pkg) {
        this.pkg = pkg;
    }

    public static String render(Path docx) throws IOException {
        try (InputStream in = Files.newInputStream(docx)) {
            return render(load(in));
        }
    }

    public static String render(byte[] docx) throws IOException {
        return render(load(new ByteArrayInputStream(docx)));
    }

    public static String render(WordprocessingMLPackage pkg) {
        return new DocxGoldenText(pkg).renderAll();
    }

    public static WordprocessingMLPackage load(InputStream in) throws IOException {
        try {
            return WordprocessingMLPackage.load(in);
        } catch (Docx4JException e) {
            throw new IOException("not a readable .docx: " + e.getMessage(), e);
        }
    }

    private String renderAll() {
        MainDocumentPart main = pkg.getMainDocumentPart();
        List<Object> body = main.getJaxbElement().getBody().getContent();
        blocks(body, "");
        SectPr sect = main.getJaxbElement().getBody().getSectPr();
        if (sect != null) {
            for (CTRel ref : sect.getEGHdrFtrReferences()) {
                String kind = ref instanceof HeaderReference h ? "header " + h.getType().value()
                        : ref instanceof FooterReference f ? "footer " + f.getType().value() : "reference";
                out.append("== ").append(kind).append(" ==\n");
                Part part = main.getRelationshipsPart().getPart(ref.getId());
                if (part instanceof JaxbXmlPart<?> xml && xml.getJaxbElement() instanceof ContentAccessor ca) {
                    blocks(ca.getContent(), "");
                }
            }
        }
        out.append("== custom properties ==\n");
        DocPropsCustomPart custom = pkg.getDocPropsCustomPart();
        if (custom != null) {
            Map<String, String> sorted = new TreeMap<>();
            for (Properties.Property p : custom.getJaxbElement().getProperty()) {
                sorted.put(p.getName(), propertyValue(p));
            }
            sorted.forEach((k, v) -> out.append(k).append(" = ").append(v).append('\n'));
        }
        return out.toString();
    }

    private static String propertyValue(Properties.Property p) {
        if (p.getLpwstr() != null) return p.getLpwstr();
        if (p.getLpstr() != null) return p.getLpstr();
        if (p.isBool() != null) return p.isBool().toString();
        if (p.getI4() != null) return p.getI4().toString();
        return "?";
    }

    private void blocks(List<Object> content, String indent) {
        for (Object o : content) {
            Object v = unwrap(o);
            if (v instanceof P p) {
                paragraph(p, indent);
            } else if (v instanceof Tbl t) {
                table(t, indent);
            } else if (v instanceof SdtBlock sdt) {
                out.append(indent).append(sdtOpening(sdt.getSdtPr())).append('\n');
                if (sdt.getSdtContent() != null) blocks(sdt.getSdtContent().getContent(), indent);
                out.append(indent).append("</sdt>\n");
            } else if (v instanceof CTBookmark bm) {
                out.append(indent).append("{bm:").append(bm.getName()).append("}\n");
            }
        }
    }

    private static String sdtOpening(SdtPr pr) {
        String tag = pr != null && pr.getTag() != null ? pr.getTag().getVal() : "";
        String alias = "";
        if (pr != null) {
            for (Object o : pr.getRPrOrAliasOrLock()) {
                if (unwrap(o) instanceof SdtPr.Alias a) alias = a.getVal();
            }
        }
        return "<sdt tag=" + tag + " alias=\"" + alias + "\">";
    }

    private void paragraph(P p, String indent) {
        line = new StringBuilder();
        inline(p.getContent());
        out.append(indent).append('[').append(describe(p)).append("] ").append(line.toString().stripTrailing())
                .append('\n');
    }

    private void table(Tbl t, String indent) {
        for (Object o : t.getContent()) {
            if (!(unwrap(o) instanceof Tr tr)) continue;
            StringBuilder row = new StringBuilder("|");
            for (Object c : tr.getContent()) {
                if (!(unwrap(c) instanceof Tc tc)) continue;
                List<String> paras = new ArrayList<>();
                for (Object cp : tc.getContent()) {
                    if (unwrap(cp) instanceof P p) {
                        line = new StringBuilder();
                        inline(p.getContent());
                        paras.add(line.toString().strip());
                    }
                }
                row.append(' ').append(String.join(" / ", paras)).append(" |");
            }
            out.append(indent).append(row).append('\n');
        }
    }

    private void inline(List<Object> content) {
        for (Object o : content) {
            Object v = unwrap(o);
            if (v instanceof R r) {
                run(r, false);
            } else if (v instanceof CTBookmark bm) {
                line.append("{bm:").append(bm.getName()).append('}');
            } else if (v instanceof P.Hyperlink h) {
                String anchor = h.getAnchor() != null ? "#" + h.getAnchor() : "r:" + h.getId();
                line.append('[');
                inline(h.getContent());
                line.append("](").append(anchor).append(')');
            } else if (v instanceof RunIns ins) {
                line.append("{+");
                inline(ins.getCustomXmlOrSmartTagOrSdt());
                line.append("+}");
            } else if (v instanceof RunDel del) {
                line.append("[-");
                for (Object d : del.getCustomXmlOrSmartTagOrSdt()) {
                    if (unwrap(d) instanceof R r) run(r, true);
                }
                line.append("-]");
            } else if (v instanceof CTSimpleField f) {
                line.append('{').append(normalise(f.getInstr())).append('=');
                inline(f.getContent());
                line.append('}');
            } else if (v instanceof SdtElement sdt && sdt.getSdtContent() != null) {
                line.append(sdtOpening(sdt.getSdtPr()));
                inline(sdt.getSdtContent().getContent());
                line.append("</sdt>");
            }
        }
    }

    private void run(R r, boolean deleted) {
        for (Object o : r.getContent()) {
            Object name = o instanceof JAXBElement<?> je ? je.getName().getLocalPart() : "";
            Object v = unwrap(o);
            if (v instanceof FldChar fc) {
                switch (fc.getFldCharType()) {
                    case BEGIN -> fields.push(new FieldFrame());
                    case SEPARATE -> {
                        FieldFrame f = fields.peek();
                        if (f != null && !f.opened) {
                            f.opened = true;
                            line.append('{').append(normalise(f.instruction.toString())).append('=');
                        }
                    }
                    case END -> {
                        FieldFrame f = fields.poll();
                        if (f != null) {
                            if (!f.opened) line.append('{').append(normalise(f.instruction.toString()));
                            line.append('}');
                        }
                    }
                }
            } else if (v instanceof Text t && ("instrText".equals(name) || "delInstrText".equals(name))) {
                if (!fields.isEmpty() && !fields.peek().opened) fields.peek().instruction.append(t.getValue());
            } else if (v instanceof Text t) {
                text(t.getValue());
            } else if (v instanceof DelText t) {
                text(t.getValue());
            } else if (v instanceof R.Tab) {
                text("{tab}");
            } else if (v instanceof Br br) {
                text(br.getType() == STBrType.PAGE ? "{page}" : "{br}");
            } else if (v instanceof R.NoBreakHyphen) {
                text("-");
            }
        }
    }

    private void text(String s) {
        // text inside a field's instruction part is not shown
        if (!fields.isEmpty() && !fields.peek().opened) return;
        line.append(s);
    }

    /** "Style" or "Style|ilvl:label" for a numbered paragraph. */
    private String describe(P p) {
        String style = p.getPPr() != null && p.getPPr().getPStyle() != null ? p.getPPr().getPStyle().getVal() : "Normal";
        PPrBase.NumPr numPr = p.getPPr() != null ? p.getPPr().getNumPr() : null;
        if (numPr == null) numPr = styleNumbering(style);
        if (numPr == null || numPr.getNumId() == null || BigInteger.ZERO.equals(numPr.getNumId().getVal())) return style;
        int ilvl = numPr.getIlvl() != null ? numPr.getIlvl().getVal().intValue() : 0;
        return style + "|" + ilvl + ":" + label(numPr.getNumId().getVal(), ilvl);
    }

    private PPrBase.NumPr styleNumbering(String styleId) {
        if (styleNumbering.containsKey(styleId)) return styleNumbering.get(styleId);
        PPrBase.NumPr found = null;
        StyleDefinitionsPart sdp = pkg.getMainDocumentPart().getStyleDefinitionsPart();
        String id = styleId;
        for (int depth = 0; sdp != null && id != null && depth < 20 && found == null; depth++) {
            Style s = null;
            for (Style candidate : sdp.getJaxbElement().getStyle()) {
                if (id.equals(candidate.getStyleId())) s = candidate;
            }
            if (s == null) break;
            if (s.getPPr() != null && s.getPPr().getNumPr() != null) found = s.getPPr().getNumPr();
            id = s.getBasedOn() != null ? s.getBasedOn().getVal() : null;
        }
        styleNumbering.put(styleId, found);
        return found;
    }

    /** The number Word shows: count per list, restart deeper levels, substitute %n in lvlText. */
    private String label(BigInteger numId, int ilvl) {
        Numbering.AbstractNum abs = abstractNum(numId);
        if (abs == null) return "?";
        Lvl[] levels = new Lvl[9];
        for (Lvl l : abs.getLvl()) {
            int i = l.getIlvl().intValue();
            if (i >= 0 && i < 9) levels[i] = l;
        }
        if (ilvl < 0 || ilvl > 8 || levels[ilvl] == null) return "?";
        int[] c = counters.computeIfAbsent(numId, k -> new int[9]);
        c[ilvl] = c[ilvl] == 0 ? start(levels[ilvl]) : c[ilvl] + 1;
        for (int deeper = ilvl + 1; deeper < 9; deeper++) c[deeper] = 0;
        String text = levels[ilvl].getLvlText() != null ? levels[ilvl].getLvlText().getVal() : "";
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '%' && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1))) {
                int lvl = text.charAt(++i) - '1';
                if (lvl >= 0 && lvl < 9 && levels[lvl] != null) {
                    int value = c[lvl] == 0 ? start(levels[lvl]) : c[lvl];
                    sb.append(format(levels[lvl], value));
                }
            } else {
                sb.append(ch);
            }
        }
        return sb.toString();
    }

    private Numbering.AbstractNum abstractNum(BigInteger numId) {
        NumberingDefinitionsPart ndp = pkg.getMainDocumentPart().getNumberingDefinitionsPart();
        if (ndp == null) return null;
        Numbering n = ndp.getJaxbElement();
        for (Numbering.Num num : n.getNum()) {
            if (numId.equals(num.getNumId())) {
                BigInteger absId = num.getAbstractNumId().getVal();
                for (Numbering.AbstractNum a : n.getAbstractNum()) {
                    if (absId.equals(a.getAbstractNumId())) return a;
                }
            }
        }
        return null;
    }

    private static int start(Lvl l) {
        return l.getStart() != null ? l.getStart().getVal().intValue() : 0;
    }

    private static String format(Lvl l, int value) {
        String fmt = l.getNumFmt() != null ? l.getNumFmt().getVal().value() : "decimal";
        return switch (fmt) {
            case "lowerLetter" -> letters(value);
            case "upperLetter" -> letters(value).toUpperCase();
            case "lowerRoman" -> roman(value).toLowerCase();
            case "upperRoman" -> roman(value);
            case "none", "bullet" -> "";
            default -> Integer.toString(value);
        };
    }

    private static String letters(int n) {
        if (n < 1) return "?";
        return String.valueOf((char) ('a' + (n - 1) % 26)).repeat((n - 1) / 26 + 1);
    }

    private static String roman(int n) {
        int[] v = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] s = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < v.length; i++) {
            while (n >= v[i]) {
                sb.append(s[i]);
                n -= v[i];
            }
        }
        return sb.toString();
    }

    private static String normalise(String instruction) {
        return instruction == null ? "" : instruction.strip().replaceAll("\\s+", " ");
    }

    private static Object unwrap(Object o) {
        return o instanceof JAXBElement<?> je ? je.getValue() : o;
    }

    private static final class FieldFrame {
        final StringBuilder instruction = new StringBuilder();
        boolean opened;
    }
}
