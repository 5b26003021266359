package io.mc2.assemble;

import io.mc2.deal.DealFacts;
import io.mc2.library.Clause;
import io.mc2.library.ClauseLibrary;
import io.mc2.library.DefinedTerm;
import io.mc2.library.Parameter;
import io.mc2.library.Variant;
import io.mc2.problem.Problem;
import io.mc2.template.ClauseRenderer;
import io.mc2.template.CrossReferences;
import io.mc2.template.ParameterValue;
import io.mc2.template.TemplateInputs;
import io.mc2.template.TemplateProblem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks every template of the library: each variant compiles and renders in strict mode with the
 * parameters' defaults, refers only to parameters the clause has and to clauses the library has;
 * each definition renders.
 */
public final class TemplateCheck {
    private TemplateCheck() {
    }

    public static List<Problem> check(ClauseLibrary library, ClauseRenderer renderer) {
        List<Problem> problems = new ArrayList<>();
        for (Clause c : library.clauses().values()) {
            Map<String, ParameterValue> values = new LinkedHashMap<>();
            for (Parameter p : c.parameters().values()) values.put(p.name(), new ParameterValue(p, p.defaultValue()));
            for (Variant v : c.variants().values()) {
                CrossReferences refs = new CrossReferences(library.clauses()::containsKey);
                try {
                    renderer.render(c.id() + "/" + v.name(), v.template(),
                            new TemplateInputs("Manufacturer", "Customer", values, refs, Assembler.dealView(DealFacts.none())),
                            id -> id);
                } catch (TemplateProblem tp) {
                    problems.add(locate(c, v, tp));
                    continue;
                }
                for (String missing : refs.missing()) {
                    problems.add(new Problem(c.source(), v.line(), 0,
                            "variant '" + v.name() + "' refers to unknown clause '" + missing + "'"));
                }
            }
        }
        for (DefinedTerm d : library.definitions().values()) {
            try {
                renderer.render("definition/" + d.term(), d.definition(),
                        new TemplateInputs("Manufacturer", "Customer", Map.of(), new CrossReferences(id -> false),
                                Assembler.dealView(DealFacts.none())), id -> id);
            } catch (TemplateProblem tp) {
                problems.add(Problem.at(library.dir().resolve("definitions.yaml"), "definition of '" + d.term() + "': " + tp.getMessage()));
            }
        }
        return problems;
    }

    static Problem locate(Clause c, Variant v, TemplateProblem tp) {
        int line = v.line() > 0 && tp.line() > 0 ? v.line() + tp.line() - 1 : v.line();
        return new Problem(c.source(), line, 0, "variant '" + v.name() + "': " + tp.getMessage());
    }
}
