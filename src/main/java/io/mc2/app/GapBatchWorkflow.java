package io.mc2.app;

import io.mc2.gap.GapMatrix;
import io.mc2.gap.GapReport;
import io.mc2.model.ClauseInstance;
import io.mc2.model.Contract;
import io.mc2.problem.ExitCode;
import io.mc2.problem.Mc2Exception;
import io.mc2.redline.RedlineDocument;
import io.mc2.redline.RedlineReader;
import io.mc2.report.HtmlReportWriter;
import io.mc2.report.JsonReportWriter;
import io.mc2.report.MatrixCsvWriter;
import io.mc2.report.MatrixHtmlWriter;
import io.mc2.report.MatrixJsonWriter;
import io.mc2.report.MatrixXlsxWriter;
import io.mc2.template.ClauseRenderer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * {@code mc2 gap --batch}: rates every supplier document in a folder against the draft we sent,
 * in parallel, and writes the portfolio matrix ({@code matrix.csv}, {@code matrix.json},
 * {@code matrix.html}, {@code matrix.xlsx}) and each document's reports ({@code reports/NAME.html}, {@code .json}).
 * The draft is prepared once per distinct provenance ({@link PreparedDrafts}). A document that
 * cannot be read, is unsafe or carries no provenance becomes an error row; it never stops the batch.
 */
public final class GapBatchWorkflow {

    /**
     * One batch.
     *
     * @param folder  the folder of supplier documents (not searched recursively)
     * @param output  the folder to write into; must be absent or empty unless {@code force}
     * @param draft   the draft we sent, or null to regenerate it from each document's provenance
     * @param profile profile id or path overriding the one the provenance names, or null
     * @param jobs    how many documents to analyse at once
     */
    public record Request(Path folder, Path output, Path draft, String profile, Path libraryDir, Path profilesDir, int jobs,
                          boolean force) {
    }

    /** A document that could not be analysed: its path, the kind of problem and the message. */
    public record Failure(Path file, ExitCode kind, String message) {
    }

    /** The matrix, the documents that failed, and the warnings about provenance and repaired files (each once). */
    public record Result(GapMatrix matrix, List<Failure> failures, List<String> warnings, List<Path> written) {
        /** 0 when every document is acceptable, 1 when any needs a person or failed, 5 when mc2 hit a bug on one. */
        public int exitCode() {
            if (failures.stream().anyMatch(f -> f.kind() == ExitCode.INTERNAL)) return ExitCode.INTERNAL.code();
            return matrix.needsReview() ? ExitCode.NEEDS_REVIEW.code() : ExitCode.OK.code();
        }
    }

    /** Told about each document as it finishes, on the thread that called {@link #run}. */
    public interface Progress {
        void started(int total);

        void finished(int done, int total, GapMatrix.Row row, Failure failure);
    }

    private record Outcome(GapMatrix.Row row, Failure failure, Contract contract, List<String> warnings) {
    }

    private final ClauseRenderer renderer = new ClauseRenderer();

    public Result run(Request r, Progress progress) {
        if (r.jobs() < 1) throw new Mc2Exception(ExitCode.USAGE, "--jobs must be at least 1");
        List<String> skipped = new ArrayList<>();
        List<Path> documents = documents(r.folder(), skipped);
        // the library and --draft first: a problem with them leaves no output folder behind
        PreparedDrafts drafts = new PreparedDrafts(r.draft(), r.profile(), r.libraryDir(), r.profilesDir(), renderer);
        try (OutputFolder held = OutputFolder.hold(r.output(), r.force())) {
            Result result = run(r, progress, documents, drafts);
            List<String> warnings = new ArrayList<>(skipped);
            warnings.addAll(result.warnings());
            return new Result(result.matrix(), result.failures(), warnings, result.written());
        }
    }

    private Result run(Request r, Progress progress, List<Path> documents, PreparedDrafts drafts) {
        OutputFolder.create(r.output().resolve("reports"));
        Map<Path, String> names = reportNames(documents);
        List<Path> inputs = new ArrayList<>(documents);
        inputs.addAll(InputFiles.of(drafts.library(), null, r.draft()));
        List<Outcome> outcomes = new ArrayList<>(java.util.Collections.nCopies(documents.size(), null));
        progress.started(documents.size());
        AtomicInteger threads = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(r.jobs(), Math.max(1, documents.size())), task -> {
            Thread t = new Thread(task, "mc2-gap-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            CompletionService<Map.Entry<Integer, Outcome>> done = new ExecutorCompletionService<>(pool);
            for (int i = 0; i < documents.size(); i++) {
                int index = i;
                Path doc = documents.get(i);
                done.submit(() -> Map.entry(index, analyse(doc, names.get(doc), drafts, r, inputs)));
            }
            for (int n = 1; n <= documents.size(); n++) {
                Map.Entry<Integer, Outcome> e = take(done);
                outcomes.set(e.getKey(), e.getValue());
                progress.finished(n, documents.size(), e.getValue().row(), e.getValue().failure());
            }
        } finally {
            pool.shutdownNow();
        }
        GapMatrix matrix = matrix(outcomes);
        List<Path> written = new ArrayList<>();
        write(r.output().resolve("matrix.csv"), r, inputs, written, out -> new MatrixCsvWriter().write(matrix, out));
        write(r.output().resolve("matrix.json"), r, inputs, written, out -> new MatrixJsonWriter().write(matrix, out));
        write(r.output().resolve("matrix.html"), r, inputs, written, out -> new MatrixHtmlWriter().write(matrix, out));
        write(r.output().resolve("matrix.xlsx"), r, inputs, written, out -> new MatrixXlsxWriter().write(matrix, out));
        List<Failure> failures = outcomes.stream().map(Outcome::failure).filter(java.util.Objects::nonNull).toList();
        List<String> warnings = outcomes.stream().flatMap(o -> o.warnings().stream()).distinct().toList();
        return new Result(matrix, failures, warnings, written);
    }

    private static Map.Entry<Integer, Outcome> take(CompletionService<Map.Entry<Integer, Outcome>> done) {
        try {
            return done.take().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Mc2Exception(ExitCode.INTERNAL, "interrupted", e);
        } catch (ExecutionException e) {
            // a problem with the library or a profile file is everyone's problem: stop the batch
            if (e.getCause() instanceof RuntimeException re) throw re;
            throw new Mc2Exception(ExitCode.INTERNAL, "internal error: " + Mc2Exception.describe(e.getCause()), e.getCause());
        }
    }

    private Outcome analyse(Path doc, String name, PreparedDrafts drafts, Request r, List<Path> inputs) {
        String file = doc.getFileName().toString();
        try {
            RedlineDocument supplier = RedlineReader.read(doc);
            PreparedDraft draft = drafts.forDocument(supplier, doc);
            GapReport report = draft.evaluate(supplier, file).report();
            GapMatrix.Reports reports = new GapMatrix.Reports("reports/" + name + ".html", "reports/" + name + ".json");
            List<Path> read = new ArrayList<>(inputs);
            read.addAll(draft.profile().chain());
            OutputFile.write(r.output().resolve(reports.html()), r.force(), read, out -> new HtmlReportWriter().write(report, out));
            OutputFile.write(r.output().resolve(reports.json()), r.force(), read, out -> new JsonReportWriter().write(report, out));
            List<String> warnings = new ArrayList<>(supplier.repairs());
            warnings.addAll(draft.warnings());
            return new Outcome(GapMatrix.Row.of(file, report, reports), null, draft.contract(), warnings);
        } catch (Mc2Exception e) {
            if (e.exitCode() != ExitCode.UNSAFE_DOCUMENT && e.exitCode() != ExitCode.USAGE) throw e;
            return failed(doc, file, e.exitCode(), e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            return failed(doc, file, ExitCode.INTERNAL, "internal error: " + Mc2Exception.describe(e));
        }
    }

    private static Outcome failed(Path doc, String file, ExitCode kind, String message) {
        // the matrix names the document by its file name; the folder is the same for every row
        String prefix = doc + ": ";
        String shortMessage = message.startsWith(prefix) ? message.substring(prefix.length()) : message;
        return new Outcome(GapMatrix.Row.failed(file, shortMessage), new Failure(doc, kind, message), null, List.of());
    }

    /**
     * Columns: every clause a document was rated on, in draft order (the first document's draft
     * first). A clause of today's library that the draft sent never had (a --draft from an older
     * library) has no verdict in any row and gets no column.
     */
    private static GapMatrix matrix(List<Outcome> outcomes) {
        Map<String, GapMatrix.Column> columns = new LinkedHashMap<>();
        Set<String> profiles = new HashSet<>();
        List<GapMatrix.Row> rows = new ArrayList<>();
        for (Outcome o : outcomes) {
            rows.add(o.row());
            if (o.contract() == null) continue;
            profiles.add(o.row().profile());
            for (ClauseInstance ci : o.contract().clauses()) {
                if (o.row().verdicts().containsKey(ci.id())) {
                    columns.putIfAbsent(ci.id(), new GapMatrix.Column(ci.id(), ci.number(), ci.title()));
                }
            }
        }
        String profile = profiles.size() == 1 ? profiles.iterator().next() : null;
        return new GapMatrix(GapMatrix.SCHEMA, profile, new ArrayList<>(columns.values()), rows);
    }

    /**
     * The .docx files of the folder by name, leaving out Word's lock files ({@code ~$name.docx}); a
     * .docx name that is not a regular file (a fifo, a device, a folder, a dangling link) would block
     * or fail the reader, so it is left out with a note in {@code skipped}.
     */
    static List<Path> documents(Path folder, List<String> skipped) {
        if (!Files.isDirectory(folder)) throw new Mc2Exception(ExitCode.USAGE, folder + ": not a folder");
        List<Path> out;
        try (Stream<Path> files = Files.list(folder)) {
            out = files.filter(p -> {
                String n = p.getFileName().toString();
                if (!n.toLowerCase(Locale.ROOT).endsWith(".docx") || n.startsWith("~$")) return false;
                if (Files.isRegularFile(p)) return true;
                skipped.add(p + ": skipped, not a regular file");
                return false;
            }).sorted(java.util.Comparator.comparing(p -> p.getFileName().toString())).toList();
            java.util.Collections.sort(skipped);
        } catch (IOException e) {
            throw new Mc2Exception(ExitCode.USAGE, folder + ": cannot list: " + e.getMessage(), e);
        }
        if (out.isEmpty()) throw new Mc2Exception(ExitCode.USAGE, folder + ": no .docx files");
        return out;
    }

    /** Report base names: the file name without .docx, made unique ignoring case (file systems differ). */
    static Map<Path, String> reportNames(List<Path> documents) {
        Map<Path, String> names = new LinkedHashMap<>();
        Set<String> used = new HashSet<>();
        for (Path p : documents) {
            String n = p.getFileName().toString();
            String base = n.substring(0, n.length() - ".docx".length());
            if (base.isEmpty()) base = "document";
            String name = base;
            for (int k = 2; !used.add(name.toLowerCase(Locale.ROOT)); k++) name = base + "-" + k;
            names.put(p, name);
        }
        return names;
    }

    private static void write(Path target, Request r, List<Path> inputs, List<Path> written, OutputFile.Content content) {
        OutputFile.write(target, r.force(), inputs, content);
        written.add(target);
    }
}
