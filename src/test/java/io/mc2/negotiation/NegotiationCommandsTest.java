package io.mc2.negotiation;

import io.mc2.testing.Mc2Run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mc2 status}, a missing record, the append-only record and a tampered one, through {@code Main.run}. */
class NegotiationCommandsTest {
    static final Path F = NegotiationScenarioTest.F;

    @TempDir
    Path dir;
    Path record;

    @BeforeEach
    void roundOne() {
        record = dir.resolve("record");
        Mc2Run draft = Mc2Run.of("draft", "--library", io.mc2.testing.Fixtures.fixtureClauses(), "--profiles", io.mc2.testing.Fixtures.fixtureProfiles(), "--deal", F.resolve("deal.yaml"), "--date", "2026-03-01", "-o", dir.resolve("sent.docx"),
                "--record", record);
        assertEquals(0, draft.exit(), draft.toString());
    }

    @Test
    void statusBeforeAnyReturnSaysWhatItWaitsFor() {
        Mc2Run r = Mc2Run.of("status", "--record", record);
        assertEquals(1, r.exit(), r.toString());
        assertTrue(r.out().contains("Round 1; waiting for the supplier's return of round 1 (sent.docx). No return rated yet."), r.out());
        assertTrue(r.out().contains("do not send to the supplier"), r.out());
    }

    @Test
    void statusShowsOpenAndEscalatedClausesAfterRoundOne() {
        assertEquals(1, Mc2Run.of("gap", "--library", io.mc2.testing.Fixtures.fixtureClauses(), "--profiles", io.mc2.testing.Fixtures.fixtureProfiles(), F.resolve("return-r1.docx"), "--record", record).exit());
        Mc2Run r = Mc2Run.of("status", "--record", record);
        assertEquals(1, r.exit(), r.toString());
        assertTrue(r.out().contains("| 6.1 Security Patches for Critical Vulnerabilities (patch-critical) | **escalated** | supplier | needs-escalation |"),
                r.out());
        assertTrue(r.out().contains("(cvd-programme) | **open** | supplier |"), r.out());
        assertTrue(r.out().contains("(patch-high) | **agreed** | supplier | within-fallback |"), r.out());
        assertTrue(r.out().contains("waiting for our answer to round 1 (mc2 respond)"), r.out());
    }

    @Test
    void statusWithoutARecordIsAUsageError() {
        Mc2Run r = Mc2Run.of("status", "--record", dir.resolve("nowhere"));
        assertEquals(2, r.exit(), r.toString());
        assertTrue(r.err().contains("holds no negotiation record"), r.err());
    }

    @Test
    void aMissingRecordIsOneLineAndTheReturnIsRatedFromProvenance() {
        Mc2Run r = Mc2Run.of("gap", "--library", io.mc2.testing.Fixtures.fixtureClauses(), "--profiles", io.mc2.testing.Fixtures.fixtureProfiles(), F.resolve("return-r1.docx"), "--record", dir.resolve("elsewhere"));
        assertEquals(1, r.exit(), r.toString());
        long lines = r.err().lines().filter(l -> l.contains("no negotiation record")).count();
        assertEquals(1, lines, r.err());
        assertTrue(r.err().contains("mc2: warning: no negotiation record at " + dir.resolve("elsewhere")
                + " (the document is round 1 of 'MSA-2026-0042'): rated against the draft its provenance names"), r.err());
        assertTrue(r.out().contains("regenerated from the provenance"), r.out());
        assertFalse(Files.exists(dir.resolve("elsewhere")));
    }

    @Test
    void aSecondAnswerToTheSameRoundIsRefusedAndOverwritesNothing() throws IOException {
        Mc2Run first = Mc2Run.of("respond", "--library", io.mc2.testing.Fixtures.fixtureClauses(), "--profiles", io.mc2.testing.Fixtures.fixtureProfiles(), F.resolve("return-r1.docx"), "-o", dir.resolve("counter.docx"), "--record", record);
        assertEquals(0, first.exit(), first.toString());
        byte[] index = Files.readAllBytes(record.resolve("record.json"));
        byte[] sent = Files.readAllBytes(record.resolve("round-2/sent.docx"));
        byte[] decisions = Files.readAllBytes(record.resolve("round-1/decisions.json"));
        Mc2Run again = Mc2Run.of("respond", "--library", io.mc2.testing.Fixtures.fixtureClauses(), "--profiles", io.mc2.testing.Fixtures.fixtureProfiles(), F.resolve("return-r1.docx"), "-o", dir.resolve("counter-again.docx"), "--record", record);
        assertEquals(2, again.exit(), again.toString());
        assertTrue(again.err().contains("round 1 was already answered (round-2/sent.docx); the record is append-only"), again.err());
        assertFalse(Files.exists(dir.resolve("counter-again.docx")));
        assertArrayEquals(index, Files.readAllBytes(record.resolve("record.json")));
        assertArrayEquals(sent, Files.readAllBytes(record.resolve("round-2/sent.docx")));
        assertArrayEquals(decisions, Files.readAllBytes(record.resolve("round-1/decisions.json")));
    }

    @Test
    void aTamperedRecordIsRefused() throws IOException {
        Files.write(record.resolve("round-1/sent.docx"), new byte[] {0}, StandardOpenOption.APPEND);
        Mc2Run r = Mc2Run.of("gap", "--library", io.mc2.testing.Fixtures.fixtureClauses(), "--profiles", io.mc2.testing.Fixtures.fixtureProfiles(), F.resolve("return-r1.docx"), "--record", record);
        assertEquals(4, r.exit(), r.toString());
        assertTrue(r.err().contains("round 1: round-1/sent.docx does not match the record"), r.err());
        assertTrue(r.err().contains("it was changed outside mc2; refusing to use this record"), r.err());
        assertEquals(4, Mc2Run.of("status", "--record", record).exit());
    }

    @Test
    void aReturnWhoseRoundHashDiffersFromTheRecordIsRefused() {
        // a record of another negotiation with the same id: its round 2 is not the one this return answers
        Path other = dir.resolve("other");
        assertEquals(0, Mc2Run.of("draft", "--library", io.mc2.testing.Fixtures.fixtureClauses(), "--profiles", io.mc2.testing.Fixtures.fixtureProfiles(), "--deal", F.resolve("deal.yaml"), "--date", "2026-03-01", "--profile", "health-system-strict", "-o", dir.resolve("other.docx"),
                "--record", other).exit());
        Mc2Run r = Mc2Run.of("gap", "--library", io.mc2.testing.Fixtures.fixtureClauses(), "--profiles", io.mc2.testing.Fixtures.fixtureProfiles(), F.resolve("return-r1.docx"), "--record", other);
        assertEquals(4, r.exit(), r.toString());
        assertTrue(r.err().contains("its round-1 provenance does not match negotiation record " + other), r.err());
    }
}
