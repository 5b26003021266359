package io.mc2.playbook;

import io.mc2.assemble.Assembler;
import io.mc2.deal.DealFacts;
import io.mc2.library.Clause;
import io.mc2.library.ClauseLibrary;
import io.mc2.library.Parameter;
import io.mc2.model.ClauseInstance;
import io.mc2.model.Contract;
import io.mc2.profile.Position;
import io.mc2.profile.ProfileClause;
import io.mc2.profile.ResolvedProfile;
import io.mc2.profile.Sourced;
import io.mc2.template.ClauseRenderer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the {@link Playbook} of a profile. Clause numbers and wording come from assembling the
 * draft without deal facts (every included clause, numbered exactly as a draft numbers it).
 */
public final class PlaybookBuilder {
    /** Assembly needs a date; the playbook prints none, so any fixed date keeps the output stable. */
    private static final LocalDate NO_DATE = LocalDate.of(2000, 1, 1);

    private final ClauseRenderer renderer;

    public PlaybookBuilder(ClauseRenderer renderer) {
        this.renderer = renderer;
    }

    public Playbook build(ClauseLibrary library, ResolvedProfile profile, Playbook.Kind kind) {
        Contract draft = new Assembler(renderer).assemble(library, profile, DealFacts.none(), NO_DATE);
        List<Playbook.Article> articles = new ArrayList<>();
        for (io.mc2.model.Article a : draft.articles()) {
            List<Playbook.Entry> entries = new ArrayList<>();
            for (ClauseInstance ci : a.clauses()) {
                Clause c = library.clauses().get(ci.id());
                ProfileClause pc = profile.clauses().get(ci.id());
                List<Playbook.Row> rows = new ArrayList<>();
                for (Parameter p : c.parameters().values()) {
                    Position pos = pc.parameters().get(p.name());
                    rows.add(new Playbook.Row(p.label(), text(p, pos.sent()), text(p, pos.preferred()), text(p, pos.fallback()),
                            text(p, pos.walkAway())));
                }
                entries.add(new Playbook.Entry(c.id(), ci.number(), c.title(), c.party(), c.mc2Display(),
                        c.appliesWhen().source(), pc.variant().value(), pc.acceptableVariants().value(), pc.isRequired(),
                        pc.isLocked(), rows, kind == Playbook.Kind.SUMMARY ? ci : null,
                        kind == Playbook.Kind.BRIEF ? c.guidance() : null));
            }
            articles.add(new Playbook.Article(Integer.toString(a.number()), a.title(), entries));
        }
        String version = profile.id() + " " + profile.version();
        List<Playbook.Fact> facts = new ArrayList<>();
        facts.add(new Playbook.Fact("Profile", profile.name() + " (" + version + ")"));
        if (!profile.publisher().isEmpty()) facts.add(new Playbook.Fact("Publisher", profile.publisher()));
        facts.add(new Playbook.Fact("Clause library", library.name() + " " + library.version()));
        facts.add(new Playbook.Fact("Parties", profile.hdoName().value() + " (HDO) and " + profile.mdmName().value() + " (MDM)"));
        facts.add(new Playbook.Fact("Profile hash", profile.hash().substring(0, 16)));
        int count = articles.stream().mapToInt(x -> x.clauses().size()).sum();
        if (kind == Playbook.Kind.BRIEF) {
            return new Playbook(kind, "Negotiation Brief: " + profile.name(), Playbook.CONFIDENTIAL, facts,
                    "For the negotiating team only. For each of the " + count + " clauses of the draft: the wording we send "
                            + "and the variants we accept, our preferred value, the fallback we can accept and the walk-away "
                            + "point beyond which we do not sign, why the clause matters, what suppliers typically change "
                            + "and our answer. Clause numbers are those of the draft.",
                    articles);
        }
        return new Playbook(kind, profile.name() + ": Profile Summary", profile.name() + " " + profile.version()
                + " \u2014 profile summary", facts,
                (profile.description().isEmpty() ? "" : profile.description() + "\n\n")
                        + "Every clause of this profile (" + count + " clauses) with the wording it sends, the variants it "
                        + "accepts, its values and negotiating positions (preferred, fallback, walk-away) and the MC2 "
                        + "references. Clause numbers are those of a draft made from this profile without deal facts; "
                        + "clauses that depend on device facts may drop out of a particular deal.",
                articles);
    }

    private static String text(Parameter p, Sourced<Object> s) {
        return s == null ? PositionText.UNSET : PositionText.of(p, s.value());
    }
}
