package io.mc2.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.mc2.problem.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Validates YAML trees against the JSON Schemas shipped in the jar
 * ({@code /io/mc2/schema/NAME.schema.json}) and turns each error into a located problem.
 */
public final class SchemaCheck {
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();
    /** The schemas as JSON trees, for the keys a mapping allows (said in "unknown key" messages). */
    private static final Map<String, JsonNode> DOCUMENTS = new ConcurrentHashMap<>();

    private SchemaCheck() {
    }

    /** The names of the shipped schemas. */
    public static List<String> names() {
        return List.of("clause", "definitions", "library", "profile", "deal", "language-rules", "gap-report", "gap-matrix", "negotiation");
    }

    /** The raw text of a shipped schema. */
    public static String text(String name) {
        try (InputStream in = open(name)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every schema error in {@code file}, located; empty when it is valid. */
    public static List<Problem> validate(YamlFile file, String schemaName) {
        Schema schema = SCHEMAS.computeIfAbsent(schemaName, SchemaCheck::load);
        List<Problem> problems = new ArrayList<>();
        JsonNode document = DOCUMENTS.computeIfAbsent(schemaName, SchemaCheck::document);
        for (Error e : SchemaWording.worthShowing(schema.validate(file.root()))) {
            JsonNode at = e.getInstanceNode();
            // for an unknown or missing key, point at the key's own value when there is one
            if (e.getProperty() != null && at != null && at.get(e.getProperty()) != null) {
                at = at.get(e.getProperty());
            }
            String where = e.getInstanceLocation().toString().replaceFirst("^\\$\\.?", "").replaceFirst("^/", "").replace('/', '.');
            String message = SchemaWording.say(e, document);
            problems.add(file.problem(at, (where.isEmpty() ? "" : where + ": ") + message));
        }
        return problems;
    }

    private static JsonNode document(String name) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(text(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Schema load(String name) {
        try (InputStream in = open(name)) {
            return REGISTRY.getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String name) {
        InputStream in = SchemaCheck.class.getResourceAsStream("/io/mc2/schema/" + name + ".schema.json");
        if (in == null) throw new IllegalArgumentException("no shipped schema named " + name);
        return in;
    }
}
