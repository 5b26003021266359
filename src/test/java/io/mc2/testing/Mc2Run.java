package io.mc2.testing;

import io.mc2.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;

/** One in-process run of the command line ({@code Main.run}): exit code, standard output and standard error. */
public record Mc2Run(int exit, String out, String err) {
    /** Runs the command line with the arguments as strings. */
    public static Mc2Run of(Object... args) {
        String[] a = new String[args.length];
        for (int i = 0; i < args.length; i++) a[i] = String.valueOf(args[i]);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), a);
        return new Mc2Run(code, out.toString(), err.toString());
    }

    /** Standard error, line by line. */
    public java.util.List<String> errLines() {
        return err.lines().toList();
    }

    @Override
    public String toString() {
        return "exit " + exit + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
}
