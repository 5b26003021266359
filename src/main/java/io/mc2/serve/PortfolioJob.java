package io.mc2.serve;

import io.mc2.app.GapBatchWorkflow;
import io.mc2.gap.GapMatrix;
import java.nio.file.Path;
import java.util.List;

/**
 * One portfolio being analysed by {@link GapBatchWorkflow} on the server's worker thread: how far
 * it has got (for the progress page), then the matrix, or why it failed. Its folder holds the
 * uploads ({@code in/}, removed once analysed) and what the batch wrote ({@code out/}).
 */
final class PortfolioJob implements GapBatchWorkflow.Progress {
    private final String id;
    private final Path folder;
    private final List<Uploads.Document> documents;
    private volatile int total;
    private volatile int done;
    private volatile GapBatchWorkflow.Result result;
    private volatile String error;

    PortfolioJob(String id, Path folder, List<Uploads.Document> documents) {
        this.id = id;
        this.folder = folder;
        this.documents = List.copyOf(documents);
        this.total = documents.size();
    }

    String id() {
        return id;
    }

    Path input() {
        return folder.resolve("in");
    }

    Path output() {
        return folder.resolve("out");
    }

    List<Uploads.Document> documents() {
        return documents;
    }

    int total() {
        return total;
    }

    int done() {
        return done;
    }

    /** The batch's result once it finished, else null. */
    GapBatchWorkflow.Result result() {
        return result;
    }

    /** Why the batch stopped (the library or a profile could not be used), else null. */
    String error() {
        return error;
    }

    boolean running() {
        return result == null && error == null;
    }

    void finish(GapBatchWorkflow.Result r) {
        result = r;
    }

    void fail(String message) {
        error = message;
    }

    @Override
    public void started(int total) {
        this.total = total;
    }

    @Override
    public void finished(int done, int total, GapMatrix.Row row, GapBatchWorkflow.Failure failure) {
        this.done = done;
    }
}
