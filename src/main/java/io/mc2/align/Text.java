package io.mc2.align;

/** Text normalisation for comparing what we sent with what came back. */
public final class Text {
    private static final java.util.regex.Pattern LEADING_NUMBER = java.util.regex.Pattern.compile("^\\d+(?:\\.\\d+)*\\.?\\s+");

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

    /**
     * A clause heading or schedule cell without its leading number ("6.1 Security Patches" gives
     * "Security Patches"): the number moves when a clause is added or deleted before it, the title not.
     */
    public static String withoutNumber(String heading) {
        return LEADING_NUMBER.matcher(heading).replaceFirst("");
    }
}
