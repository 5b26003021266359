package io.mc2.assemble;

import io.mc2.deal.DealFacts;
import io.mc2.library.Clause;
import io.mc2.library.ClauseLibrary;
import io.mc2.library.Condition;
import io.mc2.problem.Problem;
import io.mc2.profile.Position;
import io.mc2.profile.ProfileClause;
import io.mc2.profile.ResolvedProfile;
import io.mc2.profile.Sourced;
import io.mc2.template.ClauseRenderer;
import io.mc2.template.TemplateProblem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What a profile says against what its wording does, for lint: a parameter the profile sets that
 * the wording it sends never states (the draft would not say it), and a required clause that a
 * deal's device facts can silently drop (its applies-when) without the profile saying what stands
 * in for it. The second also gives the draft's warnings for one deal.
 */
public final class ProfileChecks {
    private ProfileChecks() {
    }

    /** Every problem of both kinds in one profile. */
    public static List<Problem> check(ClauseLibrary library, ResolvedProfile profile, ClauseRenderer renderer) {
        List<Problem> problems = new ArrayList<>(unstatedParameters(library, profile, renderer));
        problems.addAll(unprovidedFor(library, profile));
        return problems;
    }

    /**
     * A parameter set by the profile's own file (not inherited: a parent sending other wording may
     * need it) for a clause whose sent variant — or if-not-applicable variant — does not use it.
     */
    static List<Problem> unstatedParameters(ClauseLibrary library, ResolvedProfile profile, ClauseRenderer renderer) {
        Path own = profile.chain().isEmpty() ? null : profile.chain().get(0);
        List<Problem> problems = new ArrayList<>();
        for (ProfileClause pc : profile.included()) {
            Clause c = library.clauses().get(pc.id());
            for (String variant : Stream.of(pc.variant().value(), pc.variantIfNotApplicable()).filter(v -> v != null).distinct().toList()) {
                Set<String> used;
                try {
                    used = renderer.references(c.id() + "/" + variant, c.variants().get(variant).template());
                } catch (TemplateProblem e) {
                    continue; // the template check reports it
                }
                for (Position pos : pc.parameters().values()) {
                    Sourced<Object> set = ownSetting(pos, own);
                    if (set == null || used.contains(pos.parameter())) continue;
                    problems.add(new Problem(set.file(), set.line(), 0, "clause '" + c.id() + "': the profile sets '"
                            + pos.parameter() + "', but the '" + variant + "' wording it sends does not use it, so the draft"
                            + " would not state it; remove the setting or send a wording that states it"));
                }
            }
        }
        return problems;
    }

    /** A required clause with an applies-when and no {@code if-not-applicable}. */
    static List<Problem> unprovidedFor(ClauseLibrary library, ResolvedProfile profile) {
        List<Problem> problems = new ArrayList<>();
        for (ProfileClause pc : profile.included()) {
            Clause c = library.clauses().get(pc.id());
            if (!pc.isRequired() || c.appliesWhen() == Condition.ALWAYS || pc.ifNotApplicable().value() != null) continue;
            Sourced<Boolean> at = pc.required();
            problems.add(new Problem(at.file(), at.line(), 0, "clause '" + c.id() + "' is required but applies only when "
                    + c.appliesWhen().source() + ": a deal without that would drop it silently; say what stands in for it with"
                    + " if-not-applicable (a variant of the clause, or " + ProfileClause.LEAVE_OUT + ")"));
        }
        return problems;
    }

    /** One line for each required clause this deal leaves out (the profile did not say what replaces it). */
    public static List<String> droppedRequired(ClauseLibrary library, ResolvedProfile profile, DealFacts deal) {
        List<String> out = new ArrayList<>();
        for (ProfileClause pc : profile.included()) {
            Clause c = library.clauses().get(pc.id());
            if (!pc.isRequired() || Assembler.sentVariant(c, pc, deal) != null) continue;
            if (ProfileClause.LEAVE_OUT.equals(pc.ifNotApplicable().value())) continue;
            out.add("required clause '" + c.id() + "' (" + c.title() + ") is left out: it applies only when "
                    + c.appliesWhen().source() + ", which the deal's device facts rule out, and profile '" + profile.id()
                    + "' does not say what stands in for it (if-not-applicable)");
        }
        return out;
    }

    private static Sourced<Object> ownSetting(Position pos, Path own) {
        for (Sourced<Object> s : new ArrayList<>(java.util.Arrays.asList(pos.sent(), pos.preferred(), pos.fallback(), pos.walkAway()))) {
            if (s != null && s.file() != null && own != null && s.file().equals(own)) return s;
        }
        return null;
    }
}
