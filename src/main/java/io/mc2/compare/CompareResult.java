package io.mc2.compare;

import java.util.List;

/**
 * The tracked-changes document and what it holds.
 *
 * @param docx     the .docx bytes: a copy of A whose tracked changes turn it into B
 * @param changes  the changes written, in document order
 * @param notes    things the user should know (inputs that had tracked changes, ...), one line each
 */
public record CompareResult(byte[] docx, List<CompareChange> changes, List<String> notes) {

    public CompareResult {
        changes = List.copyOf(changes);
        notes = List.copyOf(notes);
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
