package io.mc2.template;

/**
 * A template that does not compile or render: the message and the place inside the template text
 * (1-based; 0 when unknown). Callers translate the place into a file position.
 */
public final class TemplateProblem extends Exception {
    private final int line;
    private final int column;

    public TemplateProblem(String message, int line, int column) {
        super(message);
        this.line = line;
        this.column = column;
    }

    public int line() { return line; }

    public int column() { return column; }
}
