package io.mc2.compare;

import java.util.List;

/**
 * The tracked-changes document and what it holds.
 *
 * @param docx     the .docx bytes: a copy of A whose tracked changes turn it into B
 * @param changes  the changes written, in document order
 * @param notes    things the user should know (inputs that had tracked changes, stories not compared), one line each
 * @param uncompared the stories outside the body that differ between A and B and were not compared (A's are kept)
 * @param repairs  damage the reader mended in A or B before comparing (a LibreOffice malformation), one line each
 */
public record CompareResult(byte[] docx, List<CompareChange> changes, List<String> notes, List<Uncompared> uncompared,
                            List<String> repairs) {

    public CompareResult {
        changes = List.copyOf(changes);
        notes = List.copyOf(notes);
        uncompared = List.copyOf(uncompared);
        repairs = List.copyOf(repairs);
    }

    /**
     * A story (headers, footers, footnotes, endnotes, comments) that differs and was not compared.
     *
     * @param paragraphs paragraphs of A with no equal in B plus those of B with none in A (for comments: comments)
     */
    public record Uncompared(String story, int paragraphs) {
        /** What the user is told: the story differs, and the output keeps A's. */
        public String sentence() {
            if (story.equals("comments")) {
                // counted as comments: A's that B lacks (kept) and B's that could not be placed
                return "comments differ (" + paragraphs + " comment" + (paragraphs == 1 ? "" : "s") + " of A that B lacks or of B that "
                        + "could not be placed on the same text) and were not compared: the output keeps A's comments";
            }
            return story + " differ (" + paragraphs + " paragraph" + (paragraphs == 1 ? "" : "s") + " changed, added or removed) "
                    + "and were not compared: the output keeps A's " + story;
        }
    }

    public long insertions() {
        return changes.stream().filter(CompareChange::insertion).count();
    }

    public long deletions() {
        return changes.stream().filter(CompareChange::deletion).count();
    }

    public long moves() {
        return changes.stream().filter(c -> c.type().equals("move")).count();
    }

    public long formatting() {
        return changes.stream().filter(c -> c.type().equals("formatting")).count();
    }

    /** "3 insertions, 2 deletions, 1 move". */
    public String summary() {
        String s = plural(insertions(), "insertion") + ", " + plural(deletions(), "deletion") + ", " + plural(moves(), "move");
        return formatting() > 0 ? s + ", " + plural(formatting(), "formatting change") : s;
    }

    private static String plural(long n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }
}
