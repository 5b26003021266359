package io.mc2.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code mc2 text} and {@code mc2 revisions}, in-process through {@link Main#run}. Each scenario file
 * holds the arguments, the expected exit code, stdout and stderr:
 * <pre>
 * args: text --view tracked FILE
 * exit: 0
 * --- stdout
 * ...
 * --- stderr
 * ...
 * </pre>
 * {@code -Dgolden.update=true} rewrites the expected parts (review the diff).
 */
class RedlineCommandsTest {

    static final Path DIR = Path.of("src/test/resources/cli/redline");

    static Stream<Path> scenarios() throws IOException {
        try (Stream<Path> s = Files.list(DIR)) {
            List<Path> list = s.filter(p -> p.toString().endsWith(".scenario")).sorted().toList();
            assertFalse(list.isEmpty());
            return list.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void scenario(Path file) throws IOException {
        String content = Files.readString(file, StandardCharsets.UTF_8);
        String argsLine = content.lines().filter(l -> l.startsWith("args: ")).findFirst().orElseThrow();
        String[] args = argsLine.substring(6).trim().split(" +");
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        String actual = argsLine + "\nexit: " + code + "\n--- stdout\n" + out + "--- stderr\n" + err;
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(file, actual, StandardCharsets.UTF_8);
            return;
        }
        assertEquals(content, actual, file.toString());
    }
}
