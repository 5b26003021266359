package io.mc2.gap;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The portfolio view of many supplier documents rated against one standard profile: a row per
 * document, a column per clause of the draft, a verdict in each cell. Shaped as the
 * {@code mc2.gap-matrix/1} JSON (see {@code gap-matrix.schema.json}).
 *
 * @param profile  the profile every document was rated against, or null when they were rated against several (or none could be read)
 * @param clauses  the columns, in draft order
 * @param documents the rows, by file name
 */
public record GapMatrix(String schema, String profile, List<Column> clauses, List<Row> documents) {

    public static final String SCHEMA = "mc2.gap-matrix/1";

    public GapMatrix {
        clauses = List.copyOf(clauses);
        documents = List.copyOf(documents);
    }

    /** One clause of the draft. */
    public record Column(String id, String number, String title) {
    }

    /** Where a document's own reports are, relative to the matrix. */
    public record Reports(String html, String json) {
    }

    /**
     * One supplier document. A document that could not be analysed has only {@code file} and
     * {@code error}; the other fields are null, empty or zero.
     *
     * @param verdicts    verdict per clause id, in draft order
     * @param other       the worst verdict among everything that is not a clause: definitions, the
     *                    title, parties and signatures, and text the supplier added
     * @param silent      ids of the entries changed without being marked as a change
     * @param openComments supplier comments not in a resolved thread
     * @param commented   ids of the entries those comments are anchored in
     * @param needsReview whether a person has to look (a failed document always needs one)
     */
    public record Row(String file, String profile, Map<String, Verdict> verdicts, Verdict other, int silentEdits,
                      List<String> silent, int openComments, List<String> commented, boolean needsReview, Reports reports,
                      String error) {
        public Row {
            verdicts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(verdicts));
            silent = List.copyOf(silent);
            commented = List.copyOf(commented);
        }

        /** The row of a document that was analysed. */
        public static Row of(String file, GapReport report, Reports reports) {
            Map<String, Verdict> verdicts = new LinkedHashMap<>();
            Verdict other = Verdict.UNCHANGED;
            List<String> silent = new ArrayList<>();
            List<String> commented = new ArrayList<>();
            for (GapReport.ClauseReport c : report.clauses()) {
                if (c.comments().stream().anyMatch(x -> !x.resolved())) commented.add(c.id());
                if ("clause".equals(c.kind())) {
                    verdicts.put(c.id(), c.verdict());
                } else {
                    other = Verdict.worse(other, c.verdict());
                }
                if (c.silent()) silent.add(c.id());
            }
            return new Row(file, report.draft().profile(), verdicts, other, report.summary().silentEdits(), silent,
                    report.summary().openComments(), commented, report.summary().needsReview(), reports, null);
        }

        /** The row of a document that could not be analysed. */
        public static Row failed(String file, String error) {
            return new Row(file, null, Map.of(), null, 0, List.of(), 0, List.of(), true, null, error);
        }
    }

    /** Whether any document needs a person or failed (exit code 1). */
    public boolean needsReview() {
        return documents.stream().anyMatch(Row::needsReview);
    }

    /** How many documents could not be analysed. */
    public long failed() {
        return documents.stream().filter(d -> d.error() != null).count();
    }
}
