package io.mc2.app;

import io.mc2.problem.ExitCode;
import io.mc2.problem.Mc2Exception;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * The format of an output file, from {@code --format} or the file's extension. Both given and
 * disagreeing ({@code -o draft.docx --format md}) is refused: the file would hold Markdown under a
 * name Word opens and then calls corrupt. An extension mc2 does not write ({@code .txt} for
 * Markdown, none at all) leaves the choice to {@code --format}.
 */
public final class OutputFormat {
    /** Every extension mc2 writes, with its format name. */
    private static final Map<String, String> EXTENSIONS = Map.of("docx", "docx", "md", "md", "markdown", "md", "html", "html",
            "htm", "html", "json", "json", "txt", "txt", "xlsx", "xlsx", "csv", "csv", "pdf", "pdf");

    private OutputFormat() {
    }

    /**
     * The format to write.
     *
     * @param format   as given with {@code --format}, or null
     * @param output   the output file, or null for standard output
     * @param fallback when neither says: the command's default
     */
    public static String of(String format, Path output, String fallback) {
        String ext = output == null ? null : extension(output);
        String fromName = ext == null ? null : EXTENSIONS.get(ext);
        if (format == null) return ext != null ? ext : fallback;
        String f = format.toLowerCase(Locale.ROOT);
        String named = EXTENSIONS.getOrDefault(f, f);
        if (fromName != null && !fromName.equals(named)) {
            throw new Mc2Exception(ExitCode.USAGE, output + ": --format " + format + " does not match the ." + ext
                    + " file name; name the file ." + named + " or leave out --format");
        }
        return f;
    }

    /** The extension of the file name, lower case, or null when it has none. */
    static String extension(Path p) {
        String n = p.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot <= 0 || dot == n.length() - 1 ? null : n.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
