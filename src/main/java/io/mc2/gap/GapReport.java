package io.mc2.gap;

import java.util.List;
import java.util.Map;

/**
 * The result of a gap analysis, shaped as the {@code mc2.gap/1} JSON report (see
 * {@code gap-report.schema.json}).
 */
public record GapReport(String schema, RedlineInfo redline, DraftInfo draft, Summary summary, List<ClauseReport> clauses) {

    public static final String SCHEMA = "mc2.gap/1";

    public GapReport {
        clauses = List.copyOf(clauses);
    }

    /** The supplier's document. */
    public record RedlineInfo(String file, List<String> authors, int revisions, int comments, List<String> externalRelationships) {
    }

    /**
     * The draft it was compared with.
     *
     * @param profileFrom who chose the profile that rated the document: {@link #FROM_OPTION} (the
     *                    user, with {@code --profile}) or {@link #FROM_PROVENANCE} (the document)
     */
    public record DraftInfo(String profile, String profileVersion, String profileFrom, String library, String libraryVersion,
                            String source, List<String> warnings) {
        public static final String FROM_OPTION = "--profile";
        public static final String FROM_PROVENANCE = "provenance";
        /** mc2 review without --profile: the default profile rated the paper. */
        public static final String FROM_DEFAULT = "default";
    }

    /**
     * Counts per verdict (every verdict listed), silent edits, supplier comments that are still open
     * (not in a resolved thread), and whether a person must look.
     */
    public record Summary(Map<String, Integer> verdicts, int silentEdits, int openComments, int clauses, boolean needsReview) {
    }

    /**
     * One clause (or definition, or document part, or novel block).
     *
     * @param paper where a supplier's own paper addresses the clause (its clause numbers, "4.2, 7"), or null
     *              for a redline of our draft (then left out of the JSON)
     */
    public record ClauseReport(String id, String kind, String title, String number, String party, String mc2, String change,
                               boolean tracked, boolean silent, Verdict verdict, VariantReport variant,
                               List<ParameterReport> parameters, List<Finding> findings, List<DiffPiece> diff,
                               List<CommentReport> comments,
                               @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
                               String paper) {
        /** An entry of a redline of our own draft: no paper clause. */
        public ClauseReport(String id, String kind, String title, String number, String party, String mc2, String change,
                            boolean tracked, boolean silent, Verdict verdict, VariantReport variant,
                            List<ParameterReport> parameters, List<Finding> findings, List<DiffPiece> diff,
                            List<CommentReport> comments) {
            this(id, kind, title, number, party, mc2, change, tracked, silent, verdict, variant, parameters, findings, diff, comments, null);
        }
    }

    /** The wording we sent and the one recognised in the supplier's text (null when none matched). */
    public record VariantReport(String sent, String found) {
    }

    /** One parameter: values as written in YAML (e.g. "30"), the found one possibly converted to our unit. */
    public record ParameterReport(String name, String label, String unit, String sent, String found, String foundText, String preferred,
                                  String fallback, String walkAway, Verdict verdict) {
    }

    /** A language rule or check that fired, with the text that made it fire. */
    public record Finding(String rule, String title, String evidence, String severity) {
    }

    /** A piece of the word diff between what we sent and the supplier's accepted text. */
    public record DiffPiece(String op, String text) {
    }

    /**
     * A supplier comment anchored in the clause; {@code resolved} when it, or the comment its thread
     * starts with, is marked done (settled, so not a finding).
     */
    public record CommentReport(String id, String author, String date, String text, String anchor, boolean resolved) {
        /** "Supplier Counsel, 2026-11-02T10:00:00Z", or "(no author)"; a date only when it is one. */
        public String by() {
            String who = author == null || author.isBlank() ? "(no author)" : author;
            // LibreOffice writes "0-00-00T00:00:00Z" for a comment without a date
            return who + (date != null && date.matches("[12]\\d{3}-.*") ? ", " + date : "");
        }
    }
}
