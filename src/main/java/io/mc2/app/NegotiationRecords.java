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
 * The negotiation records kept under one folder, one {@code ID/} per negotiation, as the web app
 * keeps them ({@code mc2 serve --records DIR}). A record is only ever found by the id a document's
 * provenance or a page names, checked as a record id (never a path), so nothing outside the folder
 * is read or written.
 */
public final class NegotiationRecords {
    private final Path root;

    /** The records under {@code root}, which must be a folder (it is created when missing). */
    public NegotiationRecords(Path root) {
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new Mc2Exception(ExitCode.USAGE, root + ": cannot be used as the folder of negotiation records: " + e.getMessage(), e);
        }
        this.root = root;
    }

    public Path root() {
        return root;
    }

    /** The ids of the records that hold at least one round, sorted. */
    public List<String> ids() {
        try (Stream<Path> s = Files.list(root)) {
            return s.filter(p -> Files.isRegularFile(p.resolve(NegotiationRecord.INDEX))).map(p -> p.getFileName().toString())
                    .filter(NegotiationRecord::isId).sorted().toList();
        } catch (IOException e) {
            throw new Mc2Exception(ExitCode.INVALID_INPUT_FILE, root + ": cannot list the negotiation records: " + e.getMessage(), e);
        }
    }

    /** The record {@code id}, or null when the id is not one or nothing is recorded under it. */
    public NegotiationRecord record(String id) {
        if (!NegotiationRecord.isId(id)) return null;
        NegotiationRecord r = NegotiationRecord.at(root.resolve(id), id, NegotiationRound.FILES);
        return r.exists() ? r : null;
    }

    /** Where negotiation {@code id} (as a document's provenance names it) is recorded here, or null. */
    public Path folderOf(String id) {
        return record(id) != null ? root.resolve(id) : null;
    }

    /** The state of record {@code id} across its rounds; null when there is no such record. */
    public NegotiationStatus status(String id) {
        NegotiationRecord r = record(id);
        return r == null ? null : NegotiationStatus.of(r);
    }

    /**
     * Round 1 of the negotiation of {@code agreementReference} (else of {@code fileName}'s stem):
     * {@code draft} stamped and recorded here. The same draft again changes nothing; a record that
     * already holds another round 1 leaves the draft unstamped, and {@code warnings} says so.
     */
    public NegotiationRound.Answer openFirst(byte[] draft, String fileName, String agreementReference, List<String> warnings) {
        String id = NegotiationRecord.idFor(agreementReference, Path.of(fileName));
        NegotiationRound.Answer first = NegotiationRound.openFirst(root.resolve(id), Path.of(fileName), agreementReference, draft, warnings);
        first.record();
        return first;
    }
}
