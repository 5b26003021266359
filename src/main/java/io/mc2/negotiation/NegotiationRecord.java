package io.mc2.negotiation;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.mc2.problem.ExitCode;
import io.mc2.problem.Mc2Exception;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A negotiation record: a folder of plain files, one sub-folder per round ({@code round-N/sent.docx},
 * {@code returned.docx}, {@code gap-report.json}, {@code decisions.json}) and the index
 * {@code record.json}. Append-only: a round's file, once written, is never replaced; only the index
 * grows. Reading checks every recorded document against the SHA-256 the index holds, so a record
 * changed outside mc2 is refused (exit 4). Internal: it holds our positions and decisions.
 */
public final class NegotiationRecord {
    /** The index file's name. */
    public static final String INDEX = "record.json";
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** How the record writes its files: the caller's atomic writers (no-replace creation for round files). */
    public interface Sink {
        /** Creates {@code target} with {@code content}; fails when it exists. */
        void create(Path target, byte[] content);

        /** Writes {@code target} atomically, replacing it (the index only). */
        void replace(Path target, byte[] content);
    }

    private final Path folder;
    private final String id;
    private final Sink sink;
    private RecordIndex index;

    private NegotiationRecord(Path folder, String id, Sink sink) {
        this.folder = folder;
        this.id = id;
        this.sink = sink;
    }

    /** The record in {@code folder} for negotiation {@code id}; read (and checked) when it exists. */
    public static NegotiationRecord at(Path folder, String id, Sink sink) {
        NegotiationRecord r = new NegotiationRecord(folder, id, sink);
        if (Files.isRegularFile(folder.resolve(INDEX))) r.index = r.read();
        return r;
    }

    /** Whether a record id is usable as one folder name: letters, digits, '.', '-', '_', not starting with a dot. */
    public static boolean isId(String s) {
        return s != null && ID.matcher(s).matches() && !s.contains("..");
    }

    /** The id of a new negotiation: the agreement reference when there is one, else the draft's file stem, as a folder name. */
    public static String idFor(String agreementReference, Path draftFile) {
        String base = agreementReference != null && !agreementReference.isBlank() ? agreementReference
                : draftFile.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        String id = base.strip().replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("\\.{2,}", ".").replaceFirst("^[^A-Za-z0-9]+", "");
        if (id.length() > 100) id = id.substring(0, 100);
        return isId(id) ? id : "negotiation";
    }

    /** The id the index in {@code folder} names, or null when there is no index or no usable id (checked again on reading). */
    public static String idIn(Path folder) {
        Path index = folder.resolve(INDEX);
        if (!Files.isRegularFile(index)) return null;
        try {
            String id = JSON.readTree(index.toFile()).path("id").asText(null);
            return isId(id) ? id : null;
        } catch (IOException e) {
            throw unsafe(index + ": not a negotiation record index");
        }
    }

    /** The default folder of a record: {@code negotiation/ID} beside {@code file}. */
    public static Path besideFile(Path file, String id) {
        Path parent = file.getParent();
        return (parent == null ? Path.of("negotiation") : parent.resolve("negotiation")).resolve(id);
    }

    public Path folder() {
        return folder;
    }

    public String id() {
        return id;
    }

    /** Whether the record has an index (a round was recorded). */
    public boolean exists() {
        return index != null;
    }

    /** The index; an empty one when nothing is recorded yet. */
    public RecordIndex index() {
        return index != null ? index : new RecordIndex(RecordIndex.SCHEMA, id, java.util.List.of());
    }

    /** A file of the record by its path in the index; a path leaving the folder is refused. */
    public Path file(String relative) {
        Path p = folder.resolve(relative).normalize();
        if (!p.startsWith(folder.normalize()) || relative.startsWith("/")) throw unsafe(where() + ": the index names a file outside the record: " + relative);
        return p;
    }

    /** Records {@code stamped} as what we sent in round {@code n} (a round of its own, which must not exist yet). */
    public void recordSent(int n, String name, RoundStamp.Stamped stamped) {
        if (index().round(n) != null) {
            throw new Mc2Exception(ExitCode.USAGE, where() + ": round " + n + " was already sent (" + index().round(n).sent().file()
                    + "); the record is append-only: name another record with --record DIR");
        }
        String file = "round-" + n + "/sent.docx";
        create(file, stamped.bytes());
        save(index().with(new RecordIndex.Round(n, document(file, name, stamped.sha256(), stamped.textSha256()), null, null, null)));
    }

    /**
     * Records the supplier's return of round {@code n} and the gap report on it. The same return
     * again is already there and changes nothing (returns false); another one is refused.
     */
    public boolean recordReturn(int n, String name, byte[] returned, String textSha256, byte[] report) {
        RecordIndex.Round r = sentRound(n);
        String sha = RoundStamp.sha256(returned);
        if (r.returned() != null) {
            if (r.returned().sha256().equals(sha)) return false;
            throw new Mc2Exception(ExitCode.USAGE, where() + ": round " + n + " already holds another return (" + r.returned().file()
                    + ", received as " + r.returned().name() + "); the record is append-only");
        }
        String file = "round-" + n + "/returned.docx";
        String reportFile = "round-" + n + "/gap-report.json";
        create(file, returned);
        create(reportFile, report);
        save(index().with(r.withReturn(document(file, name, sha, textSha256), reportFile)));
        return true;
    }

    /** Refuses to answer round {@code n} twice (before anything is written). */
    public void checkUnanswered(int n) {
        RecordIndex.Round r = index().round(n);
        if (r != null && r.decisions() != null || index().round(n + 1) != null) {
            throw new Mc2Exception(ExitCode.USAGE, where() + ": round " + n + " was already answered (round-" + (n + 1)
                    + "/sent.docx); the record is append-only: answer the supplier's next return, or name another record with --record DIR");
        }
    }

    /** Records our decisions on round {@code n}'s return and the counter-redline as round {@code n + 1} sent. */
    public void recordAnswer(int n, byte[] decisions, String counterName, RoundStamp.Stamped counter) {
        checkUnanswered(n);
        String file = "round-" + n + "/decisions.json";
        create(file, decisions);
        save(index().with(sentRound(n).withDecisions(file)));
        recordSent(n + 1, counterName, counter);
    }

    /** The index entry of a round we sent; a round never sent is a usage error. */
    public RecordIndex.Round sentRound(int n) {
        RecordIndex.Round r = index().round(n);
        if (r == null) throw new Mc2Exception(ExitCode.USAGE, where() + ": has no round " + n + " sent");
        return r;
    }

    /** The record's folder as messages show it. */
    public String where() {
        return "negotiation record " + folder;
    }

    static Mc2Exception unsafe(String message) {
        return new Mc2Exception(ExitCode.UNSAFE_DOCUMENT, message);
    }

    private void create(String relative, byte[] content) {
        Path target = file(relative);
        try {
            Files.createDirectories(target.getParent());
        } catch (IOException e) {
            throw new Mc2Exception(ExitCode.USAGE, target.getParent() + ": cannot create the folder: " + e.getMessage(), e);
        }
        sink.create(target, content);
    }

    private void save(RecordIndex next) {
        try {
            Files.createDirectories(folder);
            sink.replace(folder.resolve(INDEX), JSON.writeValueAsBytes(next));
        } catch (IOException e) {
            throw new Mc2Exception(ExitCode.USAGE, folder + ": cannot write " + INDEX + ": " + e.getMessage(), e);
        }
        index = next;
    }

    private static RecordIndex.Document document(String file, String name, String sha, String textSha) {
        return new RecordIndex.Document(file, name, sha, textSha, Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
    }

    /** Reads the index and checks every document it lists against its SHA-256. */
    private RecordIndex read() {
        Path indexFile = folder.resolve(INDEX);
        RecordIndex read;
        try {
            read = JSON.readValue(Files.readAllBytes(indexFile), RecordIndex.class);
        } catch (IOException e) {
            throw unsafe(indexFile + ": not a negotiation record index: " + e.getMessage().lines().findFirst().orElse(""));
        }
        if (!RecordIndex.SCHEMA.equals(read.schema())) throw unsafe(indexFile + ": schema is not " + RecordIndex.SCHEMA);
        if (!id.equals(read.id())) {
            throw unsafe(indexFile + ": is the record of negotiation '" + read.id() + "', not '" + id + "'");
        }
        for (RecordIndex.Round r : read.rounds()) {
            check(r.sent(), r.number());
            check(r.returned(), r.number());
        }
        return read;
    }

    private void check(RecordIndex.Document d, int round) {
        if (d == null) return;
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file(d.file()));
        } catch (IOException e) {
            throw unsafe(where() + ": round " + round + ": " + d.file() + " is missing or unreadable; the record was changed outside mc2");
        }
        String sha = RoundStamp.sha256(bytes);
        if (!sha.equalsIgnoreCase(d.sha256())) {
            throw unsafe(where() + ": round " + round + ": " + d.file() + " does not match the record (SHA-256 " + sha.substring(0, 12)
                    + "\u2026, recorded " + String.valueOf(d.sha256()).toLowerCase(Locale.ROOT).substring(0, Math.min(12, String.valueOf(d.sha256()).length()))
                    + "\u2026): it was changed outside mc2; refusing to use this record");
        }
    }
}
