package io.mc2.app;

import io.mc2.problem.ExitCode;
import io.mc2.problem.Mc2Exception;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.stream.Stream;

/**
 * A folder one run writes many files into ({@code gap --batch -o OUTDIR}), held for that run: a
 * lock file in it is locked with {@link FileChannel#tryLock}, so a second run into the same folder
 * is refused at once instead of mixing its files with the first one's. The folder is created when
 * absent (its parent must exist) and must be empty unless forced; the lock file does not count.
 * The operating system releases the lock when the process ends, even if it is killed.
 */
public final class OutputFolder implements AutoCloseable {
    /** The lock file's name inside the folder. */
    public static final String LOCK = ".mc2-batch.lock";

    private final Path folder;
    private final FileChannel channel;
    private final FileLock lock;

    private OutputFolder(Path folder, FileChannel channel, FileLock lock) {
        this.folder = folder;
        this.channel = channel;
        this.lock = lock;
    }

    /** Creates (when absent), locks and checks the folder. */
    public static OutputFolder hold(Path folder, boolean force) {
        create(folder);
        FileChannel channel = null;
        try {
            channel = FileChannel.open(folder.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    LinkOption.NOFOLLOW_LINKS);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                throw new Mc2Exception(ExitCode.USAGE, folder + ": another mc2 run is writing into this folder; "
                        + "wait for it to finish or choose another folder");
            }
            OutputFolder held = new OutputFolder(folder, channel, lock);
            if (!force) held.checkEmpty();
            return held;
        } catch (IOException e) {
            close(channel);
            throw new Mc2Exception(ExitCode.USAGE, folder + ": cannot lock: " + OutputFile.reason(e), e);
        } catch (RuntimeException e) {
            close(channel);
            throw e;
        }
    }

    /** Creates {@code folder} when absent; its parent must exist (mc2 does not create missing folders above it). */
    public static void create(Path folder) {
        if (Files.exists(folder, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            throw new Mc2Exception(ExitCode.USAGE, folder + ": is not a folder");
        }
        if (Files.isDirectory(folder)) return;
        Path parent = folder.toAbsolutePath().getParent();
        if (!Files.isDirectory(parent)) {
            throw new Mc2Exception(ExitCode.USAGE, folder + ": the folder " + parent + " does not exist (mc2 does not create it)");
        }
        try {
            Files.createDirectory(folder);
        } catch (java.nio.file.FileAlreadyExistsException e) {
            if (!Files.isDirectory(folder)) throw new Mc2Exception(ExitCode.USAGE, folder + ": is not a folder");
        } catch (IOException e) {
            throw new Mc2Exception(ExitCode.USAGE, folder + ": cannot create: " + OutputFile.reason(e), e);
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null; // this JVM already holds it: another run in the same process
        }
    }

    /** The output is absent or empty (or forced), so the matrix never mixes with an older batch. */
    private void checkEmpty() throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            if (entries.anyMatch(p -> !p.getFileName().toString().equals(LOCK))) {
                throw new Mc2Exception(ExitCode.USAGE, folder + ": is not empty (use --force to write into it)");
            }
        }
    }

    /** Removes the lock file, then releases the lock: a later run finds the folder as this run left it. */
    @Override
    public void close() {
        try {
            Files.deleteIfExists(folder.resolve(LOCK));
            lock.release();
        } catch (IOException e) {
            // the operating system releases the lock when the process ends
        } finally {
            close(channel);
        }
    }

    private static void close(FileChannel channel) {
        if (channel == null) return;
        try {
            channel.close();
        } catch (IOException ignored) {
            // nothing was written through it
        }
    }
}
