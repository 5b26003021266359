package io.mc2.app;

import io.mc2.negotiation.NegotiationRecord;
import io.mc2.negotiation.NegotiationStatus;
import io.mc2.problem.ExitCode;
import io.mc2.problem.Mc2Exception;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code mc2 status}: where a negotiation stands, from its record (given, or the only one in
 * {@code negotiation/} of the working folder).
 */
public final class StatusWorkflow {
    /** The status of the record in {@code folder}, or of the only record under {@code negotiation/} when null. */
    public NegotiationStatus run(Path folder) {
        Path dir = folder != null ? folder : onlyRecord();
        if (!Files.isRegularFile(dir.resolve(NegotiationRecord.INDEX))) {
            throw new Mc2Exception(ExitCode.USAGE, dir + ": holds no negotiation record (no " + NegotiationRecord.INDEX
                    + "); 'mc2 draft' opens one beside the draft");
        }
        String id = NegotiationRecord.idIn(dir);
        if (id == null) throw new Mc2Exception(ExitCode.UNSAFE_DOCUMENT, dir.resolve(NegotiationRecord.INDEX) + ": names no record id");
        NegotiationRecord record = NegotiationRecord.at(dir, id, NegotiationRound.FILES);
        if (record.index().rounds().isEmpty()) throw new Mc2Exception(ExitCode.USAGE, record.where() + ": has no round yet");
        return NegotiationStatus.of(record);
    }

    private static Path onlyRecord() {
        Path root = Path.of("negotiation");
        List<Path> records;
        try (Stream<Path> s = Files.isDirectory(root) ? Files.list(root) : Stream.empty()) {
            records = s.filter(p -> Files.isRegularFile(p.resolve(NegotiationRecord.INDEX))).sorted().toList();
        } catch (IOException e) {
            records = List.of();
        }
        if (records.size() == 1) return records.get(0);
        throw new Mc2Exception(ExitCode.USAGE, records.isEmpty() ? "no negotiation record in negotiation/; name one with --record DIR"
                : "several negotiation records in negotiation/ (" + String.join(", ", records.stream().map(p -> p.getFileName().toString())
                        .toList()) + "); name one with --record DIR");
    }
}
