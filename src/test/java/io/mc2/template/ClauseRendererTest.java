package io.mc2.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mc2.library.Parameter;
import io.mc2.library.ParameterType;
import io.mc2.library.Stricter;
import io.mc2.model.Block;
import io.mc2.model.Inline;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClauseRendererTest {
    private final ClauseRenderer renderer = new ClauseRenderer();
    private final Parameter window = new Parameter("window", ParameterType.DAYS, "Window", new BigDecimal(30), null, null,
            Stricter.LOWER, List.of(), null);

    private TemplateInputs inputs(String product) {
        return new TemplateInputs("Manufacturer", "Customer", Map.of("window", new ParameterValue(window, new BigDecimal(30))),
                new CrossReferences(id -> id.equals("other")), new DealView("H", "M", product, "R"));
    }

    @Test
    void rendersParagraphsSubClausesItemsValuesAndCrossReferences() throws Exception {
        List<Block> blocks = renderer.render("t", "$mdm shall act within\n$window.\n\n* Sub $window.number.\n\n- item, see $ref.to(\"other\").\n",
                inputs("P"), id -> "4.2");
        assertEquals(3, blocks.size());
        assertEquals(Block.Kind.BODY, blocks.get(0).kind());
        assertEquals("Manufacturer shall act within thirty (30) days.", blocks.get(0).plainText());
        assertEquals(new Inline.Value("window", "thirty (30) days"), blocks.get(0).inlines().get(1));
        assertEquals(Block.Kind.SUBCLAUSE, blocks.get(1).kind());
        assertEquals("Sub thirty (30).", blocks.get(1).plainText());
        assertEquals(Block.Kind.ITEM, blocks.get(2).kind());
        assertEquals(new Inline.CrossRef("other", "4.2"), blocks.get(2).inlines().get(1));
    }

    @Test
    void valuesFromDealsAreNeverEvaluated() throws Exception {
        List<Block> blocks = renderer.render("t", "For $deal.product.", inputs("$window #set($x = 1) ${mdm}\u0001Vx\u0002y\u0003"), id -> "");
        assertEquals("For $window #set($x = 1) ${mdm}Vxy.", blocks.get(0).plainText());
        assertEquals(1, blocks.get(0).inlines().size());
    }

    @Test
    void strictModeRejectsUnknownReferencesWithTheirPlace() {
        TemplateProblem p = assertThrows(TemplateProblem.class,
                () -> renderer.render("t2", "line one\n$mdm shall $nothing here", inputs("P"), id -> ""));
        assertEquals(2, p.line());
        assertTrue(p.getMessage().contains("$nothing"), p.getMessage());
    }

    @Test
    void syntaxErrorsAreReportedWithTheirLine() {
        TemplateProblem p = assertThrows(TemplateProblem.class,
                () -> renderer.compile("t3", "fine\n#if($mdm) unclosed"));
        assertTrue(p.getMessage().startsWith("template syntax"), p.getMessage());
    }

    @Test
    void templatesCannotReachClassesOrFiles() {
        assertThrows(TemplateProblem.class, () -> renderer.render("t4",
                "$mdm.getClass().forName(\"java.lang.Runtime\").getRuntime()", inputs("P"), id -> ""));
        assertThrows(TemplateProblem.class, () -> renderer.render("t5", "#parse(\"/etc/passwd\")", inputs("P"), id -> ""));
        assertThrows(TemplateProblem.class, () -> renderer.render("t6", "#include(\"pom.xml\")", inputs("P"), id -> ""));
    }

    @Test
    void missingCrossReferencesAreCollected() throws Exception {
        TemplateInputs in = inputs("P");
        renderer.render("t7", "see $ref.to(\"gone\") and #if($ref.has(\"gone\"))never#end", in, id -> "?");
        assertEquals(java.util.Set.of("gone"), in.refs().missing());
    }
}
