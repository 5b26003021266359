package io.mc2.hostile;

import io.mc2.testing.Fixtures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mc2.cli.Main;
import io.mc2.library.Parameter;
import io.mc2.library.ParameterType;
import io.mc2.library.Stricter;
import io.mc2.template.ClauseRenderer;
import io.mc2.template.CrossReferences;
import io.mc2.template.DealView;
import io.mc2.template.ParameterValue;
import io.mc2.template.TemplateInputs;
import io.mc2.template.TemplateProblem;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Clause templates cannot evaluate text, call methods that blow up, loop or print without bound:
 * each such template is a problem at its place (a lint error, exit 3), quickly, not a hang or an
 * OutOfMemoryError.
 */
class TemplateSandboxTest {
    private final ClauseRenderer renderer = new ClauseRenderer();
    private final Parameter window = new Parameter("window", ParameterType.DAYS, "Window", new BigDecimal(30), null, null,
            Stricter.LOWER, List.of(), null);

    @TempDir
    Path tmp;

    TemplateProblem refused(String template, String product) {
        TemplateInputs in = new TemplateInputs("Manufacturer", "Customer", Map.of("window", new ParameterValue(window, new BigDecimal(30))),
                new CrossReferences(id -> true), new DealView("H", "M", product, "R"));
        return assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> assertThrows(TemplateProblem.class, () -> renderer.render("t", template, in, id -> "1")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"evaluate", "define", "macro", "include", "parse"})
    void directivesThatEvaluateTextOrReadTemplatesAreRefused(String directive) {
        String template = switch (directive) {
            case "evaluate" -> "Text #evaluate($deal.product) end.";
            case "define" -> "Text #define($block)#set($x = 1)#end end.";
            case "macro" -> "Text #macro(shout $a)$a#end #shout('x') end.";
            default -> "Text #" + directive + "('x.vm') end.";
        };
        TemplateProblem p = refused(template, "#set($x = 1)");
        assertTrue(p.getMessage().startsWith("#" + directive + " is not allowed in clause templates"), p.getMessage());
        assertEquals(1, p.line(), p.getMessage());
    }

    @Test
    void stringLiteralsAreNotInterpolated() throws Exception {
        TemplateInputs in = new TemplateInputs("Manufacturer", "Customer", Map.of(), new CrossReferences(id -> true),
                new DealView("H", "M", "P", "R"));
        String text = renderer.render("t", "#set($s = \"#evaluate('$mdm')\")$s", in, id -> "1").get(0).plainText();
        assertEquals("#evaluate('$mdm')", text);
    }

    @Test
    void methodsThatCanBlowUpAreRefusedWithTheirPlace() {
        TemplateProblem repeat = refused("Fine.\n$mdm.repeat(2000000000)", "P");
        assertEquals("templates may not call 'repeat' on text", repeat.getMessage());
        assertEquals(2, repeat.line());
        assertEquals("templates may not call 'concat' on text", refused("$deal.product.concat($mdm)", "P").getMessage());
        assertEquals("templates may not call 'add' on a list", refused("#set($l = [])$l.add(1)", "P").getMessage());
        assertEquals("templates may not call 'getClass' on text", refused("$mdm.getClass()", "P").getMessage());
    }

    @Test
    void loopsAreBoundedInTurnsAndRangeSize() {
        TemplateProblem huge = refused("#foreach($i in [1..100000000])x#end", "P");
        assertEquals("the range [1..100000000] has more than 1000 numbers", huge.getMessage());
        TemplateProblem nested = refused("#foreach($i in [1..999])#foreach($j in [1..999])#end#end", "P");
        assertEquals("#foreach runs more than 1000 times in one clause", nested.getMessage());
        TemplateProblem computed = refused("#foreach($i in [1..$window.value])x#end", "P");
        assertTrue(computed.getMessage().startsWith("a range [a..b] needs whole numbers written in the template"), computed.getMessage());
    }

    @Test
    void outputAndSourceAreBounded() {
        String big = "x".repeat(900);
        TemplateProblem output = refused("#foreach($i in [1..100])" + big + "#end", "P");
        assertEquals("the template renders more than 64 KiB of text", output.getMessage());
        TemplateProblem source = refused("a".repeat(10 * 1024 * 1024), "P");
        assertEquals("the template has 10240 KiB of text; at most 16 KiB is allowed", source.getMessage());
    }

    @Test
    void aHostileTemplateIsALintErrorWithFileAndLine() throws IOException {
        Path library = Fixtures.copyTree(Path.of("src/test/resources/fixtures/library"), tmp.resolve("library"));
        Path clause = library.resolve("a/patch.yaml");
        Files.writeString(clause, Files.readString(clause).replace("  lenient: |\n    $mdm will try",
                "  lenient: |\n    $mdm.repeat(2000000000) will try"));
        StringWriter err = new StringWriter();
        int code = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> Main.run(new PrintWriter(new StringWriter()),
                new PrintWriter(err), "lint", "--library", library.toString(), "--profiles", "src/test/resources/fixtures/profiles"));
        assertEquals(3, code, err.toString());
        int line = Files.readAllLines(clause).indexOf("    $mdm.repeat(2000000000) will try to patch within $window.number days.") + 1;
        assertTrue(err.toString().contains(clause + ":" + line + ": variant 'lenient': templates may not call 'repeat' on text"),
                err.toString());
    }

}
