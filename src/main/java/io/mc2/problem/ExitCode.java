package io.mc2.problem;

/** The process exit codes mc2 documents in its README; each {@link Mc2Exception} carries one. */
public enum ExitCode {
    OK(0),
    /** The analysed document needs a human: a gap beyond fallback, a deletion, unrecognised text. */
    NEEDS_REVIEW(1),
    USAGE(2),
    /** Invalid clause library, profile or deal file. */
    INVALID_INPUT_FILE(3),
    /** Unreadable or unsafe input document. */
    UNSAFE_DOCUMENT(4),
    /** A bug in mc2. */
    INTERNAL(5),
    /** A program the requested output needs is missing or failed: LibreOffice for PDF. */
    MISSING_PROGRAM(6);

    private final int code;

    ExitCode(int code) { this.code = code; }

    public int code() { return code; }
}
