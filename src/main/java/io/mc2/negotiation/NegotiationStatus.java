package io.mc2.negotiation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mc2.align.SegmentKey;
import io.mc2.align.SentDraft;
import io.mc2.align.SentParagraph;
import io.mc2.redline.RedlineReader;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where a negotiation stands, read from its record: for every clause its state after the latest
 * rated return (agreed, open, escalated, beyond walk-away), who moved last, its verdict and our
 * decision in every round, and its text as we last sent it. Internal: it names our verdicts.
 *
 * @param round the latest round
 * @param next  what the negotiation waits for, in words
 */
public record NegotiationStatus(String schema, String id, int round, String next, List<ClauseState> clauses) {
    public static final String SCHEMA = "mc2.negotiation-status/1";
    public static final String AGREED = "agreed";
    public static final String OPEN = "open";
    public static final String ESCALATED = "escalated";
    public static final String BEYOND_WALK_AWAY = "beyond-walk-away";

    /**
     * One clause (or another part the supplier touched in some round).
     *
     * @param movedLast "supplier", "us", or "nobody" (unchanged in every return)
     * @param text      the clause as we last sent it (accepted view): the agreed text when the state is agreed
     */
    public record ClauseState(String id, String kind, String number, String title, String state, String movedLast,
                              List<Step> rounds, String text) {
    }

    /** The clause in one rated round: the verdict on the return and our decision on it (null when not answered). */
    public record Step(int round, String verdict, boolean silent, int openComments, String decision) {
        boolean changed() {
            return !"unchanged".equals(verdict) || silent || openComments > 0;
        }
    }

    /** Whether every clause is agreed. */
    public boolean allAgreed() {
        return !clauses.isEmpty() && clauses.stream().allMatch(c -> c.state().equals(AGREED));
    }

    /** Reads the state of {@code record} (which must hold at least one round). */
    public static NegotiationStatus of(NegotiationRecord record) {
        RecordIndex index = record.index();
        Map<String, ClauseBuilder> clauses = new LinkedHashMap<>();
        RecordIndex.Round rated = null;
        for (RecordIndex.Round r : index.rounds()) {
            if (r.report() == null) continue;
            rated = r;
            Map<String, String> decisions = decisions(record, r);
            for (JsonNode c : json(record, r.report()).path("clauses")) {
                int open = 0;
                for (JsonNode k : c.path("comments")) if (!k.path("resolved").asBoolean()) open++;
                ClauseBuilder b = clauses.computeIfAbsent(c.path("id").asText(), id -> new ClauseBuilder());
                b.kind = c.path("kind").asText();
                b.number = c.path("number").asText(null);
                b.title = c.path("title").asText();
                b.steps.add(new Step(r.number(), c.path("verdict").asText(), c.path("silent").asBoolean(), open,
                        decisions.get(c.path("id").asText())));
                b.lastRound = r.number();
            }
        }
        Map<String, String> texts = texts(record, index.latest(), clauses.keySet());
        List<ClauseState> out = new ArrayList<>();
        for (Map.Entry<String, ClauseBuilder> e : clauses.entrySet()) {
            ClauseBuilder b = e.getValue();
            // a part that is no clause and never changed is noise; a novel block of an earlier return is gone
            if (b.lastRound != rated.number()) continue;
            if (!b.kind.equals("clause") && b.steps.stream().noneMatch(Step::changed)) continue;
            Step last = b.steps.get(b.steps.size() - 1);
            out.add(new ClauseState(e.getKey(), b.kind, b.number, b.title, state(last), movedLast(b.steps), List.copyOf(b.steps),
                    texts.get(e.getKey())));
        }
        boolean agreed = !out.isEmpty() && out.stream().allMatch(c -> c.state().equals(AGREED));
        String next = agreed && rated == index.latest() ? "signature: every clause is agreed" : next(index);
        return new NegotiationStatus(SCHEMA, record.id(), index.latest().number(), next, out);
    }

    private static final class ClauseBuilder {
        String kind;
        String number;
        String title;
        int lastRound;
        final List<Step> steps = new ArrayList<>();
    }

    private static String state(Step s) {
        if (s.silent() || s.openComments() > 0) return OPEN;
        return switch (s.verdict()) {
            case "unchanged", "meets-preferred", "within-fallback", "deleted-optional", "missing-optional" -> AGREED;
            case "needs-escalation" -> ESCALATED;
            case "beyond-walk-away", "deleted-required", "missing-required" -> BEYOND_WALK_AWAY;
            default -> OPEN;
        };
    }

    /** The side of the last change: the supplier's change (whether or not we accepted it), or our counter or restoration. */
    private static String movedLast(List<Step> steps) {
        for (int i = steps.size() - 1; i >= 0; i--) {
            Step s = steps.get(i);
            if (!s.changed()) continue;
            String d = s.decision();
            boolean ours = d != null && (d.startsWith("countered") || d.startsWith("reverted") || d.startsWith("restored")
                    || d.startsWith("silent edit reverted"));
            return ours ? "us" : "supplier";
        }
        return "nobody";
    }

    private static String next(RecordIndex index) {
        RecordIndex.Round last = index.latest();
        if (last.returned() == null) return "the supplier's return of round " + last.number() + " (" + last.sent().name() + ")";
        if (last.decisions() == null) return "our answer to round " + last.number() + " (mc2 respond)";
        return "round " + (last.number() + 1);
    }

    private static Map<String, String> decisions(NegotiationRecord record, RecordIndex.Round r) {
        Map<String, String> out = new HashMap<>();
        if (r.decisions() == null) return out;
        for (JsonNode d : json(record, r.decisions()).path("decisions")) out.put(d.path("id").asText(), d.path("action").asText());
        return out;
    }

    /** Each clause's text in what we last sent, read from the record's document. */
    private static Map<String, String> texts(NegotiationRecord record, RecordIndex.Round latest, Set<String> ids) {
        Set<String> clauseIds = new LinkedHashSet<>(ids);
        // a counter-redline keeps bookmarks on clause headings only; round 1, our own draft, has every clause tagged
        RecordIndex.Round first = record.index().rounds().get(0);
        SentDraft sent = SentDraft.of(RedlineReader.read(record.file(latest.sent().file())),
                () -> SentDraft.of(RedlineReader.read(record.file(first.sent().file())), clauseIds), clauseIds);
        Map<String, StringBuilder> text = new LinkedHashMap<>();
        for (SentParagraph p : sent.paragraphs()) {
            if (p.segment().kind() != SegmentKey.Kind.CLAUSE || p.heading()) continue;
            StringBuilder sb = text.computeIfAbsent(p.segment().id(), k -> new StringBuilder());
            if (sb.length() > 0) sb.append('\n');
            sb.append(p.text());
        }
        Map<String, String> out = new HashMap<>();
        text.forEach((k, v) -> out.put(k, v.toString()));
        return out;
    }

    private static JsonNode json(NegotiationRecord record, String file) {
        try {
            return new ObjectMapper().readTree(Files.readAllBytes(record.file(file)));
        } catch (IOException e) {
            throw NegotiationRecord.unsafe(record.where() + ": " + file + " is missing or not JSON; the record was changed outside mc2");
        }
    }
}
