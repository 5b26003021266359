package io.mc2.gap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mc2.library.Parameter;
import io.mc2.library.ParameterType;
import io.mc2.library.Stricter;
import io.mc2.profile.Position;
import io.mc2.profile.Sourced;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How found values rate against preferred, fallback and walk-away. */
class RatingTest {
    static Sourced<Object> s(Object v) {
        return new Sourced<>(v, null, 0);
    }

    static BigDecimal n(int v) {
        return BigDecimal.valueOf(v);
    }

    final Parameter window = new Parameter("window", ParameterType.DAYS, "Window", n(30), n(1), n(365), Stricter.LOWER, List.of(), null);
    final Position pos = new Position("window", s(n(30)), s(n(30)), s(n(45)), s(n(60)));

    @Test
    void lowerIsStricter() {
        assertEquals(Verdict.MEETS_PREFERRED, PositionRating.rate(window, pos, n(20)));
        assertEquals(Verdict.MEETS_PREFERRED, PositionRating.rate(window, pos, n(30)));
        assertEquals(Verdict.WITHIN_FALLBACK, PositionRating.rate(window, pos, n(45)));
        assertEquals(Verdict.NEEDS_ESCALATION, PositionRating.rate(window, pos, n(46)));
        assertEquals(Verdict.NEEDS_ESCALATION, PositionRating.rate(window, pos, n(60)));
        assertEquals(Verdict.BEYOND_WALK_AWAY, PositionRating.rate(window, pos, n(61)));
        assertEquals(Verdict.NEEDS_REVIEW, PositionRating.rate(window, pos, null));
    }

    @Test
    void higherIsStricterForMoney() {
        Parameter cover = new Parameter("cover", ParameterType.MONEY, "Cover", n(5_000_000), null, null, Stricter.HIGHER, List.of(), "USD");
        Position p = new Position("cover", s(n(5_000_000)), s(n(5_000_000)), s(n(3_000_000)), s(n(2_000_000)));
        assertEquals(Verdict.MEETS_PREFERRED, PositionRating.rate(cover, p, n(10_000_000)));
        assertEquals(Verdict.WITHIN_FALLBACK, PositionRating.rate(cover, p, n(3_000_000)));
        assertEquals(Verdict.NEEDS_ESCALATION, PositionRating.rate(cover, p, n(2_500_000)));
        assertEquals(Verdict.BEYOND_WALK_AWAY, PositionRating.rate(cover, p, n(1_000_000)));
    }

    @Test
    void unorderedValuesMatchPositionsExactly() {
        Parameter format = new Parameter("format", ParameterType.ENUM, "Format", "CycloneDX", null, null, Stricter.NONE,
                List.of("CycloneDX", "SPDX", "CSV"), null);
        Position p = new Position("format", s("CycloneDX"), s("CycloneDX"), s("SPDX"), null);
        assertEquals(Verdict.MEETS_PREFERRED, PositionRating.rate(format, p, "CycloneDX"));
        assertEquals(Verdict.WITHIN_FALLBACK, PositionRating.rate(format, p, "SPDX"));
        assertEquals(Verdict.NEEDS_REVIEW, PositionRating.rate(format, p, "CSV"));
        assertEquals(Verdict.NEEDS_REVIEW, PositionRating.rate(format, p, "a spreadsheet"));
    }

    @Test
    void verdictsOrderFromBestToWorst() {
        assertEquals(Verdict.BEYOND_WALK_AWAY, Verdict.worse(Verdict.WITHIN_FALLBACK, Verdict.BEYOND_WALK_AWAY));
        assertEquals(Verdict.NEEDS_REVIEW, Verdict.worse(Verdict.NEEDS_REVIEW, Verdict.NEEDS_ESCALATION));
        assertEquals(Verdict.DELETED_REQUIRED, Verdict.worse(Verdict.NOVEL, Verdict.DELETED_REQUIRED));
        assertEquals(Verdict.MISSING_REQUIRED, Verdict.worse(Verdict.NOVEL, Verdict.MISSING_REQUIRED));
        assertEquals(Verdict.NOVEL, Verdict.worse(Verdict.MISSING_OPTIONAL, Verdict.NOVEL));
        assertTrue(Verdict.MISSING_REQUIRED.needsHuman());
        assertEquals("missing-optional", Verdict.MISSING_OPTIONAL.id());
        assertEquals("needs-escalation", Verdict.NEEDS_ESCALATION.id());
    }
}
