package io.mc2.app;

import io.mc2.problem.ExitCode;
import io.mc2.problem.Mc2Exception;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;

/**
 * Writes an output file so that it is either complete or absent: content goes to a temporary file
 * beside the target, which is then renamed over it. Never overwrites an input file, and never an
 * existing output unless forced.
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
        Path dir = abs.getParent();
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, "." + abs.getFileName() + ".", ".part");
            readableByOthers(tmp);
            try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(tmp))) {
                content.writeTo(out);
            }
            try {
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
        } catch (IOException e) {
            throw new Mc2Exception(ExitCode.USAGE, target + ": cannot write: " + e.getMessage(), e);
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

    /** Temporary files are private by default; an output document should have ordinary permissions. */
    private static void readableByOthers(Path p) {
        try {
            Files.setPosixFilePermissions(p, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException | IOException e) {
            // not a POSIX file system: keep what it gave
        }
    }

    /** Refuses an output that is one of the inputs, or that exists when not forced. */
    public static void checkTarget(Path target, boolean force, Collection<Path> inputs) {
        for (Path in : inputs) {
            if (in != null && sameFile(in, target)) {
                throw new Mc2Exception(ExitCode.USAGE, target + ": is an input file; refusing to overwrite it");
            }
        }
        if (Files.isDirectory(target)) throw new Mc2Exception(ExitCode.USAGE, target + ": is a folder");
        if (Files.exists(target) && !force) {
            throw new Mc2Exception(ExitCode.USAGE, target + ": already exists (use --force to replace it)");
        }
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.exists(a) && Files.exists(b) ? Files.isSameFile(a, b)
                    : a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        } catch (IOException e) {
            return false;
        }
    }
}
