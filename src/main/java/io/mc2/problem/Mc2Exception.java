package io.mc2.problem;

import java.util.List;

/**
 * The one error type of mc2: a message for the user (one line per problem) and the exit code
 * the command ends with. Anything else that escapes a command is a bug (exit code 5).
 */
public class Mc2Exception extends RuntimeException {
    private final ExitCode exitCode;
    private final List<Problem> problems;

    public Mc2Exception(ExitCode exitCode, String message) {
        this(exitCode, message, List.of(), null);
    }

    public Mc2Exception(ExitCode exitCode, String message, Throwable cause) {
        this(exitCode, message, List.of(), cause);
    }

    public Mc2Exception(ExitCode exitCode, String message, List<Problem> problems, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
        this.problems = List.copyOf(problems);
    }

    /** Invalid library, profile or deal files: every problem found, sorted by file and line. */
    public static Mc2Exception invalid(List<Problem> problems) {
        List<Problem> sorted = problems.stream().sorted().toList();
        String summary = sorted.size() == 1 ? "1 problem" : sorted.size() + " problems";
        return new Mc2Exception(ExitCode.INVALID_INPUT_FILE, summary, sorted, null);
    }

    public static Mc2Exception invalid(Problem problem) { return invalid(List.of(problem)); }

    public ExitCode exitCode() { return exitCode; }

    /**
     * An unexpected failure as a user reads it: its message without Java's class names (those are
     * for {@code --verbose}, which prints the stack trace).
     */
    public static String describe(Throwable t) {
        String message = t.getMessage();
        if (message == null || message.isBlank()) return "an unexpected " + plainKind(t);
        return plain(message);
    }

    /** A library's message without the Java class names it often quotes ("java.io.Foo: text"), on one line. */
    public static String plain(String message) {
        return message.replaceAll("\\b(?:[a-z][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_$]*(?:Exception|Error)\\b:?\\s*", "").strip()
                .replaceAll("\\s+", " ");
    }

    private static String plainKind(Throwable t) {
        return t instanceof StackOverflowError ? "stack overflow" : t instanceof OutOfMemoryError ? "shortage of memory"
                : "error (" + t.getClass().getSimpleName().replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase(java.util.Locale.ROOT) + ")";
    }

    /** Located problems; empty when the message alone says it all. */
    public List<Problem> problems() { return problems; }
}
