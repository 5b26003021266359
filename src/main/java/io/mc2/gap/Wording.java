package io.mc2.gap;

import io.mc2.diff.Edit;
import io.mc2.diff.WordDiff;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Tells typo-level changes from changes of meaning: British and American spelling
 * ("organisation" / "organization"), a serial comma before "and" / "or", a hyphen added or
 * dropped ("anti-malware" / "antimalware" / "anti malware"), and white space. Anything touching a
 * digit is never typo-level.
 */
final class Wording {
    private Wording() {
    }

    /**
     * The supplier's text with its typo-level changes put back to ours (so that its values read as
     * if those changes were not there), and each such change as “old” → “new”.
     */
    record Typos(String text, List<String> changes) {
    }

    private static final Pattern SERIAL_CONJUNCTION = Pattern.compile("^\\s*(?:and|or)\\b");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    static Typos typos(String ours, String theirs) {
        StringBuilder text = new StringBuilder();
        List<String> changes = new ArrayList<>();
        List<WordDiff.Piece> pieces = WordDiff.diff(ours, theirs);
        for (int i = 0; i < pieces.size(); ) {
            WordDiff.Piece p = pieces.get(i);
            if (p.op() == Edit.Op.EQUAL) {
                text.append(p.text());
                i++;
                continue;
            }
            StringBuilder del = new StringBuilder();
            StringBuilder ins = new StringBuilder();
            int j = i;
            for (; j < pieces.size() && pieces.get(j).op() != Edit.Op.EQUAL; j++) {
                (pieces.get(j).op() == Edit.Op.DELETE ? del : ins).append(pieces.get(j).text());
            }
            String after = j < pieces.size() ? pieces.get(j).text() : "";
            if (typoLevel(del.toString(), ins.toString(), after)) {
                text.append(del);
                if (!del.toString().strip().equals(ins.toString().strip())) changes.add("\u201c" + del.toString().strip() + "\u201d \u2192 \u201c" + ins.toString().strip() + "\u201d");
            } else {
                text.append(ins);
            }
            i = j;
        }
        return new Typos(text.toString(), changes);
    }

    private static boolean typoLevel(String del, String ins, String after) {
        if ((del + ins).chars().anyMatch(Character::isDigit)) return false;
        String d = del.strip();
        String n = ins.strip();
        if (d.equals(n)) return true;
        if ((d + n).equals(",") && SERIAL_CONJUNCTION.matcher(after).find()) return true;
        if ((d + n).contains("-") && (d.replace("-", "").equals(n.replace("-", "")) || d.replace('-', ' ').equals(n.replace('-', ' ')))) {
            return true;
        }
        return sameSpelling(d, n);
    }

    /** The same words apart from spelling variants, with the same text between them. */
    private static boolean sameSpelling(String a, String b) {
        String[] aw = WORD.split(a, -1);
        String[] bw = WORD.split(b, -1);
        if (!String.join("|", aw).equals(String.join("|", bw))) return false;
        List<String> x = words(a);
        List<String> y = words(b);
        if (x.size() != y.size() || x.isEmpty()) return false;
        for (int k = 0; k < x.size(); k++) if (!british(x.get(k)).equals(british(y.get(k)))) return false;
        return true;
    }

    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        var m = WORD.matcher(s);
        while (m.find()) out.add(m.group());
        return out;
    }

    /** The word with an American ending read as the British one ("recognized" → "recognised"). */
    static String british(String word) {
        return Spelling.british(word);
    }
}
