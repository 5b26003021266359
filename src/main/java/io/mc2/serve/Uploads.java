package io.mc2.serve;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Takes uploaded files off a request into an upload's folder. The name a browser sends is only
 * shown, never used as a path: files are stored under a name made of safe characters, unique in
 * the folder. Refuses what is not a multipart form (415), a file that is not a .docx (or a .zip
 * where one is allowed) by its name (415), and sizes beyond the limits (413); whether the bytes
 * are a usable Word document is the reader's to say.
 */
final class Uploads {
    /** An uploaded document: the name to show and where it is stored. */
    record Document(String name, Path file) {
    }

    private final UploadLimits limits;

    Uploads(UploadLimits limits) {
        this.limits = limits;
    }

    UploadLimits limits() {
        return limits;
    }

    /** The files of one form field; 415 when the request is not a multipart form, 400 when there are none. */
    static List<UploadedFile> files(Context ctx, String field) {
        String type = ctx.contentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            throw HttpProblem.unsupported("send the document as a file upload (multipart/form-data), not " + (type == null ? "no content type" : shown(type)));
        }
        List<UploadedFile> files = ctx.uploadedFiles(field).stream().filter(f -> f.filename() != null && !f.filename().isEmpty()).toList();
        if (files.isEmpty()) throw HttpProblem.badRequest("no file was chosen");
        return files;
    }

    /** One .docx into {@code folder}. */
    Document docx(UploadedFile file, Path folder) {
        String name = shownName(file.filename());
        if (!isDocx(name)) throw notDocx(name);
        return new Document(name, save(file, folder, name, new HashSet<>()));
    }

    /**
     * Many .docx files, or .zip files of them, into {@code folder}: at most the limit's number of
     * documents in all, each and all of them within the byte limits.
     */
    List<Document> portfolio(List<UploadedFile> files, Path folder) {
        Set<String> used = new HashSet<>();
        List<Document> out = new java.util.ArrayList<>();
        for (UploadedFile f : files) {
            String name = shownName(f.filename());
            if (isDocx(name)) {
                out.add(new Document(name, save(f, folder, name, used)));
            } else if (name.toLowerCase(Locale.ROOT).endsWith(".zip")) {
                Path zip = save(f, folder.getParent(), "upload-" + Workspace.newId() + ".zip", new HashSet<>());
                try {
                    out.addAll(new UploadedZip(limits, name).extract(zip, folder, used, limits.maxFiles() - out.size()));
                } finally {
                    deleteQuietly(zip);
                }
            } else {
                throw HttpProblem.unsupported(name + ": not a Word .docx document or a .zip of them");
            }
            if (out.size() > limits.maxFiles()) throw tooMany(limits);
        }
        return out;
    }

    static HttpProblem tooMany(UploadLimits limits) {
        return HttpProblem.tooLarge("more than " + limits.maxFiles() + " documents in one portfolio");
    }

    static HttpProblem notDocx(String name) {
        return HttpProblem.unsupported(name + ": not a Word .docx document (only .docx files are read; save a .doc as .docx first)");
    }

    static boolean isDocx(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".docx");
    }

    private Path save(UploadedFile file, Path folder, String name, Set<String> used) {
        if (file.size() > limits.maxFileBytes()) throw tooLarge(name, limits.maxFileBytes());
        Path target = folder.resolve(storedName(name, used));
        try (InputStream in = file.content(); OutputStream out = Files.newOutputStream(target)) {
            copy(in, out, limits.maxFileBytes(), name);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store the upload", e);
        }
        return target;
    }

    /** Copies at most {@code max} bytes; 413 past that (sizes are counted, never trusted). */
    static long copy(InputStream in, OutputStream out, long max, String name) throws IOException {
        byte[] buf = new byte[65536];
        long total = 0;
        for (int n; (n = in.read(buf)) > 0; ) {
            total += n;
            if (total > max) throw tooLarge(name, max);
            out.write(buf, 0, n);
        }
        return total;
    }

    static HttpProblem tooLarge(String name, long max) {
        return HttpProblem.tooLarge(name + ": larger than " + (max >> 20 > 0 ? (max >> 20) + " MiB" : max + " bytes") + ", the limit for one document");
    }

    /**
     * A file name of safe characters only, ending in its extension, unique in the folder ignoring
     * case; never a lock-file name ({@code ~$}) the batch would skip.
     */
    static String storedName(String shown, Set<String> used) {
        String safe = shown.replaceAll("[^A-Za-z0-9._ -]", "_").replaceAll("^[.~ ]+", "_");
        if (safe.length() > 100) safe = safe.substring(0, 80) + safe.substring(safe.lastIndexOf('.'));
        int dot = safe.lastIndexOf('.');
        String base = dot <= 0 ? safe : safe.substring(0, dot);
        String ext = dot <= 0 ? "" : safe.substring(dot);
        String name = safe;
        for (int k = 2; !used.add(name.toLowerCase(Locale.ROOT)); k++) name = base + "-" + k + ext;
        return name;
    }

    /** The last part of the name a browser sent, without control characters, at most 120 characters. */
    static String shownName(String sent) {
        String name = sent.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "");
        if (name.isBlank()) name = "document";
        return name.length() <= 120 ? name : name.substring(0, 100) + "\u2026" + name.substring(name.length() - 19);
    }

    private static String shown(String s) {
        String t = s.replaceAll("\\p{Cntrl}", "?");
        return t.length() <= 60 ? t : t.substring(0, 59) + "\u2026";
    }

    static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // inside the workspace, which is removed when the server stops
        }
    }
}
