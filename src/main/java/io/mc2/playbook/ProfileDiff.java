package io.mc2.playbook;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mc2.library.Clause;
import io.mc2.library.ClauseLibrary;
import io.mc2.library.Parameter;
import io.mc2.profile.Position;
import io.mc2.profile.ProfileClause;
import io.mc2.profile.ResolvedProfile;
import io.mc2.profile.Sourced;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * {@code mc2 profile diff}: what changed between two effective profiles (two profiles, or two
 * versions of one): profile details, clauses added, removed, included or excluded, and for clauses
 * in both the variant, acceptable variants, required, locked, and every parameter's value and
 * positions, each numeric change marked stricter or looser for the HDO.
 */
public final class ProfileDiff {

    /** What kind of change. */
    public enum Kind {
        /** A profile detail: name, version, party names, document title. */
        PROFILE("changed"),
        /** The clause is in the newer profile and not listed by the older one. */
        ADDED("added"),
        /** The older profile listed the clause; the newer one does not. */
        REMOVED("removed"),
        /** Listed but excluded before, included now. */
        INCLUDED("included"),
        /** Included before, excluded now. */
        EXCLUDED("excluded"),
        /** A setting of a clause in both. */
        CHANGED("changed");

        private final String word;

        Kind(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }
    }

    /**
     * One change.
     *
     * @param clause    the clause id, or null for a profile detail
     * @param title     the clause title, or null
     * @param field     e.g. "variant", "window walk-away"; null for a whole-clause change
     * @param before    the older value as shown, or null
     * @param after     the newer value as shown, or null
     * @param direction "stricter", "looser" or null when there is no order
     */
    public record Change(Kind kind, String clause, String title, String field, String before, String after, String direction) {
    }

    private final ResolvedProfile before;
    private final ResolvedProfile after;
    private final List<Change> changes = new ArrayList<>();

    private ProfileDiff(ResolvedProfile before, ResolvedProfile after) {
        this.before = before;
        this.after = after;
    }

    /** The changes from {@code before} to {@code after}; both resolved against {@code library}. */
    public static ProfileDiff between(ClauseLibrary library, ResolvedProfile before, ResolvedProfile after) {
        ProfileDiff d = new ProfileDiff(before, after);
        d.compare(library);
        return d;
    }

    public ResolvedProfile before() {
        return before;
    }

    public ResolvedProfile after() {
        return after;
    }

    public List<Change> changes() {
        return List.copyOf(changes);
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    private void compare(ClauseLibrary library) {
        detail("id", before.id(), after.id());
        detail("name", before.name(), after.name());
        detail("version", before.version(), after.version());
        detail("publisher", before.publisher(), after.publisher());
        detail("parties.hdo", before.hdoName().value(), after.hdoName().value());
        detail("parties.mdm", before.mdmName().value(), after.mdmName().value());
        detail("document.title", before.documentTitle().value(), after.documentTitle().value());
        for (Clause c : library.clauses().values()) {
            ProfileClause a = before.clauses().get(c.id());
            ProfileClause b = after.clauses().get(c.id());
            if (a == null && b == null) continue;
            if (a == null) {
                if (b.included()) whole(Kind.ADDED, c);
                else changes.add(new Change(Kind.CHANGED, c.id(), c.title(), "listed", "no", "yes, excluded", null));
                continue;
            }
            if (b == null) {
                if (a.included()) whole(Kind.REMOVED, c);
                else changes.add(new Change(Kind.CHANGED, c.id(), c.title(), "listed", "yes, excluded", "no", null));
                continue;
            }
            if (a.included() && !b.included()) {
                whole(Kind.EXCLUDED, c);
                continue;
            }
            if (!a.included() && b.included()) whole(Kind.INCLUDED, c);
            else if (!a.included()) continue;
            settings(c, a, b);
        }
    }

    private void detail(String field, String a, String b) {
        if (!Objects.equals(a, b)) changes.add(new Change(Kind.PROFILE, null, null, field, a, b, null));
    }

    private void whole(Kind kind, Clause c) {
        changes.add(new Change(kind, c.id(), c.title(), null, null, null, null));
    }

    private void settings(Clause c, ProfileClause a, ProfileClause b) {
        setting(c, "variant", a.variant().value(), b.variant().value(), null);
        setting(c, "acceptable variants", String.join(", ", a.acceptableVariants().value()),
                String.join(", ", b.acceptableVariants().value()), null);
        setting(c, "required", yesNo(a.isRequired()), yesNo(b.isRequired()),
                a.isRequired() == b.isRequired() ? null : b.isRequired() ? "stricter" : "looser");
        setting(c, "locked", yesNo(a.isLocked()), yesNo(b.isLocked()),
                a.isLocked() == b.isLocked() ? null : b.isLocked() ? "stricter" : "looser");
        setting(c, "if not applicable", java.util.Objects.toString(a.ifNotApplicable().value(), "not set"),
                java.util.Objects.toString(b.ifNotApplicable().value(), "not set"), null);
        for (Parameter p : c.parameters().values()) {
            Position pa = a.parameters().get(p.name());
            Position pb = b.parameters().get(p.name());
            position(c, p, "value", pa, pb, Position::sent);
            position(c, p, "preferred", pa, pb, Position::preferred);
            position(c, p, "fallback", pa, pb, Position::fallback);
            position(c, p, "walk-away", pa, pb, Position::walkAway);
        }
    }

    private void position(Clause c, Parameter p, String field, Position pa, Position pb,
                          Function<Position, Sourced<Object>> get) {
        Object va = value(get.apply(pa));
        Object vb = value(get.apply(pb));
        if (va == null && vb == null) return;
        if (va != null && vb != null && p.compareStrictness(va, vb) == 0) return;
        String direction = null;
        if (va != null && vb != null && p.isOrdered()) {
            int cmp = p.compareStrictness(vb, va);
            direction = cmp < 0 ? "stricter" : cmp > 0 ? "looser" : null;
        }
        changes.add(new Change(Kind.CHANGED, c.id(), c.title(), p.name() + " " + field, PositionText.of(p, va),
                PositionText.of(p, vb), direction));
    }

    private static Object value(Sourced<Object> s) {
        return s == null ? null : s.value();
    }

    private void setting(Clause c, String field, String a, String b, String direction) {
        if (!a.equals(b)) changes.add(new Change(Kind.CHANGED, c.id(), c.title(), field, a, b, direction));
    }

    private static String yesNo(boolean b) {
        return b ? "yes" : "no";
    }

    /** text, md or json. */
    public String render(String format) {
        return switch (format) {
            case "json" -> json();
            case "md" -> markdown();
            default -> text();
        };
    }

    private String heading() {
        return before.id() + " " + before.version() + " -> " + after.id() + " " + after.version();
    }

    /** Changes grouped by clause, in order; profile details under the key "". */
    private Map<String, List<Change>> byClause() {
        Map<String, List<Change>> groups = new LinkedHashMap<>();
        for (Change ch : changes) groups.computeIfAbsent(ch.clause() == null ? "" : ch.clause(), k -> new ArrayList<>()).add(ch);
        return groups;
    }

    private String count() {
        long details = changes.stream().filter(c -> c.kind() == Kind.PROFILE).count();
        long settings = changes.size() - details;
        long clauses = changes.stream().map(Change::clause).filter(Objects::nonNull).distinct().count();
        return plural(changes.size(), "change") + ": " + details + " to profile details, " + settings + " in "
                + plural(clauses, "clause");
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    private String text() {
        StringBuilder sb = new StringBuilder("Profile changes: ").append(heading()).append('\n');
        if (changes.isEmpty()) return sb.append("No changes.\n").toString();
        for (Map.Entry<String, List<Change>> g : byClause().entrySet()) {
            sb.append('\n');
            List<Change> list = g.getValue();
            if (g.getKey().isEmpty()) {
                sb.append("profile\n");
            } else {
                Change first = list.get(0);
                sb.append(first.clause()).append(": ").append(first.title());
                if (first.field() == null) sb.append(" (").append(first.kind().word()).append(')');
                sb.append('\n');
            }
            for (Change ch : list) {
                if (ch.field() == null) continue;
                sb.append("  ").append(ch.field()).append(": ").append(ch.before() == null ? PositionText.UNSET : ch.before())
                        .append(" -> ").append(ch.after() == null ? PositionText.UNSET : ch.after());
                if (ch.direction() != null) sb.append(" (").append(ch.direction()).append(')');
                sb.append('\n');
            }
        }
        return sb.append('\n').append(count()).append('\n').toString();
    }

    private String markdown() {
        StringBuilder sb = new StringBuilder("# Profile changes: ")
                .append(ProfileExplanation.md(before.id() + " " + before.version())).append(" → ")
                .append(ProfileExplanation.md(after.id() + " " + after.version())).append("\n\n");
        if (changes.isEmpty()) return sb.append("No changes.\n").toString();
        List<Change> profile = changes.stream().filter(c -> c.kind() == Kind.PROFILE).toList();
        if (!profile.isEmpty()) {
            sb.append("## Profile\n\n| Field | Before | After |\n|---|---|---|\n");
            for (Change c : profile) {
                sb.append("| ").append(c.field()).append(" | ").append(ProfileExplanation.md(c.before())).append(" | ")
                        .append(ProfileExplanation.md(c.after())).append(" |\n");
            }
            sb.append('\n');
        }
        List<Change> clauses = changes.stream().filter(c -> c.kind() != Kind.PROFILE).toList();
        if (!clauses.isEmpty()) {
            sb.append("## Clauses\n\n| Clause | Change | Before | After | For the HDO |\n|---|---|---|---|---|\n");
            for (Change c : clauses) {
                sb.append("| `").append(c.clause()).append("` ").append(ProfileExplanation.md(c.title())).append(" | ")
                        .append(c.field() == null ? "**" + c.kind().word() + "**" : ProfileExplanation.md(c.field())).append(" | ")
                        .append(c.before() == null ? "" : ProfileExplanation.md(c.before())).append(" | ")
                        .append(c.after() == null ? "" : ProfileExplanation.md(c.after())).append(" | ")
                        .append(c.direction() == null ? "" : c.direction()).append(" |\n");
            }
            sb.append('\n');
        }
        return sb.append(count()).append(".\n").toString();
    }

    private String json() {
        ObjectMapper m = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = m.createObjectNode();
        root.putObject("before").put("id", before.id()).put("version", before.version()).put("hash", before.hash());
        root.putObject("after").put("id", after.id()).put("version", after.version()).put("hash", after.hash());
        ArrayNode arr = root.putArray("changes");
        for (Change c : changes) {
            ObjectNode o = arr.addObject().put("kind", c.kind().name().toLowerCase(java.util.Locale.ROOT));
            if (c.clause() != null) o.put("clause", c.clause()).put("title", c.title());
            if (c.field() != null) o.put("field", c.field());
            if (c.before() != null || c.field() != null) o.put("before", c.before());
            if (c.after() != null || c.field() != null) o.put("after", c.after());
            if (c.direction() != null) o.put("direction", c.direction());
        }
        try {
            return m.writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
