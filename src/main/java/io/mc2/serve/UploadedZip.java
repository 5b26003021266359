package io.mc2.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * A .zip of supplier documents, taken as hostile input: refused whole (422) when any entry's name
 * could climb out of a folder ({@code ../}, an absolute path, a drive letter, a backslash) or the
 * archive cannot be read; refused (413) past the limits on entries, documents and inflated bytes,
 * which are counted while inflating. Only the {@code .docx} entries are taken, each under a safe
 * name of its own; folders inside the zip are flattened, Word lock files and other files skipped.
 */
final class UploadedZip {
    private final UploadLimits limits;
    private final String name;

    UploadedZip(UploadLimits limits, String shownName) {
        this.limits = limits;
        this.name = shownName;
    }

    /** The documents of the zip at {@code zip}, written into {@code folder}; at most {@code room} of them. */
    List<Uploads.Document> extract(Path zip, Path folder, Set<String> used, int room) {
        List<Uploads.Document> out = new ArrayList<>();
        long inflated = 0;
        try (ZipFile z = new ZipFile(zip.toFile())) {
            if (z.size() > limits.maxZipEntries()) {
                throw HttpProblem.tooLarge(name + ": more than " + limits.maxZipEntries() + " entries in the zip");
            }
            List<? extends ZipEntry> entries = java.util.Collections.list(z.entries());
            for (ZipEntry e : entries) checkName(e.getName());
            for (ZipEntry e : entries) {
                String entry = e.getName();
                String base = entry.substring(entry.lastIndexOf('/') + 1);
                if (e.isDirectory() || !Uploads.isDocx(base) || base.startsWith("~$") || entry.startsWith("__MACOSX/")) continue;
                if (out.size() >= room) throw Uploads.tooMany(limits);
                String shown = Uploads.shownName(base);
                Path target = folder.resolve(Uploads.storedName(shown, used));
                try (InputStream in = z.getInputStream(e); OutputStream o = Files.newOutputStream(target)) {
                    inflated += Uploads.copy(in, o, Math.min(limits.maxFileBytes(), limits.maxZipBytes() - inflated), name + ": " + shown);
                }
                out.add(new Uploads.Document(shown, target));
            }
        } catch (ZipException e) {
            throw HttpProblem.unprocessable(name + ": not a readable zip archive (" + e.getMessage() + ")");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the uploaded zip", e);
        }
        if (out.isEmpty()) throw HttpProblem.unprocessable(name + ": the zip holds no .docx documents");
        return out;
    }

    private void checkName(String entry) {
        String lower = entry.toLowerCase(Locale.ROOT);
        boolean unsafe = entry.startsWith("/") || entry.contains("\\") || entry.indexOf('\0') >= 0 || lower.matches("^[a-z]:.*")
                || ("/" + entry + "/").contains("/../") || entry.chars().anyMatch(Character::isISOControl);
        if (unsafe) {
            String shown = entry.replaceAll("\\p{Cntrl}", "?");
            throw HttpProblem.unprocessable(name + ": entry '" + (shown.length() <= 80 ? shown : shown.substring(0, 79) + "\u2026")
                    + "' has an unsafe name (a path out of its folder); nothing was read");
        }
    }
}
