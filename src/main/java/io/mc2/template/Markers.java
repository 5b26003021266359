package io.mc2.template;

/**
 * In-band markers the template objects print so that rendered text can be split back into
 * parameter values and cross-references. Control characters never survive from user data:
 * {@link #clean} removes them before any value reaches a template.
 */
final class Markers {
    static final char START = '\u0001';
    static final char SEP = '\u0002';
    static final char END = '\u0003';
    static final char VALUE = 'V';
    static final char REF = 'R';

    private Markers() {
    }

    static String value(String parameter, String text) {
        return "" + START + VALUE + parameter + SEP + clean(text) + END;
    }

    static String ref(String clauseId) {
        return "" + START + REF + clean(clauseId) + END;
    }

    /** Removes control characters (other than newline and tab) from text that did not come from a template. */
    static String clean(String s) {
        if (s == null) return "";
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean bad = c < 0x20 && c != '\n' && c != '\t';
            if (bad && sb == null) sb = new StringBuilder(s.substring(0, i));
            if (!bad && sb != null) sb.append(c);
        }
        return sb == null ? s : sb.toString();
    }
}
