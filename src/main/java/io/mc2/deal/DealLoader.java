package io.mc2.deal;

import com.fasterxml.jackson.databind.JsonNode;
import io.mc2.problem.Mc2Exception;
import io.mc2.problem.Problem;
import io.mc2.yaml.SchemaCheck;
import io.mc2.yaml.YamlFile;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Reads and validates a deal-facts file ({@code --deal deal.yaml}). */
public final class DealLoader {
    private DealLoader() {
    }

    /** Loads the deal; throws {@link Mc2Exception} (exit code 3) with every problem located. */
    public static DealFacts load(Path file) {
        return load(YamlFile.read(file));
    }

    /**
     * Validates deal facts that are not in a file of their own (the web app's form, as YAML or JSON
     * text); {@code name} is what problems are located in.
     */
    public static DealFacts parse(Path name, byte[] yamlText) {
        return load(YamlFile.parse(name, yamlText));
    }

    private static DealFacts load(YamlFile yaml) {
        Path file = yaml.path();
        List<Problem> problems = new java.util.ArrayList<>(SchemaCheck.validate(yaml, "deal"));
        JsonNode r = yaml.root();
        LocalDate effective = null;
        JsonNode date = r.path("agreement").get("effective-date");
        if (date != null) {
            try {
                effective = LocalDate.parse(date.asText());
            } catch (DateTimeParseException e) {
                problems.add(yaml.problem(date, "agreement.effective-date: '" + date.asText() + "' is not a date (YYYY-MM-DD)"));
            }
        }
        if (!problems.isEmpty()) throw Mc2Exception.invalid(problems);
        Map<String, Boolean> device = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = r.path("device").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            device.put(e.getKey(), e.getValue().asBoolean());
        }
        return new DealFacts(text(r, "agreement", "reference"), text(r, "agreement", "title"), effective,
                text(r, "hdo", "name"), text(r, "hdo", "address"), text(r, "hdo", "signatory"), text(r, "hdo", "signatory-title"),
                text(r, "mdm", "name"), text(r, "mdm", "address"), text(r, "mdm", "signatory"), text(r, "mdm", "signatory-title"),
                text(r, "product", "name"), text(r, "product", "model"), device, file);
    }

    private static String text(JsonNode root, String section, String key) {
        JsonNode n = root.path(section).get(key);
        if (n == null || n.isNull()) return null;
        String s = n.asText().strip();
        return s.isEmpty() ? null : s;
    }
}
