package io.mc2.docx;

import java.util.Locale;

/**
 * The character a {@code w:sym} shows. Word writes a symbol-font glyph as a code point in the
 * private-use area (F0xx) beside the font's name; for the Symbol font that is mapped to the Unicode
 * character the glyph stands for (Adobe's Symbol encoding: Greek letters, arrows, mathematical
 * signs), and for any other symbol font the private-use code point itself is kept, so that two
 * different symbols still read, and compare, as two different characters.
 */
public final class SymbolCharacter {
    private SymbolCharacter() {
    }

    /** Symbol-font glyphs 0x20–0xFF as Unicode (0 where the encoding has no character). */
    private static final char[] SYMBOL = new char[256];

    static {
        String ascii = " !\u2200#\u2203%&\u220B()\u2217+,\u2212./0123456789:;<=>?\u2245"
                + "\u0391\u0392\u03A7\u0394\u0395\u03A6\u0393\u0397\u0399\u03D1\u039A\u039B\u039C\u039D\u039F\u03A0\u0398\u03A1"
                + "\u03A3\u03A4\u03A5\u03C2\u03A9\u039E\u03A8\u0396[\u2234]\u22A5_\u0000"
                + "\u03B1\u03B2\u03C7\u03B4\u03B5\u03C6\u03B3\u03B7\u03B9\u03D5\u03BA\u03BB\u03BC\u03BD\u03BF\u03C0\u03B8\u03C1"
                + "\u03C3\u03C4\u03C5\u03D6\u03C9\u03BE\u03C8\u03B6{|}\u223C";
        for (int i = 0; i < ascii.length(); i++) SYMBOL[0x20 + i] = ascii.charAt(i);
        String high = "\u20AC\u03D2\u2032\u2264\u2044\u221E\u0192\u2663\u2666\u2665\u2660\u2194\u2190\u2191\u2192\u2193"
                + "\u00B0\u00B1\u2033\u2265\u00D7\u221D\u2202\u2022\u00F7\u2260\u2261\u2248\u2026\u0000\u0000\u0000"
                + "\u2135\u2111\u211C\u2118\u2297\u2295\u2205\u2229\u222A\u2283\u2287\u2284\u2282\u2286\u2208\u2209"
                + "\u2220\u2207\u00AE\u00A9\u2122\u220F\u221A\u22C5\u00AC\u2227\u2228\u21D4\u21D0\u21D1\u21D2\u21D3"
                + "\u25CA\u2329\u00AE\u00A9\u2122\u2211";
        for (int i = 0; i < high.length(); i++) SYMBOL[0xA0 + i] = high.charAt(i);
        SYMBOL[0xF1] = '\u232A';
        SYMBOL[0xF2] = '\u222B';
    }

    /**
     * The text of {@code <w:sym w:font="FONT" w:char="HEX"/>}: one character, or empty for a code
     * that is no character (malformed, a control character, a surrogate, outside the BMP).
     */
    public static String of(String font, String hex) {
        if (hex == null) return "";
        int c;
        try {
            c = Integer.parseInt(hex.trim(), 16);
        } catch (NumberFormatException e) {
            return "";
        }
        if (c < 0x20 || c > 0xFFFF || Character.isSurrogate((char) c)) return "";
        boolean symbolFont = font != null && font.trim().toLowerCase(Locale.ROOT).equals("symbol");
        int glyph = c >= 0xF000 && c <= 0xF0FF ? c - 0xF000 : c;
        if (symbolFont && glyph >= 0x20 && glyph <= 0xFF) {
            char u = SYMBOL[glyph];
            if (u != 0) return String.valueOf(u);
        }
        if (c >= 0xE000 && c <= 0xF8FF) return String.valueOf((char) c);
        return Character.isDefined(c) ? String.valueOf((char) c) : "";
    }
}
