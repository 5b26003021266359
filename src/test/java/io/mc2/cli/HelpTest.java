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
