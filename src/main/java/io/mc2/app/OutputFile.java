package io.mc2.app;

import io.mc2.problem.ExitCode;
import io.mc2.problem.Mc2Exception;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Collection;

/**
 * Writes an output file so that it is either complete or absent: content goes to a temporary file
 * in the target's folder, which then becomes the target. Never overwrites a file the command reads
 * (compared by real path, so a symbolic link or another spelling of an input is refused too), never
 * an existing output unless forced, and with force only a regular file. The target's folder must
 * exist: mc2 does not create missing folders for a file it writes.
 *
 * <p>Without force the final name is created by a hard link to the temporary file, which fails
 * when the name exists, so of two runs writing the same new file one wins and the other is told
 * it exists. On a file system without hard links it falls back to a move that does not replace an
 * existing file (checked just before the move, so a narrow race remains there).
 */
public final class OutputFile {
    private OutputFile() {
    }

    /** What writes the content. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    public static void write(Path target, boolean force, Collection<Path> inputs, Content content) {
        checkTarget(target, force, inputs);
        Path abs = target.toAbsolutePath();
        Path tmp = null;
        try {
            tmp = Files.createTempFile(abs.getParent(), "." + abs.getFileName() + ".", ".part");
            readableByOthers(tmp);
            try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(tmp))) {
                content.writeTo(out);
            }
            if (force) replace(tmp, abs, target);
            else create(tmp, abs, target);
        } catch (FileAlreadyExistsException e) {
            throw exists(target);
        } catch (IOException e) {
            throw new Mc2Exception(ExitCode.USAGE, target + ": cannot write: " + reason(e), e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the temporary file is all that is left; nothing more to do
                }
            }
        }
    }

    /** Makes the new name without ever replacing a file another run made meanwhile. */
    private static void create(Path tmp, Path abs, Path target) throws IOException {
        try {
            Files.createLink(abs, tmp);
        } catch (FileAlreadyExistsException e) {
            throw e;
        } catch (UnsupportedOperationException | FileSystemException e) {
            // a file system without hard links (or refusing them, EPERM): a move that does not replace
            if (Files.exists(abs, LinkOption.NOFOLLOW_LINKS)) throw exists(target);
            Files.move(tmp, abs);
        }
    }

    private static void replace(Path tmp, Path abs, Path target) throws IOException {
        refuseNonRegular(target); // it may have changed since the first check
        try {
            Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Temporary files are private by default; an output document should have ordinary permissions. */
    private static void readableByOthers(Path p) {
        try {
            Files.setPosixFilePermissions(p, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException | IOException e) {
            // not a POSIX file system: keep what it gave
        }
    }

    /**
     * Refuses an output that is one of the inputs, whose folder is missing, that exists when not
     * forced, or that is not a regular file (a folder, symbolic link, device, pipe or socket).
     */
    public static void checkTarget(Path target, boolean force, Collection<Path> inputs) {
        Path folder = target.toAbsolutePath().getParent();
        if (!Files.isDirectory(folder)) {
            throw new Mc2Exception(ExitCode.USAGE, target + ": the folder " + folder + " does not exist (mc2 does not create it)");
        }
        Path real = realTarget(target);
        for (Path in : inputs) {
            if (in != null && sameFile(in, target, real)) {
                throw new Mc2Exception(ExitCode.USAGE, target + ": is an input file; refusing to overwrite it");
            }
        }
        BasicFileAttributes attributes = attributes(target);
        if (attributes == null) return;
        if (attributes.isDirectory()) throw new Mc2Exception(ExitCode.USAGE, target + ": is a folder");
        if (!force) throw exists(target);
        refuseNonRegular(target);
    }

    private static void refuseNonRegular(Path target) {
        BasicFileAttributes a = attributes(target);
        if (a == null || a.isRegularFile()) return;
        String kind = a.isSymbolicLink() ? "a symbolic link" : a.isDirectory() ? "a folder" : "not a regular file (a device, pipe or socket)";
        throw new Mc2Exception(ExitCode.USAGE, target + ": is " + kind + "; --force replaces regular files only");
    }

    private static Mc2Exception exists(Path target) {
        return new Mc2Exception(ExitCode.USAGE, target + ": already exists (use --force to replace it)");
    }

    /** The file's own attributes (a symbolic link is not followed), or null when there is none. */
    private static BasicFileAttributes attributes(Path p) {
        try {
            return Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return null;
        }
    }

    /** Where writing {@code target} would land: its real path, or its folder's real path and its name. */
    private static Path realTarget(Path target) {
        try {
            return target.toRealPath();
        } catch (IOException e) {
            Path abs = target.toAbsolutePath().normalize();
            try {
                return abs.getParent().toRealPath().resolve(abs.getFileName());
            } catch (IOException again) {
                return abs;
            }
        }
    }

    private static boolean sameFile(Path input, Path target, Path realTarget) {
        try {
            Path realInput = input.toRealPath();
            // a hard link to an input has another path but is the same file
            return realInput.equals(realTarget) || Files.exists(target) && Files.isSameFile(realInput, target);
        } catch (NoSuchFileException e) {
            return input.toAbsolutePath().normalize().equals(realTarget);
        } catch (IOException e) {
            return false;
        }
    }

    /** An I/O failure as a user reads it: what went wrong, without Java's exception names. */
    static String reason(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) return "permission denied";
        if (e instanceof NoSuchFileException) return "no such file or folder";
        if (e instanceof FileSystemException f && f.getReason() != null) return f.getReason();
        return e.getMessage() == null ? "input/output error" : e.getMessage();
    }
}
