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

    /** Located problems; empty when the message alone says it all. */
    public List<Problem> problems() { return problems; }
}
