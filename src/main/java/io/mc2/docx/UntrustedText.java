package io.mc2.docx;

/**
 * Text a hostile file chose (entry names, content types, part names, parser messages quoting it),
 * made fit for a one-line message: control and line-separator characters become '?', and the
 * text is cut at a length a terminal line can show.
 */
public final class UntrustedText {

    private static final int MAX = 300;

    private UntrustedText() {
    }

    /** The text with every control or separator character replaced and at most 300 characters kept. */
    public static String printable(String s) {
        StringBuilder sb = new StringBuilder(Math.min(s.length(), MAX + 3));
        for (int i = 0; i < s.length() && sb.length() < MAX; i++) {
            char c = s.charAt(i);
            int type = Character.getType(c);
            boolean unsafe = Character.isISOControl(c) || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR || type == Character.FORMAT || Character.isSurrogate(c);
            sb.append(unsafe ? '?' : c);
        }
        if (s.length() > MAX) sb.append("...");
        return sb.toString();
    }
}
