package io.mc2.align;

/** Text normalisation for comparing what we sent with what came back. */
public final class Text {
    private Text() {
    }

    /** Collapses white space (including tabs and non-breaking spaces) and trims. */
    public static String normalise(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0' || c == '\u2007' || c == '\u202f') {
                space = sb.length() > 0;
            } else {
                if (space) sb.append(' ');
                space = false;
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
