package io.mc2.write.docx;

/** Text and attribute values escaped for the XML parts of a Word package. */
public final class XmlText {
    private XmlText() {
    }

    /**
     * Appends {@code s} escaped for element text or, with {@code attribute}, for a double-quoted
     * attribute value. Characters XML 1.0 cannot carry are dropped rather than making the part unreadable.
     */
    public static void append(StringBuilder sb, String s, boolean attribute) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append(attribute ? "&quot;" : "\"");
                case '\r' -> sb.append("&#13;");
                case '\n' -> sb.append(attribute ? "&#10;" : "\n");
                case '\t' -> sb.append(attribute ? "&#9;" : "\t");
                default -> {
                    if (c < 0x20 || c == 0xFFFE || c == 0xFFFF) continue;
                    sb.append(c);
                }
            }
        }
    }

    /** {@code s} escaped for element text. */
    public static String text(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        append(sb, s, false);
        return sb.toString();
    }

    /** {@code s} escaped for a double-quoted attribute value. */
    public static String attribute(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        append(sb, s, true);
        return sb.toString();
    }
}
