package io.mc2.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Progress of a batch on standard error. On a terminal one line is redrawn in place
 * ({@code [=====>     ] 37/100 acme.docx}); otherwise (CI logs, files) one plain line per item,
 * so a log never fills with carriage returns.
 */
final class ProgressBar {
    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final boolean terminal;
    private int drawn;

    ProgressBar(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    /** One item is done: {@code outcome} is a short word or two for the plain line ("ok", "needs a person"). */
    void step(int done, int total, String name, String outcome) {
        if (!terminal) {
            err.println("[" + done + "/" + total + "] " + name + ": " + outcome);
            err.flush();
            return;
        }
        int filled = total == 0 ? WIDTH : done * WIDTH / total;
        StringBuilder bar = new StringBuilder("[");
        for (int i = 0; i < WIDTH; i++) bar.append(i < filled ? '=' : i == filled ? '>' : ' ');
        bar.append("] ").append(done).append('/').append(total).append(' ').append(name);
        String line = bar.toString();
        err.print("\r" + line + " ".repeat(Math.max(0, drawn - line.length())));
        drawn = Math.max(drawn, line.length());
        if (done == total) {
            err.println();
            drawn = 0;
        }
        err.flush();
    }

    /** A message of its own line, without breaking the bar: the bar is cleared first and redrawn by the next step. */
    void note(String message) {
        if (terminal && drawn > 0) {
            err.print("\r" + " ".repeat(drawn) + "\r");
            drawn = 0;
        }
        err.println(message);
        err.flush();
    }

    /**
     * Whether this process's standard error is a terminal. Java 17 cannot ask directly; on Linux the
     * descriptor's link names the device, elsewhere a console on standard input and output is the
     * best sign there is.
     */
    static boolean standardErrorIsTerminal() {
        if ("dumb".equals(System.getenv("TERM"))) return false;
        Path fd = Path.of("/proc/self/fd/2");
        try {
            if (Files.exists(fd)) {
                String target = Files.readSymbolicLink(fd).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            }
        } catch (java.io.IOException | UnsupportedOperationException | SecurityException e) {
            // fall through to the console check
        }
        return System.console() != null;
    }
}
