package io.mc2.library;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A clause's {@code applies-when} condition: device facts combined with {@code and}, {@code or},
 * {@code not} and parentheses. A fact the deal does not state counts as true, so that a draft
 * made without deal facts errs on the side of including a clause.
 */
public final class Condition {
    /** Device facts a deal may state; kept equal to the {@code device} properties of deal.schema.json (a test checks). */
    public static final Set<String> KNOWN_FACTS = Set.of("networked", "stores-phi", "transmits-phi", "remote-service",
            "cloud-component", "wireless", "implantable", "life-sustaining", "eu-market", "cyber-device");

    public static final Condition ALWAYS = new Condition("", facts -> true, Set.of());

    private static final Pattern TOKEN = Pattern.compile("\\s*(\\(|\\)|[a-z][a-z0-9-]*)");

    private final String source;
    private final Node root;
    private final Set<String> facts;

    private interface Node {
        boolean test(Map<String, Boolean> facts);
    }

    private Condition(String source, Node root, Set<String> facts) {
        this.source = source;
        this.root = root;
        this.facts = facts;
    }

    /** Parses a condition; throws {@link IllegalArgumentException} with a readable message when malformed. */
    public static Condition parse(String source) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(source);
        int pos = 0;
        while (pos < source.length()) {
            if (source.substring(pos).isBlank()) break;
            if (!m.find(pos) || m.start() != pos) {
                throw new IllegalArgumentException("unexpected '" + source.substring(pos).trim() + "' in condition '" + source + "'");
            }
            tokens.add(m.group(1));
            pos = m.end();
        }
        Parser p = new Parser(tokens, source);
        Node root = p.or();
        if (p.i != tokens.size()) throw new IllegalArgumentException("unexpected '" + tokens.get(p.i) + "' in condition '" + source + "'");
        for (String f : p.facts) {
            if (!KNOWN_FACTS.contains(f)) {
                throw new IllegalArgumentException("unknown device fact '" + f + "' (known: " + new TreeSet<>(KNOWN_FACTS) + ")");
            }
        }
        return new Condition(source.trim(), root, Set.copyOf(p.facts));
    }

    /** Whether the clause applies given the deal's device facts (absent facts count as true). */
    public boolean test(Map<String, Boolean> deviceFacts) {
        return root.test(deviceFacts);
    }

    /** The facts the condition reads. */
    public Set<String> facts() {
        return facts;
    }

    /** The condition as written; empty for {@link #ALWAYS}. */
    public String source() {
        return source;
    }

    @Override
    public String toString() {
        return source;
    }

    private static final class Parser {
        final List<String> tokens;
        final String source;
        final Set<String> facts = new TreeSet<>();
        int i;

        Parser(List<String> tokens, String source) {
            this.tokens = tokens;
            this.source = source;
        }

        Node or() {
            Node left = and();
            while (peek("or")) {
                i++;
                Node l = left;
                Node r = and();
                left = f -> l.test(f) || r.test(f);
            }
            return left;
        }

        Node and() {
            Node left = unary();
            while (peek("and")) {
                i++;
                Node l = left;
                Node r = unary();
                left = f -> l.test(f) && r.test(f);
            }
            return left;
        }

        Node unary() {
            if (i >= tokens.size()) throw new IllegalArgumentException("condition '" + source + "' ends too early");
            String t = tokens.get(i++);
            if (t.equals("not")) {
                Node inner = unary();
                return f -> !inner.test(f);
            }
            if (t.equals("(")) {
                Node inner = or();
                if (!peek(")")) throw new IllegalArgumentException("missing ')' in condition '" + source + "'");
                i++;
                return inner;
            }
            if (t.equals(")") || t.equals("and") || t.equals("or")) {
                throw new IllegalArgumentException("unexpected '" + t + "' in condition '" + source + "'");
            }
            facts.add(t);
            return f -> f.getOrDefault(t, Boolean.TRUE);
        }

        boolean peek(String t) {
            return i < tokens.size() && tokens.get(i).equals(t);
        }
    }
}
