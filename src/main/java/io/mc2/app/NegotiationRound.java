package io.mc2.app;

import io.mc2.gap.GapReport;
import io.mc2.negotiation.NegotiationRecord;
import io.mc2.negotiation.RecordIndex;
import io.mc2.negotiation.RoundStamp;
import io.mc2.problem.ExitCode;
import io.mc2.problem.Mc2Exception;
import io.mc2.redline.Comment;
import io.mc2.redline.RedlineDocument;
import io.mc2.redline.RedlineReader;
import io.mc2.report.JsonReportWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The round a supplier's return answers, found through the negotiation record: what we sent in it
 * (the document the return is rated against), and the recording of the return and of our answer.
 * The document's provenance only names the record and round; the folder comes from {@code --record}
 * or the default place, and the round's hash in the document must match the record's.
 */
public final class NegotiationRound {
    private final NegotiationRecord record;
    private final int number;
    private final Path sentFile;
    private final RedlineDocument sent;

    private NegotiationRound(NegotiationRecord record, int number, Path sentFile, RedlineDocument sent) {
        this.record = record;
        this.number = number;
        this.sentFile = sentFile;
        this.sent = sent;
    }

    /** The record's files written with {@link OutputFile}: round files never replace, the index does. */
    static final NegotiationRecord.Sink FILES = new NegotiationRecord.Sink() {
        @Override
        public void create(Path target, byte[] content) {
            OutputFile.write(target, false, List.of(), o -> o.write(content));
        }

        @Override
        public void replace(Path target, byte[] content) {
            OutputFile.write(target, true, List.of(), o -> o.write(content));
        }
    };

    /** The record in {@code option}, else {@code negotiation/ID} beside {@code file}, else in the working folder. */
    static NegotiationRecord locate(Path option, Path file, String id) {
        if (option != null) return NegotiationRecord.at(option, id, FILES);
        NegotiationRecord beside = NegotiationRecord.at(NegotiationRecord.besideFile(file, id), id, FILES);
        if (beside.exists()) return beside;
        NegotiationRecord here = NegotiationRecord.at(Path.of("negotiation", id), id, FILES);
        return here.exists() ? here : beside;
    }

    /**
     * The round {@code supplier} returns, or null when it names no negotiation (nor {@code --record}
     * was given) or the record is missing; then {@code warnings} gets one line saying so.
     */
    static NegotiationRound of(Path recordOption, Path supplierFile, RedlineDocument supplier, List<String> warnings) {
        RoundStamp.Named named = RoundStamp.Named.of(supplier.customProperties(), supplierFile.toString());
        if (named.negotiation() == null && recordOption == null) return null;
        String id = named.negotiation() != null ? named.negotiation() : NegotiationRecord.idIn(recordOption);
        int n = named.round() != null ? named.round() : 1;
        NegotiationRecord record = id == null ? null : locate(recordOption, supplierFile, id);
        if (record == null || !record.exists()) {
            Path where = record != null ? record.folder() : recordOption;
            warnings.add("no negotiation record at " + where + " (the document is round " + n
                    + (named.negotiation() != null ? " of '" + named.negotiation() + "'" : "") + "): rated against the draft its provenance names");
            return null;
        }
        RecordIndex.Round round = record.index().round(n);
        if (round == null) {
            throw new Mc2Exception(ExitCode.UNSAFE_DOCUMENT, supplierFile + ": names round " + n + " of '" + id + "', which "
                    + record.where() + " never sent; refusing to guess what it answers");
        }
        if (named.sentSha256() != null && !named.sentSha256().equalsIgnoreCase(round.sent().textSha256())) {
            throw new Mc2Exception(ExitCode.UNSAFE_DOCUMENT, supplierFile + ": its round-" + n + " provenance does not match "
                    + record.where() + " (the text we sent has another SHA-256): the record or the document is not the one sent");
        }
        Path sentFile = record.file(round.sent().file());
        return new NegotiationRound(record, n, sentFile, RedlineReader.read(sentFile));
    }

    public int number() {
        return number;
    }

    /** What we sent in this round, as a file of the record. */
    public Path sentFile() {
        return sentFile;
    }

    RedlineDocument sent() {
        return sent;
    }

    public NegotiationRecord record() {
        return record;
    }

    /**
     * The supplier's document without the comments that were already in what we sent: they belong
     * to an earlier round (ours, or the supplier's we answered), so they are no finding of this one.
     */
    RedlineDocument withoutEarlierComments(RedlineDocument supplier) {
        Map<String, Integer> earlier = new HashMap<>();
        for (Comment c : sent.comments()) earlier.merge(key(c), 1, Integer::sum);
        List<Comment> left = new ArrayList<>();
        for (Comment c : supplier.comments()) {
            if (earlier.getOrDefault(key(c), 0) > 0) earlier.merge(key(c), -1, Integer::sum);
            else left.add(c);
        }
        if (left.size() == supplier.comments().size()) return supplier;
        return new RedlineDocument(supplier.body(), supplier.headers(), supplier.footers(), supplier.footnotes(), supplier.endnotes(),
                supplier.revisions(), left, supplier.customProperties(), supplier.coreProperties(), supplier.externalRelationships(),
                supplier.textBoxes(), supplier.repairs());
    }

    private static String key(Comment c) {
        return c.author() + "\u0000" + io.mc2.align.Text.normalise(c.text());
    }

    /** Records the return and the report on it (once; the same return again changes nothing). */
    boolean recordReturn(byte[] returned, RedlineDocument read, Path file, GapReport report) {
        return record.recordReturn(number, file.getFileName().toString(), returned,
                RoundStamp.sha256(read.text(io.mc2.redline.View.ACCEPTED).getBytes(StandardCharsets.UTF_8)),
                JsonReportWriter.json(report).getBytes(StandardCharsets.UTF_8));
    }

    /** Our answer to this round, stamped as the next one; {@link Answer#record()} after the counter-redline is written. */
    Answer answer(byte[] counter, Path output, List<RespondWorkflow.Decision> decisions) {
        record.checkUnanswered(number);
        RoundStamp.Stamped stamped = RoundStamp.stamp(counter, record.id(), number + 1);
        return new Answer(stamped, record.folder(), () -> record.recordAnswer(number, Decisions.json(number, decisions),
                output.getFileName().toString(), stamped));
    }

    /**
     * Round 1 of a new negotiation: {@code draft} stamped with it, recorded once the draft is written.
     * A record that already holds another round 1 is left alone: the draft is then not stamped, and
     * {@code warnings} says so.
     */
    static Answer openFirst(Path recordOption, Path output, String agreementReference, byte[] draft, List<String> warnings) {
        String id = NegotiationRecord.idFor(agreementReference, output);
        NegotiationRecord record = NegotiationRecord.at(recordOption != null ? recordOption : NegotiationRecord.besideFile(output, id),
                id, FILES);
        RoundStamp.Stamped stamped = RoundStamp.stamp(draft, id, 1);
        RecordIndex.Round first = record.index().round(1);
        if (first == null) {
            return new Answer(stamped, record.folder(), () -> record.recordSent(1, output.getFileName().toString(), stamped));
        }
        if (first.sent().sha256().equals(stamped.sha256())) return new Answer(stamped, record.folder(), () -> { });
        warnings.add(record.where() + " already holds another round 1 (" + first.sent().name() + ", " + first.sent().at()
                + "): this draft is not recorded; name a new record with --record DIR");
        return new Answer(new RoundStamp.Stamped(draft, RoundStamp.sha256(draft), null), null, () -> { });
    }

    /** A document we send, ready to write: its bytes, the record (null when it is not recorded) and what records it. */
    public record Answer(RoundStamp.Stamped stamped, Path folder, Runnable recorder) {
        public byte[] bytes() {
            return stamped.bytes();
        }

        public void record() {
            recorder.run();
        }
    }
}
