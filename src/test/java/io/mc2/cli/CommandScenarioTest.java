package io.mc2.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Command tests: each {@code src/test/resources/commands/*.cmd} file holds a command line and the
 * stdout, stderr and exit code expected from it, run in-process through {@link Main#run}.
 * Sections start with "## args", "## exit", "## stdout", "## stderr". With
 * {@code -Dgolden.update=true} the expected sections are rewritten from what the command did.
 */
class CommandScenarioTest {
    static final Path DIR = Path.of("src/test/resources/commands");

    @TestFactory
    Stream<DynamicTest> scenarios() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            List<Path> list = files.filter(p -> p.toString().endsWith(".cmd")).sorted().toList();
            return list.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> run(f)));
        }
    }

    private static void run(Path file) throws IOException {
        Map<String, String> sections = parse(Files.readString(file, StandardCharsets.UTF_8));
        List<String> args = splitArgs(sections.getOrDefault("args", "").strip());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args.toArray(String[]::new));
        String actual = "## args\n" + sections.getOrDefault("args", "").strip() + "\n## exit\n" + code + "\n## stdout\n"
                + out + (out.toString().endsWith("\n") || out.toString().isEmpty() ? "" : "\n") + "## stderr\n" + err
                + (err.toString().endsWith("\n") || err.toString().isEmpty() ? "" : "\n");
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(file, actual, StandardCharsets.UTF_8);
            return;
        }
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, "scenario " + file);
    }

    static Map<String, String> parse(String text) {
        Map<String, String> sections = new LinkedHashMap<>();
        String current = null;
        StringBuilder sb = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (line.startsWith("## ")) {
                if (current != null) sections.put(current, sb.toString());
                current = line.substring(3).strip();
                sb.setLength(0);
            } else if (current != null) {
                sb.append(line).append('\n');
            }
        }
        if (current != null) sections.put(current, sb.toString());
        return sections;
    }

    /** Splits on spaces; double quotes group. */
    static List<String> splitArgs(String s) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (char c : s.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
                any = true;
            } else if (Character.isWhitespace(c) && !quoted) {
                if (any) out.add(cur.toString());
                cur.setLength(0);
                any = false;
            } else {
                cur.append(c);
                any = true;
            }
        }
        if (any) out.add(cur.toString());
        return out;
    }
}
