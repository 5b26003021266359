package io.mc2.docx;

/** Looks at a part's bytes before parsing it: whether a name occurs at all decides whether a costly pass is needed. */
public final class PartBytes {
    private PartBytes() {
    }

    /** Whether {@code data} holds the ASCII text {@code what} anywhere. */
    public static boolean contains(byte[] data, String what) {
        return containsAny(data, what);
    }

    /** Whether {@code data} holds any of the ASCII texts {@code what} (the part turned into text once for all). */
    public static boolean containsAny(byte[] data, String... what) {
        if (data == null) return false;
        // one byte per char, then the JDK's (vectorised) search: several times faster than a byte loop on a large part
        String text = new String(data, java.nio.charset.StandardCharsets.ISO_8859_1);
        for (String w : what) if (text.contains(w)) return true;
        return false;
    }

    /**
     * Whether {@code data} may hold an element named {@code local} (any prefix): the name right
     * after {@code <} or a prefix's colon and before a space, {@code /} or {@code >}. Text that
     * merely contains the word does not count (a supplier's text may hold any word).
     */
    public static boolean containsElement(byte[] data, String local) {
        if (data == null) return false;
        String text = new String(data, java.nio.charset.StandardCharsets.ISO_8859_1);
        for (int i = text.indexOf(local); i >= 0; i = text.indexOf(local, i + 1)) {
            int end = i + local.length();
            if (i == 0 || end >= text.length()) continue;
            char before = text.charAt(i - 1);
            char after = text.charAt(end);
            if ((before == '<' || before == ':') && (after == ' ' || after == '/' || after == '>' || after == '\t' || after == '\n' || after == '\r')) {
                return true;
            }
        }
        return false;
    }
}
