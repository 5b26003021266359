package io.mc2.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import picocli.CommandLine;

/** Every command and subcommand answers {@code --help} with its usage on stdout and exit code 0. */
class HelpTest {

    @TestFactory
    Stream<DynamicTest> everyCommandHasHelp() {
        List<List<String>> paths = new ArrayList<>();
        collect(Main.commandLine(new Main(), null), new ArrayList<>(), paths);
        assertTrue(paths.size() >= 15, "commands found: " + paths);
        return paths.stream().map(path -> DynamicTest.dynamicTest(String.join(" ", path) + " --help", () -> {
            List<String> args = new ArrayList<>(path);
            args.add("--help");
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = Main.run(new PrintWriter(out), new PrintWriter(err), args.toArray(String[]::new));
            assertEquals(0, code, "exit code; stderr: " + err);
            String name = path.isEmpty() ? "mc2" : "mc2 " + String.join(" ", path);
            assertTrue(out.toString().contains("Usage: " + name + " "), "usage of " + name + ":\n" + out);
            assertEquals("", err.toString());
        }));
    }

    /**
     * Help is read at 80 columns, where picocli wraps every footer and description string once.
     * So a string is either one whole paragraph (picocli wraps it) or a preformatted line that
     * fits (an example, a row of a table): a line wrapped by hand at another width is wrapped
     * again into ragged halves, and an example longer than a line is split inside a file name.
     */
    @TestFactory
    Stream<DynamicTest> helpIsWrappedOnceAndExamplesFitOnALine() {
        List<List<String>> paths = new ArrayList<>();
        collect(Main.commandLine(new Main(), null), new ArrayList<>(), paths);
        return paths.stream().map(path -> DynamicTest.dynamicTest(String.join(" ", path) + " --help", () -> {
            CommandLine cl = Main.commandLine(new Main(), path.isEmpty() ? null : path.get(0));
            for (String p : path) cl = cl.getSubcommands().get(p);
            var usage = cl.getCommandSpec().usageMessage();
            List<String> texts = new ArrayList<>(List.of(usage.footer()));
            texts.addAll(List.of(usage.description()));
            for (String t : texts) {
                String line = t.replaceAll("%n", "");
                boolean preformatted = line.startsWith(" ") || line.length() <= 80;
                if (preformatted) {
                    assertTrue(line.length() <= 80, "a preformatted help line longer than 80 columns: " + line);
                } else {
                    assertTrue(line.matches("(?s).*[.:)\\]\"']$"), "a help paragraph that ends mid-sentence (wrapped by hand?): " + line);
                }
            }
            List<String> args = new ArrayList<>(path);
            args.add("--help");
            StringWriter out = new StringWriter();
            Main.run(new PrintWriter(out), new PrintWriter(new StringWriter()), args.toArray(String[]::new));
            for (String l : out.toString().lines().toList()) assertTrue(l.length() <= 80, "over 80 columns: " + l);
        }));
    }

    @org.junit.jupiter.api.Test
    void schemaHelpNamesEverySchemaShipped() throws Exception {
        StringWriter out = new StringWriter();
        Main.run(new PrintWriter(out), new PrintWriter(new StringWriter()), "schema", "--help");
        String raw = out.toString();
        String help = raw.replaceAll("\\s+", " ");
        String nameOption = raw.substring(raw.indexOf("      NAME"), raw.indexOf("  -h, --help")).replaceAll("\\s+", " ");
        List<String> shipped;
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("src/main/resources/io/mc2/schema"))) {
            shipped = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".schema.json"))
                    .map(n -> n.substring(0, n.length() - ".schema.json".length())).sorted().toList();
        }
        assertEquals(shipped, io.mc2.yaml.SchemaCheck.names().stream().sorted().toList(), "mc2 schema serves every shipped schema");
        for (String name : shipped) {
            assertTrue(help.matches("(?s).*Print the JSON Schema of a file format:[^.]*\\b" + name + "\\b.*"), name + " in the description: " + help);
            assertTrue(nameOption.matches(".*\\b" + name + "\\b.*"), name + " in NAME's description: " + nameOption);
        }
    }

    private static void collect(CommandLine cl, List<String> path, List<List<String>> into) {
        if (!cl.getCommandSpec().usageMessage().hidden()) into.add(List.copyOf(path));
        for (var e : cl.getSubcommands().entrySet()) {
            List<String> sub = new ArrayList<>(path);
            sub.add(e.getKey());
            collect(e.getValue(), sub, into);
        }
    }

    @org.junit.jupiter.api.Test
    void aKnownCommandGetsOnlyItselfAndAnythingElseGetsEveryCommand() {
        assertEquals(java.util.Set.of("gap"), Main.commandLine(new Main(), "gap").getSubcommands().keySet());
        assertTrue(Main.commandLine(new Main(), "gapp").getSubcommands().keySet().containsAll(java.util.Set.of("draft", "gap", "help")));
        assertTrue(Main.commandLine(new Main(), "help").getSubcommands().size() >= 12);
    }
}
