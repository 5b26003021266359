package io.mc2.serve;

import static io.mc2.write.html.HtmlContractWriter.escape;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mc2.deal.DealFacts;
import io.mc2.deal.DealLoader;
import io.mc2.problem.Mc2Exception;
import io.mc2.problem.Problem;
import io.mc2.yaml.SchemaCheck;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The deal facts as a form: one field per key of the deal schema (named by its dotted key, e.g.
 * {@code hdo.name}), device facts as "not stated / yes / no". A submitted form becomes the same
 * tree a deal.yaml is read into and is validated by {@link DealLoader} against the deal schema, so
 * the form accepts exactly what {@code --deal} accepts; each problem is shown next to its field.
 */
final class DealForm {

    /** A text field: its dotted key, label and hint. */
    record Field(String key, String label, String hint) {
    }

    static final List<Field> AGREEMENT = List.of(
            new Field("agreement.reference", "Agreement reference", "e.g. MSA-2026-0042; printed in the running header"),
            new Field("agreement.title", "Agreement title", "e.g. Master Purchase Agreement"),
            new Field("agreement.effective-date", "Effective date", "YYYY-MM-DD; also the document date"));
    static final List<Field> PRODUCT = List.of(
            new Field("product.name", "Product name", "e.g. InfuSure Infusion System"),
            new Field("product.model", "Model", "e.g. IS-3000"));

    static List<Field> party(String side, String who) {
        return List.of(new Field(side + ".name", who + " name", "the legal name"),
                new Field(side + ".address", who + " address", ""),
                new Field(side + ".signatory", who + " signatory", "who signs"),
                new Field(side + ".signatory-title", who + " signatory's title", "e.g. CISO"));
    }

    /** The device facts the schema knows, with its descriptions, in schema order. */
    static final Map<String, String> DEVICE = deviceFacts();

    /** What was submitted (blank fields left out) and, by dotted key, what is wrong with it. */
    record Submission(Map<String, String> values, Map<String, List<String>> errors, List<String> otherErrors, DealFacts deal) {
        boolean valid() {
            return errors.isEmpty() && otherErrors.isEmpty();
        }
    }

    private DealForm() {
    }

    /** Reads the submitted fields (by dotted key) and validates them as a deal file. */
    static Submission read(Function<String, String> param) {
        Map<String, String> values = new LinkedHashMap<>();
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = json.createObjectNode();
        List<Field> fields = new ArrayList<>(AGREEMENT);
        fields.addAll(party("hdo", ""));
        fields.addAll(party("mdm", ""));
        fields.addAll(PRODUCT);
        for (Field f : fields) {
            String v = param.apply(f.key());
            if (v == null || v.isBlank()) continue;
            values.put(f.key(), v.strip());
            String[] k = f.key().split("\\.", 2);
            section(root, k[0]).put(k[1], v.strip());
        }
        for (String fact : DEVICE.keySet()) {
            String v = param.apply("device." + fact);
            if (!"yes".equals(v) && !"no".equals(v)) continue;
            values.put("device." + fact, v);
            section(root, "device").put(fact, "yes".equals(v));
        }
        try {
            DealFacts deal = DealLoader.parse(Path.of("deal facts"), json.writeValueAsBytes(root));
            return new Submission(values, Map.of(), List.of(), deal);
        } catch (Mc2Exception e) {
            Map<String, List<String>> errors = new LinkedHashMap<>();
            List<String> other = new ArrayList<>();
            for (Problem p : e.problems()) {
                int colon = p.message().indexOf(": ");
                String key = colon < 0 ? "" : p.message().substring(0, colon);
                if (values.containsKey(key) || fields.stream().anyMatch(f -> f.key().equals(key))) {
                    errors.computeIfAbsent(key, x -> new ArrayList<>()).add(p.message().substring(colon + 2));
                } else {
                    other.add(p.message());
                }
            }
            if (errors.isEmpty() && other.isEmpty()) other.add(e.getMessage());
            return new Submission(values, errors, other, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode section(ObjectNode root, String name) {
        return root.has(name) ? (ObjectNode) root.get(name) : root.putObject(name);
    }

    /** The fields of one fieldset as HTML, each with its label, hint and (when there is one) its error. */
    static String fieldset(String legend, List<Field> fields, Submission s) {
        StringBuilder sb = new StringBuilder("<fieldset><legend>").append(escape(legend)).append("</legend>\n");
        for (Field f : fields) {
            String id = "f-" + f.key().replace('.', '-');
            List<String> errors = s == null ? List.of() : s.errors().getOrDefault(f.key(), List.of());
            String value = s == null ? "" : s.values().getOrDefault(f.key(), "");
            StringBuilder describedBy = new StringBuilder();
            sb.append("<div class=\"field\"><label for=\"").append(id).append("\">").append(escape(f.label())).append("</label>");
            if (!f.hint().isEmpty()) {
                sb.append("<p class=\"hint\" id=\"").append(id).append("-hint\">").append(escape(f.hint())).append("</p>");
                describedBy.append(id).append("-hint");
            }
            if (!errors.isEmpty()) {
                sb.append("<p class=\"error\" id=\"").append(id).append("-error\">").append(escape(String.join("; ", errors))).append("</p>");
                describedBy.append(describedBy.length() > 0 ? " " : "").append(id).append("-error");
            }
            sb.append("<input type=\"text\" id=\"").append(id).append("\" name=\"").append(escape(f.key())).append("\" value=\"")
                    .append(escape(value)).append('"');
            if (describedBy.length() > 0) sb.append(" aria-describedby=\"").append(describedBy).append('"');
            if (!errors.isEmpty()) sb.append(" aria-invalid=\"true\"");
            sb.append("></div>\n");
        }
        return sb.append("</fieldset>\n").toString();
    }

    /** The device facts, each a choice of not stated, yes or no. */
    static String deviceFieldset(Submission s) {
        StringBuilder sb = new StringBuilder("<fieldset><legend>Device</legend>\n<p class=\"hint\">These decide which clauses apply. "
                + "Leave a fact not stated when unsure.</p>\n");
        for (Map.Entry<String, String> e : DEVICE.entrySet()) {
            String key = "device." + e.getKey();
            String id = "f-device-" + e.getKey();
            String chosen = s == null ? "" : s.values().getOrDefault(key, "");
            sb.append("<div class=\"field\"><label for=\"").append(id).append("\">").append(escape(label(e.getKey()))).append("</label>");
            if (!e.getValue().isEmpty()) sb.append("<p class=\"hint\" id=\"").append(id).append("-hint\">").append(escape(e.getValue())).append("</p>");
            sb.append("<select id=\"").append(id).append("\" name=\"").append(key).append('"')
                    .append(e.getValue().isEmpty() ? "" : " aria-describedby=\"" + id + "-hint\"").append('>');
            for (String[] o : new String[][] {{"", "not stated"}, {"yes", "yes"}, {"no", "no"}}) {
                sb.append("<option value=\"").append(o[0]).append('"').append(o[0].equals(chosen) ? " selected" : "").append('>')
                        .append(o[1]).append("</option>");
            }
            sb.append("</select></div>\n");
        }
        return sb.append("</fieldset>\n").toString();
    }

    /** The submitted values as hidden inputs, so that a download re-sends exactly the facts shown. */
    static String hidden(Submission s) {
        StringBuilder sb = new StringBuilder();
        s.values().forEach((k, v) -> sb.append("<input type=\"hidden\" name=\"").append(escape(k)).append("\" value=\"")
                .append(escape(v)).append("\">"));
        return sb.toString();
    }

    private static String label(String fact) {
        String words = fact.replace('-', ' ').replace("phi", "PHI").replace("eu ", "EU ");
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static Map<String, String> deviceFacts() {
        try {
            JsonNode schema = new ObjectMapper().readTree(SchemaCheck.text("deal"));
            Map<String, String> facts = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").path("device").path("properties").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                facts.put(e.getKey(), e.getValue().path("description").asText(""));
            }
            return java.util.Collections.unmodifiableMap(facts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
