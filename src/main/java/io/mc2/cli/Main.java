package io.mc2.cli;

import io.mc2.model.Generator;
import io.mc2.problem.ExitCode;
import io.mc2.problem.Mc2Exception;
import io.mc2.problem.Problem;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code mc2} command line. {@link #run} never calls {@code System.exit}, so command tests run
 * in-process; {@link #main} is the only place that exits.
 */
@Command(name = "mc2",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Medical-device cybersecurity contracts (HSCC MC2): draft from a clause library and "
                + "a negotiation profile, read supplier redlines.",
        footerHeading = "%nExit codes:%n",
        footer = {
            "  0  ok",
            "  1  needs a person: beyond fallback, deleted or unrecognised text",
            "  2  usage error",
            "  3  invalid clause library, profile or deal file",
            "  4  unreadable or unsafe input document",
            "  5  internal error (a bug; --verbose shows the stack trace)",
            "  6  a program the output needs is missing or failed (LibreOffice for .pdf)",
            "",
            "Start with 'mc2 draft': the gpo-standard profile, written to mc2-draft.docx."
        })
public final class Main implements Runnable {

    @Option(names = "--verbose", scope = CommandLine.ScopeType.INHERIT,
            description = "Show stack traces of internal errors.")
    boolean verbose;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: try 'mc2 draft' or 'mc2 --help'.");
    }

    public static void main(String[] args) {
        if (writesWord(args)) {
            // docx4j's JAXB context takes most of a cold start: build it on the second core meanwhile
            Thread warmUp = new Thread(io.mc2.write.docx.PackageArchive::prepare, "mc2-word-warm-up");
            warmUp.setDaemon(true);
            warmUp.start();
        }
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code = run(out, err, args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** The subcommands, in the order the usage help lists them. */
    private static final java.util.List<Class<?>> COMMANDS = java.util.List.of(
            DraftCommand.class, LintCommand.class, LibraryCommand.class, ProfileCommand.class, BriefCommand.class,
            SchemaCommand.class, TextCommand.class, RevisionsCommand.class, GapCommand.class, ReviewCommand.class, CompareCommand.class,
            RespondCommand.class, ServeCommand.class, StatusCommand.class, TrainCommand.class, CommandLine.HelpCommand.class);

    /** Runs one command line; returns the exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        Main root = new Main();
        CommandLine cl = commandLine(root, firstWord(args));
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        // picocli's own messages for these name the Java exception ("java.time.format.DateTimeParseException")
        cl.registerConverter(java.time.LocalDate.class, Main::date);
        cl.registerConverter(java.nio.file.Path.class, Main::path);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> report(ex, err, root.verbose));
        cl.setParameterExceptionHandler((ex, args1) -> {
            err.println("mc2: " + ex.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
            err.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            return ExitCode.USAGE.code();
        });
        int code;
        try {
            code = cl.execute(args);
        } catch (OutOfMemoryError | StackOverflowError e) {
            // the readers' bounds should make this unreachable; if not, one line, not a JVM trace
            err.println("mc2: ran out of " + (e instanceof OutOfMemoryError ? "memory" : "stack")
                    + " (an input too large or too deeply nested?); this is a bug in mc2's limits, please report it");
            code = ExitCode.INTERNAL.code();
        }
        out.flush();
        err.flush();
        return code;
    }

    /**
     * The command tree for a command line whose first word is {@code command}: picocli reflects over
     * every command it is given, so a known command gets only itself; anything else (help, a typo,
     * null) gets every command.
     */
    static CommandLine commandLine(Main root, String command) {
        CommandLine cl = new CommandLine(root);
        Class<?> only = COMMANDS.stream()
                .filter(c -> c != CommandLine.HelpCommand.class && c.getAnnotation(Command.class).name().equals(command))
                .findFirst().orElse(null);
        for (Class<?> c : only != null ? java.util.List.<Class<?>>of(only) : COMMANDS) cl.addSubcommand(c);
        return cl;
    }

    /**
     * Whether this command line saves a docx4j package (the brief, a published profile, a Word gap
     * report), whose JAXB start-up is then begun before anything else. Drafts are written without it.
     * Only a hint for speed: a wrong guess costs time, never a result.
     */
    static boolean writesWord(String... args) {
        if (args.length == 0) return false;
        String format = null;
        String output = null;
        boolean batch = false;
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            String next = i + 1 < args.length ? args[i + 1] : null;
            if (a.equals("-f") || a.equals("--format")) format = next;
            else if (a.startsWith("--format=")) format = a.substring("--format=".length());
            else if (a.equals("-o") || a.equals("--output")) output = next;
            else if (a.startsWith("--output=")) output = a.substring("--output=".length());
            else if (a.equals("--batch") || a.startsWith("--batch=")) batch = true;
        }
        String kind = format != null ? format
                : output != null && output.lastIndexOf('.') > 0 ? output.substring(output.lastIndexOf('.') + 1) : null;
        boolean docx = "docx".equalsIgnoreCase(kind);
        return switch (args[0]) {
            case "brief" -> kind == null || docx;
            case "gap" -> docx && !batch;
            case "profile" -> args.length > 1 && args[1].equals("publish");
            default -> false;
        };
    }

    private static java.time.LocalDate date(String s) {
        try {
            return java.time.LocalDate.parse(s.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new CommandLine.TypeConversionException("not a date of the form YYYY-MM-DD: '" + s + "'");
        }
    }

    private static java.nio.file.Path path(String s) {
        try {
            return java.nio.file.Path.of(s);
        } catch (java.nio.file.InvalidPathException e) {
            throw new CommandLine.TypeConversionException("not a usable file name: '" + s.replace("\0", "\\0") + "'");
        }
    }

    private static String firstWord(String[] args) {
        for (String a : args) if (!a.startsWith("-")) return a;
        return null;
    }

    static int report(Exception ex, PrintWriter err, boolean verbose) {
        if (ex instanceof Mc2Exception e) {
            if (e.problems().isEmpty()) {
                err.println("mc2: " + e.getMessage());
            } else {
                for (Problem p : e.problems()) err.println(p);
                err.println("mc2: " + e.getMessage());
            }
            if (verbose && e.getCause() != null) e.getCause().printStackTrace(err);
            return e.exitCode().code();
        }
        err.println("mc2: internal error: " + Mc2Exception.describe(ex) + (verbose ? "" : " (run with --verbose for details; please report it)"));
        if (verbose) ex.printStackTrace(err);
        return ExitCode.INTERNAL.code();
    }

    /** The version of this build of mc2. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"mc2 " + Generator.version()};
        }
    }
}
