package io.mc2.template;

/**
 * A template that breaks a sandbox rule or limit while it renders (a method it may not call, too
 * much output, too many loop turns): unchecked so that it passes through Velocity, and turned into
 * a {@link TemplateProblem} at its place by {@link ClauseRenderer}.
 */
final class TemplateRefusal extends RuntimeException {
    private final int line;
    private final int column;

    TemplateRefusal(String message, int line, int column) {
        super(message, null, false, false);
        this.line = line;
        this.column = column;
    }

    TemplateProblem problem() {
        return new TemplateProblem(getMessage(), line, column);
    }

    /** The refusal somewhere in {@code t}'s causes (Velocity wraps what it catches), or null. */
    static TemplateRefusal in(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof TemplateRefusal r) return r;
        }
        return null;
    }
}
