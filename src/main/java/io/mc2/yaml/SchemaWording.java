package io.mc2.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import io.mc2.problem.Spelling;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A JSON Schema error said in the words of someone editing a YAML file: "expected text, found the
 * number 1" rather than "integer found, string expected"; "unknown key 'walkaway'; did you mean
 * 'walk-away'?" rather than "property is not defined in the schema and the schema does not allow
 * additional properties". Keywords without a wording here keep the validator's message.
 */
final class SchemaWording {
    /** The patterns our schemas use for names and versions, said as a person would. */
    private static final Map<String, String> PATTERNS = Map.of(
            "^[a-z][a-z0-9]*(-[a-z0-9]+)*$", "lower-case letters, digits and single hyphens, starting with a letter (like gpo-standard)",
            "^[0-9]+(\\.[0-9]+)*([-+][0-9A-Za-z.-]+)?$", "a version number like 1.0.0",
            "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "a date written YYYY-MM-DD");

    private SchemaWording() {
    }

    /**
     * The errors worth showing: where a value fits neither of the shapes a {@code oneOf} offers,
     * the "wrong type" errors of each shape are noise, and the {@code oneOf} itself too when a more
     * precise error (an unknown key inside) explains it.
     */
    static List<Error> worthShowing(List<Error> errors) {
        List<String> oneOf = errors.stream().filter(e -> "oneOf".equals(e.getKeyword())).map(e -> e.getInstanceLocation().toString())
                .toList();
        List<Error> out = new ArrayList<>();
        for (Error e : errors) {
            String at = e.getInstanceLocation().toString();
            boolean underOneOf = e.getEvaluationPath().toString().contains("/oneOf/");
            if (underOneOf && "type".equals(e.getKeyword()) && oneOf.contains(at)) continue;
            if ("oneOf".equals(e.getKeyword()) && errors.stream().anyMatch(x -> x != e && !"type".equals(x.getKeyword())
                    && !"oneOf".equals(x.getKeyword()) && x.getInstanceLocation().toString().startsWith(at))) {
                continue;
            }
            out.add(e);
        }
        return out;
    }

    /** The message for one error; {@code schema} is the whole schema document, for the keys a mapping allows. */
    static String say(Error e, JsonNode schema) {
        Object[] args = e.getArguments() == null ? new Object[0] : e.getArguments();
        JsonNode value = e.getInstanceNode();
        return switch (e.getKeyword() == null ? "" : e.getKeyword()) {
            case "type" -> "expected " + kinds(e.getSchemaNode()) + ", found " + found(value)
                    + (e.getSchemaNode().asText().equals("string") && value != null && (value.isNumber() || value.isBoolean())
                    ? "; put it in quotes (\"" + value.asText() + "\") to make it text" : "");
            case "required" -> "'" + e.getProperty() + "' is missing (it is required here)";
            case "additionalProperties" -> {
                List<String> keys = allowedKeys(schema, e);
                yield "unknown key '" + e.getProperty() + "'" + (keys.isEmpty() ? "" : Spelling.didYouMean(e.getProperty(), keys)
                        + " (keys here: " + String.join(", ", keys) + ")");
            }
            case "propertyNames" -> "'" + e.getProperty() + "' is not a valid name here: use " + pattern(e.getSchemaNode().path("pattern").asText());
            case "pattern" -> found(value) + " is not in the expected form: use " + pattern(String.valueOf(args.length > 0 ? args[0] : ""));
            case "minLength" -> "must not be empty";
            case "minItems" -> "the list needs at least " + e.getSchemaNode().asInt() + (e.getSchemaNode().asInt() == 1 ? " entry" : " entries");
            case "uniqueItems" -> "the list names the same entry twice";
            case "enum" -> found(value) + " is not one of " + enumValues(e.getSchemaNode());
            case "minimum" -> found(value) + " is below the minimum " + e.getSchemaNode().asText();
            case "maximum" -> found(value) + " is above the maximum " + e.getSchemaNode().asText();
            case "minProperties" -> "must not be empty";
            case "oneOf" -> "expected a single value (like 30) or positions (like {preferred: 30, fallback: 45, walk-away: 60}), found "
                    + found(value);
            default -> e.getMessage().replaceFirst("^\\$[^:]*: ", "");
        };
    }

    private static String kinds(JsonNode type) {
        List<String> words = new ArrayList<>();
        if (type.isArray()) for (JsonNode t : type) words.add(kind(t.asText()));
        else words.add(kind(type.asText()));
        return String.join(" or ", words);
    }

    private static String kind(String jsonType) {
        return switch (jsonType) {
            case "string" -> "text";
            case "integer" -> "a whole number";
            case "number" -> "a number";
            case "boolean" -> "true or false";
            case "object" -> "keys with values (key: value lines)";
            case "array" -> "a list";
            case "null" -> "nothing";
            default -> jsonType;
        };
    }

    /** "the number 1", "the text 'maybe'", "a list", "keys with values", "nothing". */
    private static String found(JsonNode v) {
        if (v == null || v.isNull() || v.isMissingNode()) return "nothing";
        if (v.isNumber()) return "the number " + v.asText();
        if (v.isBoolean()) return v.asText();
        if (v.isTextual()) return "'" + io.mc2.docx.UntrustedText.printable(v.asText()) + "'";
        if (v.isArray()) return "a list";
        return "keys with values";
    }

    private static String pattern(String regex) {
        return PATTERNS.getOrDefault(regex, "the form " + regex);
    }

    private static String enumValues(JsonNode values) {
        List<String> out = new ArrayList<>();
        for (JsonNode v : values) out.add(v.asText());
        return "[" + String.join(", ", out) + "]";
    }

    /** The keys the mapping's schema lists, found beside the failing {@code additionalProperties}. */
    private static List<String> allowedKeys(JsonNode schema, Error e) {
        String fragment = e.getSchemaLocation().toString();
        int hash = fragment.indexOf('#');
        if (hash < 0 || schema == null) return List.of();
        String pointer = fragment.substring(hash + 1).replaceFirst("/additionalProperties$", "");
        JsonNode owner = schema.at(pointer);
        List<String> keys = new ArrayList<>();
        owner.path("properties").fieldNames().forEachRemaining(keys::add);
        return keys;
    }
}
