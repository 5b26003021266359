package io.mc2.negotiation;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code record.json}, the index of a negotiation record (schema {@value #SCHEMA}): every round
 * with what we sent and what came back, and the files of the round's report and decisions (paths
 * relative to the record folder).
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record RecordIndex(String schema, String id, List<Round> rounds) {
    public static final String SCHEMA = "mc2.negotiation/1";

    public RecordIndex {
        rounds = rounds == null ? List.of() : List.copyOf(rounds);
    }

    /**
     * One round: the document we sent, the one the supplier returned (null until it comes back),
     * the gap report on the return and our decisions on it (null until made).
     */
    public record Round(int number, Document sent, Document returned, String report, String decisions) {
        Round withReturn(Document returned, String report) {
            return new Round(number, sent, returned, report, decisions);
        }

        Round withDecisions(String decisions) {
            return new Round(number, sent, returned, report, decisions);
        }
    }

    /**
     * A document of the record.
     *
     * @param file       its path in the record folder, e.g. {@code round-2/sent.docx}
     * @param name       the file name it was sent or received under
     * @param sha256     SHA-256 of its bytes
     * @param textSha256 SHA-256 of its accepted text (one line per body paragraph)
     * @param at         when it was recorded (ISO-8601, UTC)
     */
    public record Document(String file, String name, String sha256, String textSha256, String at) {
    }

    /** The round numbered {@code n}, or null. */
    public Round round(int n) {
        for (Round r : rounds) if (r.number() == n) return r;
        return null;
    }

    /** The last round, or null when there is none. */
    public Round latest() {
        return rounds.isEmpty() ? null : rounds.get(rounds.size() - 1);
    }

    /** This index with round {@code r} added or replaced (the earlier rounds as they were). */
    RecordIndex with(Round r) {
        List<Round> out = new ArrayList<>();
        boolean placed = false;
        for (Round x : rounds) {
            if (x.number() == r.number()) {
                out.add(r);
                placed = true;
            } else {
                out.add(x);
            }
        }
        if (!placed) out.add(r);
        return new RecordIndex(schema, id, out);
    }
}
