package io.mc2.gap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mc2.testing.Mc2Run;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * A supplier on LibreOffice deletes or moves a whole clause of our draft with change tracking on
 * (fixtures: src/test/resources/gap/libreoffice-clause-edits/make-fixtures.sh). LibreOffice 7.4 used
 * to write malformed XML for both, which mc2 had to refuse (exit 4); our clause content controls now
 * carry only their tag, and both returns are read and rated. Expected from gpo-standard (through
 * mc2-baseline): subcontractors is not required, so deleting it is deleted-optional.
 */
class LibreOfficeClauseEditsTest {
    static final Path F = Path.of("src/test/resources/gap/libreoffice-clause-edits");

    private static JsonNode clause(JsonNode report, String id) {
        for (JsonNode c : report.path("clauses")) if (c.path("id").asText().equals(id)) return c;
        throw new AssertionError("no clause " + id + " in the report");
    }

    @Test
    void aClauseDeletedInLibreOfficeIsReadAndRated() throws Exception {
        Mc2Run r = Mc2Run.of("gap", F.resolve("lo-deleted-clause.docx"), "-f", "json");
        assertEquals(1, r.exit(), r.toString());
        JsonNode sub = clause(new ObjectMapper().readTree(r.out()), "subcontractors");
        assertEquals("deleted-optional", sub.path("verdict").asText());
    }

    @Test
    void aClauseMovedInLibreOfficeIsReadAndReportedMoved() throws Exception {
        Mc2Run r = Mc2Run.of("gap", F.resolve("lo-moved-clause.docx"), "-f", "json");
        assertTrue(r.exit() == 0 || r.exit() == 1, r.toString());
        JsonNode sub = clause(new ObjectMapper().readTree(r.out()), "subcontractors");
        assertEquals("moved", sub.path("change").asText());
    }
}
