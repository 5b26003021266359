package io.mc2.gap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mc2.assemble.Assembler;
import io.mc2.deal.DealFacts;
import io.mc2.library.Clause;
import io.mc2.library.ClauseLibrary;
import io.mc2.library.LibraryLoader;
import io.mc2.template.ClauseRenderer;
import io.mc2.testing.Fixtures;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ValueRecoveryTest {
    private final ClauseLibrary library = LibraryLoader.load(Fixtures.library());
    private final ValueRecovery recovery = new ValueRecovery(new ClauseRenderer());

    private Optional<ValueRecovery.Match> recover(String clause, String text) {
        Clause c = library.clauses().get(clause);
        Map<String, Object> sent = new java.util.LinkedHashMap<>();
        c.parameters().values().forEach(p -> sent.put(p.name(), p.defaultValue()));
        return recovery.recover(c, List.of(c.defaultVariant().name()), sent, "Maker", "Hospital",
                Assembler.dealView(DealFacts.none()), text);
    }

    @Test
    void recoversDurationsWrittenInWordsAndDigitsAndInOtherUnits() {
        String base = "Maker shall patch each Widget within %s and tell Hospital within %s.\n"
                + "Sub-clause one for [PRODUCT NAME AND MODEL].\nitem a;\nitem b, see clause 3.1.";
        var m = recover("patch", String.format(base, "sixty (60) days", "two (2) business days")).orElseThrow();
        assertEquals("strong", m.variant());
        assertEquals(0, new BigDecimal(60).compareTo((BigDecimal) m.values().get("window").value()));
        assertEquals(0, new BigDecimal(2).compareTo((BigDecimal) m.values().get("notice").value()));
        var words = recover("patch", String.format(base, "forty-five days", "3 business days")).orElseThrow();
        assertEquals(0, new BigDecimal(45).compareTo((BigDecimal) words.values().get("window").value()));
        var months = recover("patch", String.format(base, "two (2) months", "1 business day")).orElseThrow();
        assertEquals(0, new BigDecimal(60).compareTo((BigDecimal) months.values().get("window").value()));
        assertTrue(months.values().get("window").note().contains("stated in months"), months.values().get("window").note());
    }

    @Test
    void unrecognisedWordingStillGivesADurationThatIsAloneInItsUnit() {
        Clause patch = library.clauses().get("patch");
        String ours = "Maker shall patch each Widget within thirty (30) days and tell Hospital within two (2) business days.";
        var found = UnitReading.byUnit(patch, ours,
                "Maker aims to patch Widgets within one hundred twenty (120) days and to tell Hospital within 5 business days.");
        assertEquals(0, new BigDecimal(120).compareTo((BigDecimal) found.get("window").value()));
        assertEquals("one hundred twenty (120) days", found.get("window").text());
        assertEquals("5 business days", found.get("notice").text(), "business days are a unit of their own");
        assertTrue(found.get("window").note().startsWith("read by its unit"));
        var twoOfAUnit = UnitReading.byUnit(patch, ours, "Maker aims to patch within 90 days, or 120 days for old Widgets, "
                + "and to tell Hospital within 5 business days.");
        assertFalse(twoOfAUnit.containsKey("window"), "two durations in days: which one is the window is a guess, so none is read");
        assertTrue(twoOfAUnit.containsKey("notice"));
        assertTrue(UnitReading.byUnit(patch, ours, "Maker aims to patch Widgets promptly.").isEmpty());
    }

    @Test
    void recoversTheLenientVariantAndItsNumber() {
        var m = recover("patch", "Maker will try to patch within ninety (90) days.").orElseThrow();
        assertEquals("lenient", m.variant());
        assertEquals(0, new BigDecimal(90).compareTo((BigDecimal) m.values().get("window").value()));
    }

    @Test
    void recoversMoneyPercentEnumBooleanAndText() {
        var m = recover("insure", "Cover of EUR 1,500,000, share twenty percent (20%), within 48 hours, twelve (12) months, "
                + "three (3) years, in SPDX, Draft note.").orElseThrow();
        assertEquals("balanced", m.variant());
        assertEquals(0, new BigDecimal(1500000).compareTo((BigDecimal) m.values().get("cover").value()));
        assertEquals(0, new BigDecimal(20).compareTo((BigDecimal) m.values().get("share").value()));
        assertEquals("SPDX", m.values().get("format").value());
        assertEquals(Boolean.FALSE, m.values().get("named").value(), "the ', named' words are gone, so the boolean is false");
        assertEquals("Draft note", m.values().get("note").value());
    }

    @Test
    void textThatFitsNoVariantIsNotMatched() {
        assertTrue(recover("patch", "Maker will consider patches when convenient.").isEmpty());
    }
}
