package io.mc2.problem;

import java.nio.file.Path;

/**
 * One problem found in a user file, with where it is. Printed as {@code file:line:column: message}
 * so that editors and terminals can jump to it.
 */
public record Problem(Path file, int line, int column, String message) implements Comparable<Problem> {

    public static Problem at(Path file, String message) { return new Problem(file, 0, 0, message); }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        sb.append(file == null ? "<input>" : display(file));
        if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) sb.append(':').append(column);
        }
        return sb.append(": ").append(message).toString();
    }

    /** A path as users typed it: relative to the working directory when inside it. */
    public static String display(Path file) {
        if (!file.isAbsolute()) return file.toString();
        Path cwd = Path.of("").toAbsolutePath();
        return file.startsWith(cwd) ? cwd.relativize(file).toString() : file.toString();
    }

    @Override
    public int compareTo(Problem o) {
        int c = String.valueOf(file).compareTo(String.valueOf(o.file));
        if (c != 0) return c;
        c = Integer.compare(line, o.line);
        if (c != 0) return c;
        c = Integer.compare(column, o.column);
        return c != 0 ? c : message.compareTo(o.message);
    }
}
