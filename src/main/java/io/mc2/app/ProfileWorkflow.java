package io.mc2.app;

import io.mc2.assemble.Assembler;
import io.mc2.assemble.ProfileChecks;
import io.mc2.deal.DealFacts;
import io.mc2.library.ClauseLibrary;
import io.mc2.library.Condition;
import io.mc2.library.LibraryLoader;
import io.mc2.playbook.ProfileDiff;
import io.mc2.playbook.ProfileExplanation;
import io.mc2.problem.Mc2Exception;
import io.mc2.problem.Problem;
import io.mc2.profile.ProfileResolver;
import io.mc2.profile.ResolvedProfile;
import io.mc2.template.ClauseRenderer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code mc2 profile show | diff | lint}: one profile (or two) against the clause library. A
 * profile is an id in the profiles folder or a path to a profile file.
 */
public final class ProfileWorkflow {
    private final ClauseLibrary library;
    private final ProfileResolver resolver;

    public ProfileWorkflow(Path libraryDir, Path profilesDir) {
        this.library = LibraryLoader.load(libraryDir);
        this.resolver = new ProfileResolver(library, profilesDir);
    }

    public ClauseLibrary library() {
        return library;
    }

    /** Resolves a profile; exit code 3 with every problem when it is invalid, 2 when it is not found. */
    public ResolvedProfile resolve(String idOrPath) {
        return resolver.resolve(idOrPath);
    }

    /** The effective profile with the file and line of every setting. */
    public ProfileExplanation explain(String idOrPath) {
        return new ProfileExplanation(library, resolve(idOrPath));
    }

    /** What changed from {@code before} to {@code after}. */
    public ProfileDiff diff(String before, String after) {
        return ProfileDiff.between(library, resolve(before), resolve(after));
    }

    /**
     * Every problem of one profile and its chain: schema, values, positions, a child loosening a
     * locked clause of its parent (naming both files and lines), and templates that fail to
     * assemble with it, with and without device facts. Empty when the profile is fine.
     */
    public List<Problem> lint(String idOrPath) {
        try {
            ResolvedProfile profile = resolve(idOrPath);
            ClauseRenderer renderer = new ClauseRenderer();
            List<Problem> found = ProfileChecks.check(library, profile, renderer);
            if (!found.isEmpty()) return found.stream().distinct().sorted().toList();
            Assembler assembler = new Assembler(renderer);
            DealFacts allFalse = new DealFacts(null, null, null, null, null, null, null, null, null, null, null, null, null,
                    Condition.KNOWN_FACTS.stream().collect(Collectors.toMap(f -> f, f -> false)), null);
            assembler.assemble(library, profile, DealFacts.none(), LocalDate.of(2026, 1, 1));
            assembler.assemble(library, profile, allFalse, LocalDate.of(2026, 1, 1));
            return List.of();
        } catch (Mc2Exception e) {
            if (e.problems().isEmpty()) throw e;
            return e.problems().stream().distinct().sorted().toList();
        }
    }
}
