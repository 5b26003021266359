package io.mc2.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The server's temporary folder: one sub-folder per upload, named by an unguessable id, readable
 * by this user only, removed when its result is dropped; the whole folder is removed when the
 * server stops. Nothing an upload names is ever used as a path here.
 */
final class Workspace implements AutoCloseable {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path root;

    Workspace() {
        try {
            Path tmp;
            try {
                tmp = Files.createTempDirectory("mc2-serve-", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            } catch (UnsupportedOperationException e) {
                tmp = Files.createTempDirectory("mc2-serve-");
            }
            root = tmp;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary folder", e);
        }
    }

    /** A new random id: 128 bits as hex, for folders and result links. */
    static String newId() {
        byte[] b = new byte[16];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    /** Whether text is an id {@link #newId} could have made (checked before it reaches a path or a map). */
    static boolean isId(String s) {
        return s != null && s.matches("[0-9a-f]{32}");
    }

    Path root() {
        return root;
    }

    /** A new empty folder for one upload and what is made from it. */
    Path newFolder(String id) {
        try {
            return Files.createDirectory(root.resolve(id));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary folder", e);
        }
    }

    /** A folder inside one upload's folder (its outputs), made when missing. */
    static Path createFolder(Path folder) {
        try {
            return Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary folder", e);
        }
    }

    /** Removes a folder and everything in it; what cannot be removed now goes when the server stops. */
    static void delete(Path folder) {
        if (folder == null || !Files.exists(folder)) return;
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    Files.deleteIfExists(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // best effort: the folder is inside the workspace, which close() removes again
        }
    }

    @Override
    public void close() {
        delete(root);
    }
}
