package io.mc2.template;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mc2.library.Parameter;
import io.mc2.library.ParameterType;
import io.mc2.library.Stricter;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValueTextTest {

    private static Parameter p(ParameterType t) {
        return new Parameter("x", t, "X", null, null, null, Stricter.LOWER, List.of(), t == ParameterType.MONEY ? "USD" : null);
    }

    @Test
    void writesNumbersAsLawyersDo() {
        assertEquals("thirty (30) days", ValueText.format(p(ParameterType.DAYS), new BigDecimal(30)));
        assertEquals("one (1) day", ValueText.format(p(ParameterType.DAYS), BigDecimal.ONE));
        assertEquals("three (3) business days", ValueText.format(p(ParameterType.BUSINESS_DAYS), new BigDecimal(3)));
        assertEquals("seventy-two (72) hours", ValueText.format(p(ParameterType.HOURS), new BigDecimal(72)));
        assertEquals("twenty-four (24) months", ValueText.format(p(ParameterType.MONTHS), new BigDecimal(24)));
        assertEquals("two (2) years", ValueText.format(p(ParameterType.YEARS), new BigDecimal(2)));
        assertEquals("USD 5,000,000", ValueText.format(p(ParameterType.MONEY), new BigDecimal(5000000)));
        assertEquals("USD 1,250.5", ValueText.format(p(ParameterType.MONEY), new BigDecimal("1250.50")));
        assertEquals("ten percent (10%)", ValueText.format(p(ParameterType.PERCENT), new BigDecimal(10)));
        assertEquals("Yes", ValueText.format(p(ParameterType.BOOLEAN), true));
        assertEquals("thirty (30)", ValueText.number(p(ParameterType.DAYS), new BigDecimal(30)));
    }

    @Test
    void plainValuesReadBack() {
        for (var t : List.of(ParameterType.DAYS, ParameterType.BOOLEAN, ParameterType.TEXT)) {
            Object v = t == ParameterType.DAYS ? new BigDecimal(30) : t == ParameterType.BOOLEAN ? Boolean.FALSE : "CycloneDX";
            assertEquals(ValueText.format(p(t), v), ValueText.format(p(t), ValueText.fromPlain(p(t), ValueText.plain(v))), t.name());
        }
        assertEquals(Boolean.TRUE, ValueText.fromPlain(p(ParameterType.BOOLEAN), "true"));
    }

    @Test
    void numberWords() {
        assertEquals("zero", LegalNumber.words(0));
        assertEquals("nineteen", LegalNumber.words(19));
        assertEquals("forty", LegalNumber.words(40));
        assertEquals("ninety-nine", LegalNumber.words(99));
        assertEquals("one hundred twenty", LegalNumber.words(120));
        assertEquals("three hundred sixty-five", LegalNumber.words(365));
        assertEquals("one thousand", LegalNumber.words(1000));
        assertEquals("two million five hundred thousand", LegalNumber.words(2_500_000));
        assertEquals("one hundred eighty (180)", LegalNumber.wordsAndDigits(180));
    }
}
