package io.mc2.profile;

import com.fasterxml.jackson.databind.JsonNode;
import io.mc2.library.Clause;
import io.mc2.library.LibraryLoader;
import io.mc2.library.Parameter;
import io.mc2.problem.Problem;
import io.mc2.problem.Spelling;
import io.mc2.yaml.YamlFile;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One clause's settings merged across a profile's {@code extends} chain, root first: each file's
 * entry is applied in turn, refusing what loosens a locked clause, and {@link #finish} checks the
 * merged positions run from preferred to walk-away.
 */
final class ClauseSettings {
    final Clause clause;
    Sourced<Boolean> include;
    Sourced<String> variant;
    Sourced<List<String>> acceptable;
    Sourced<Boolean> required;
    Sourced<Boolean> locked;
    Sourced<String> ifNotApplicable;
    final Map<String, Sourced<Object>[]> values = new LinkedHashMap<>();
    static final String[] FIELDS = {"value", "preferred", "fallback", "walk-away"};

    ClauseSettings(Clause clause) {
        this.clause = clause;
    }

    void apply(YamlFile f, JsonNode entry, List<Problem> problems) {
        boolean wasLocked = locked != null && locked.value();
        String lockedAt = wasLocked ? " (locked at " + locked.where() + ")" : "";
        if (entry == null) {
            if (include == null) include = new Sourced<>(true, f.path(), 0);
            return;
        }
        if (entry.has("include")) {
            Sourced<Boolean> next = sourced(f, entry.get("include"), entry.get("include").asBoolean());
            if (wasLocked && include != null && include.value() && !next.value()) {
                problems.add(f.problem(entry.get("include"), "clause '" + clause.id() + "' is locked and may not be excluded"
                        + " (included at " + include.where() + ")" + lockedAt));
            }
            include = next;
        } else if (include == null) {
            include = new Sourced<>(true, f.path(), YamlFile.line(entry));
        }
        if (entry.has("variant")) {
            JsonNode n = entry.get("variant");
            if (!clause.variants().containsKey(n.asText())) {
                problems.add(f.problem(n, "clause '" + clause.id() + "' has no variant '" + n.asText() + "' (variants: "
                        + String.join(", ", clause.variants().keySet()) + Spelling.didYouMean(n.asText(), clause.variants().keySet())
                        + ")"));
            } else if (wasLocked && acceptable != null && !acceptable.value().contains(n.asText())) {
                problems.add(f.problem(n, "clause '" + clause.id() + "' is locked: variant '" + n.asText()
                        + "' is not among the parent's acceptable variants " + acceptable.value() + " set at "
                        + acceptable.where() + lockedAt));
            }
            variant = sourced(f, n, n.asText());
        }
        if (entry.has("acceptable-variants")) {
            JsonNode n = entry.get("acceptable-variants");
            List<String> list = new ArrayList<>();
            for (JsonNode v : n) {
                if (!clause.variants().containsKey(v.asText())) {
                    problems.add(f.problem(v, "clause '" + clause.id() + "' has no variant '" + v.asText() + "'"));
                } else if (wasLocked && acceptable != null && !acceptable.value().contains(v.asText())) {
                    problems.add(f.problem(v, "clause '" + clause.id() + "' is locked: variant '" + v.asText()
                            + "' may not be made acceptable (the parent accepts " + acceptable.value() + ", set at "
                            + acceptable.where() + ")" + lockedAt));
                }
                list.add(v.asText());
            }
            acceptable = sourced(f, n, List.copyOf(list));
        }
        if (entry.has("required")) {
            JsonNode n = entry.get("required");
            if (wasLocked && required != null && required.value() && !n.asBoolean()) {
                problems.add(f.problem(n, "clause '" + clause.id() + "' is locked: it may not stop being required (required at "
                        + required.where() + ")" + lockedAt));
            }
            required = sourced(f, n, n.asBoolean());
        }
        if (entry.has("locked")) {
            JsonNode n = entry.get("locked");
            if (wasLocked && !n.asBoolean()) {
                problems.add(f.problem(n, "clause '" + clause.id() + "' is locked and may not be unlocked" + lockedAt));
            }
            locked = sourced(f, n, n.asBoolean());
        }
        if (entry.has("if-not-applicable")) {
            JsonNode n = entry.get("if-not-applicable");
            if (!n.asText().equals(ProfileClause.LEAVE_OUT) && !clause.variants().containsKey(n.asText())) {
                problems.add(f.problem(n, "clause '" + clause.id() + "': if-not-applicable names no variant '" + n.asText()
                        + "' (variants: " + String.join(", ", clause.variants().keySet()) + "; or " + ProfileClause.LEAVE_OUT + ")"));
            } else if (wasLocked && ifNotApplicable != null && ifNotApplicable.value() != null
                    && !ifNotApplicable.value().equals(n.asText())
                    && (acceptable == null || !acceptable.value().contains(n.asText()))) {
                // a locked clause keeps what its parent sends in such deals, or a wording the parent accepts
                problems.add(f.problem(n, "clause '" + clause.id() + "' is locked: if-not-applicable '" + n.asText()
                        + "' loosens '" + ifNotApplicable.value() + "' set at " + ifNotApplicable.where() + lockedAt));
            }
            ifNotApplicable = sourced(f, n, n.asText());
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = entry.path("parameters").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            Parameter p = clause.parameters().get(e.getKey());
            if (p == null) {
                problems.add(f.problem(e.getValue(), "clause '" + clause.id() + "' has no parameter '" + e.getKey()
                        + "' (parameters: " + String.join(", ", clause.parameters().keySet())
                        + Spelling.didYouMean(e.getKey(), clause.parameters().keySet()) + ")"));
                continue;
            }
            applyParameter(f, p, e.getValue(), wasLocked, lockedAt, problems);
        }
    }

    @SuppressWarnings("unchecked")
    private void applyParameter(YamlFile f, Parameter p, JsonNode node, boolean wasLocked, String lockedAt,
                                List<Problem> problems) {
        Sourced<Object>[] slots = values.computeIfAbsent(p.name(), k -> new Sourced[FIELDS.length]);
        for (int i = 0; i < FIELDS.length; i++) {
            JsonNode v = node.isObject() ? node.get(FIELDS[i]) : (i == 0 ? node : null);
            if (v == null) continue;
            Object value = p.coerce(LibraryLoader.scalar(v));
            String wrong = p.check(value);
            if (wrong != null) {
                problems.add(f.problem(v, clause.id() + "." + p.name() + " " + FIELDS[i] + ": " + wrong));
                continue;
            }
            Sourced<Object> previous = slots[i];
            if (wasLocked && previous != null && p.isOrdered() && p.compareStrictness(value, previous.value()) > 0) {
                problems.add(f.problem(v, "clause '" + clause.id() + "' is locked: " + p.name() + " " + FIELDS[i] + " "
                        + show(value) + " is looser than " + show(previous.value()) + " set at " + previous.where() + lockedAt));
            }
            slots[i] = sourced(f, v, value);
        }
    }

    ProfileClause finish(Clause c, List<Problem> problems) {
        Sourced<String> v = variant != null ? variant : new Sourced<>(c.defaultVariant().name(), null, 0);
        Sourced<List<String>> acc = acceptable != null ? acceptable : new Sourced<>(List.of(v.value()), v.file(), v.line());
        boolean in = include != null && include.value();
        // an unknown variant is reported where it is named; that it is not acceptable either says nothing new
        if (in && c.variants().containsKey(v.value()) && !acc.value().contains(v.value())) {
            problems.add(new Problem(v.file(), v.line(), 0, "clause '" + c.id() + "': the variant sent, '" + v.value()
                    + "', is not among its acceptable variants " + acc.value()));
        }
        Map<String, Position> positions = new LinkedHashMap<>();
        for (Parameter p : c.parameters().values()) {
            Sourced<Object>[] s = values.get(p.name());
            Sourced<Object> preferred = s == null ? null : s[1];
            Sourced<Object> fallback = s == null ? null : s[2];
            Sourced<Object> walkAway = s == null ? null : s[3];
            Sourced<Object> sent = s != null && s[0] != null ? s[0]
                    : preferred != null ? preferred : new Sourced<>(p.defaultValue(), null, 0);
            if (in && p.isOrdered()) {
                checkOrder(c, p, "preferred", preferred, "fallback", fallback, problems);
                checkOrder(c, p, "fallback", fallback, "walk-away", walkAway, problems);
                if (fallback == null) checkOrder(c, p, "preferred", preferred, "walk-away", walkAway, problems);
                // the value sent is compared as the user set it: a value of their own, else (no
                // preferred either) the clause's default; a preferred stands for itself above
                if (s != null && s[0] != null) checkOrder(c, p, "value", sent, "walk-away", walkAway, problems);
                else if (preferred == null) {
                    checkOrder(c, p, "default", sent, "walk-away", walkAway, problems);
                }
            }
            positions.put(p.name(), new Position(p.name(), sent, preferred, fallback, walkAway));
        }
        return new ProfileClause(c.id(), include == null ? new Sourced<>(false, null, 0) : include, v, acc,
                required != null ? required : new Sourced<>(false, null, 0),
                locked != null ? locked : new Sourced<>(false, null, 0), positions,
                ifNotApplicable != null ? ifNotApplicable : new Sourced<>(null, null, 0));
    }

    private static void checkOrder(Clause c, Parameter p, String aName, Sourced<Object> a, String bName,
                                   Sourced<Object> b, List<Problem> problems) {
        if (a == null || b == null) return;
        if (p.compareStrictness(a.value(), b.value()) > 0) {
            Sourced<Object> at = b.file() != null ? b : a;
            problems.add(new Problem(at.file(), at.line(), 0, "clause '" + c.id() + "': " + p.name() + " " + aName + " "
                    + show(a.value()) + " is looser than its " + bName + " " + show(b.value())
                    + (aName.equals("default") ? " (no profile in the chain sets a value or preferred, so the draft would send "
                    + "the clause library's default; set a preferred within the walk-away)"
                    : " (positions go from preferred to walk-away, strictest first)")));
        }
    }

    private static String show(Object v) {
        return v instanceof java.math.BigDecimal b ? b.stripTrailingZeros().toPlainString() : String.valueOf(v);
    }

    private static <T> Sourced<T> sourced(YamlFile f, JsonNode n, T value) {
        return new Sourced<>(value, f.path(), YamlFile.line(n));
    }
}
