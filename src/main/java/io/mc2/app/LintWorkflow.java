package io.mc2.app;

import io.mc2.assemble.Assembler;
import io.mc2.assemble.ProfileChecks;
import io.mc2.assemble.TemplateCheck;
import io.mc2.deal.DealFacts;
import io.mc2.library.ClauseLibrary;
import io.mc2.library.Condition;
import io.mc2.library.LibraryLoader;
import io.mc2.problem.Mc2Exception;
import io.mc2.problem.Problem;
import io.mc2.profile.ProfileResolver;
import io.mc2.profile.ResolvedProfile;
import io.mc2.template.ClauseRenderer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Checks the clause library and every profile in the profiles folder: schemas, semantics,
 * templates, what each profile sets against the wording it sends ({@link ProfileChecks}), and that
 * each profile assembles both without deal facts and for a deal where every device fact is false.
 */
public final class LintWorkflow {

    /** What lint found: the counts checked and every problem. */
    public record Result(int clauses, int definitions, List<String> profiles, List<Problem> problems) {
    }

    public Result run(Path libraryDir, Path profilesDir) {
        List<Problem> problems = new ArrayList<>();
        ClauseLibrary library;
        try {
            library = LibraryLoader.load(libraryDir);
        } catch (Mc2Exception e) {
            if (e.problems().isEmpty()) throw e;
            return new Result(0, 0, List.of(), e.problems());
        }
        ClauseRenderer renderer = new ClauseRenderer();
        problems.addAll(TemplateCheck.check(library, renderer));
        // assembling is only meaningful when every template renders
        boolean templatesOk = problems.isEmpty();
        ProfileResolver resolver = new ProfileResolver(library, profilesDir);
        Assembler assembler = new Assembler(renderer);
        DealFacts allFalse = new DealFacts(null, null, null, null, null, null, null, null, null, null, null, null, null,
                Condition.KNOWN_FACTS.stream().collect(Collectors.toMap(f -> f, f -> false)), null);
        List<String> ids = resolver.available();
        for (String id : ids) {
            try {
                ResolvedProfile profile = resolver.resolve(id);
                problems.addAll(ProfileChecks.check(library, profile, renderer));
                if (templatesOk) {
                    assembler.assemble(library, profile, DealFacts.none(), LocalDate.of(2026, 1, 1));
                    assembler.assemble(library, profile, allFalse, LocalDate.of(2026, 1, 1));
                }
            } catch (Mc2Exception e) {
                problems.addAll(e.problems().isEmpty() ? List.of(Problem.at(profilesDir.resolve(id + ".yaml"), e.getMessage()))
                        : e.problems());
            }
        }
        return new Result(library.clauses().size(), library.definitions().size(), ids,
                problems.stream().distinct().sorted().toList());
    }
}
