package io.mc2.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mc2.yaml.SchemaCheck;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class ConditionTest {

    @Test
    void evaluatesAndOrNotWithPrecedenceAndParentheses() {
        Condition c = Condition.parse("stores-phi or transmits-phi and not cloud-component");
        assertTrue(c.test(Map.of("stores-phi", true, "transmits-phi", false, "cloud-component", true)));
        assertFalse(c.test(Map.of("stores-phi", false, "transmits-phi", true, "cloud-component", true)));
        assertTrue(c.test(Map.of("stores-phi", false, "transmits-phi", true, "cloud-component", false)));
        Condition p = Condition.parse("(stores-phi or transmits-phi) and not cloud-component");
        assertFalse(p.test(Map.of("stores-phi", true, "cloud-component", true)));
        assertEquals(Set.of("stores-phi", "transmits-phi", "cloud-component"), p.facts());
    }

    @Test
    void anUnstatedFactCountsAsTrue() {
        assertTrue(Condition.parse("networked").test(Map.of()));
        assertFalse(Condition.parse("not networked").test(Map.of()));
    }

    @Test
    void rejectsUnknownFactsAndBadSyntax() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Condition.parse("has-wings")).getMessage()
                .contains("unknown device fact 'has-wings'"));
        assertThrows(IllegalArgumentException.class, () -> Condition.parse("networked and"));
        assertThrows(IllegalArgumentException.class, () -> Condition.parse("(networked"));
        assertThrows(IllegalArgumentException.class, () -> Condition.parse("networked wireless"));
        assertThrows(IllegalArgumentException.class, () -> Condition.parse("networked & wireless"));
    }

    @Test
    void knownFactsAreTheDeviceFactsOfTheDealSchema() throws Exception {
        JsonNode schema = new ObjectMapper().readTree(SchemaCheck.text("deal"));
        Set<String> inSchema = new TreeSet<>();
        schema.path("properties").path("device").path("properties").fieldNames().forEachRemaining(inSchema::add);
        assertEquals(inSchema, new TreeSet<>(Condition.KNOWN_FACTS));
    }
}
