package io.mc2.playbook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import io.mc2.library.ClauseLibrary;
import io.mc2.model.Generator;
import io.mc2.profile.Position;
import io.mc2.profile.ProfileClause;
import io.mc2.profile.ResolvedProfile;
import io.mc2.profile.Sourced;
import java.math.BigDecimal;

/**
 * A resolved profile written as one profile file without {@code extends}: every clause the chain
 * lists, with every setting spelled out, so that it resolves on its own to the same effective
 * profile. This is what a GPO publishes; members extend the published file.
 */
public final class StandaloneProfile {
    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .build());

    private StandaloneProfile() {
    }

    /** The profile as YAML text, with a comment naming the files it was resolved from. */
    public static String yaml(ClauseLibrary library, ResolvedProfile profile) {
        ObjectNode root = YAML.createObjectNode();
        root.put("id", profile.id());
        root.put("name", profile.name());
        root.put("version", profile.version());
        if (!profile.publisher().isEmpty()) root.put("publisher", profile.publisher());
        if (!profile.description().isEmpty()) root.put("description", profile.description());
        root.putObject("parties").put("hdo", profile.hdoName().value()).put("mdm", profile.mdmName().value());
        root.putObject("document").put("title", profile.documentTitle().value());
        ObjectNode clauses = root.putObject("clauses");
        for (ProfileClause pc : profile.clauses().values()) {
            ObjectNode c = clauses.putObject(pc.id());
            c.put("include", pc.included());
            c.put("variant", pc.variant().value());
            ArrayNode acceptable = c.putArray("acceptable-variants");
            pc.acceptableVariants().value().forEach(acceptable::add);
            c.put("required", pc.isRequired());
            c.put("locked", pc.isLocked());
            if (pc.ifNotApplicable().value() != null) c.put("if-not-applicable", pc.ifNotApplicable().value());
            if (pc.parameters().isEmpty()) continue;
            ObjectNode params = YAML.createObjectNode();
            for (Position pos : pc.parameters().values()) {
                ObjectNode p = YAML.createObjectNode();
                // a value that only restates preferred (or the library default) is not pinned: a member
                // who tightens preferred must then send it, exactly as when extending by id
                if (pos.sent().file() != null && pos.sent() != pos.preferred()) put(p, "value", pos.sent());
                put(p, "preferred", pos.preferred());
                put(p, "fallback", pos.fallback());
                put(p, "walk-away", pos.walkAway());
                if (!p.isEmpty()) params.set(pos.parameter(), p);
            }
            if (!params.isEmpty()) c.set("parameters", params);
        }
        StringBuilder sb = new StringBuilder();
        sb.append("# Published by mc2 ").append(Generator.version()).append(" from ")
                .append(String.join(" -> ", profile.chain().stream().map(p -> p.getFileName().toString()).toList()))
                .append(" (profile hash ").append(profile.hash(), 0, 16).append(")\n");
        sb.append("# with clause library ").append(library.name()).append(' ').append(library.version())
                .append(". Standalone: every setting is spelled out and nothing is inherited.\n");
        try {
            return sb.append(YAML.writeValueAsString(root)).toString();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void put(ObjectNode p, String field, Sourced<Object> s) {
        if (s == null) return;
        Object v = s.value();
        if (v instanceof BigDecimal n) {
            BigDecimal plain = n.stripTrailingZeros();
            if (plain.scale() <= 0) p.put(field, plain.toBigIntegerExact());
            else p.put(field, plain);
        } else if (v instanceof Boolean b) {
            p.put(field, b);
        } else {
            p.put(field, String.valueOf(v));
        }
    }
}
