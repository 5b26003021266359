package io.mc2.cli;

import io.mc2.app.OutputFile;
import io.mc2.gap.GapReport;
import io.mc2.problem.ExitCode;
import io.mc2.problem.Mc2Exception;
import io.mc2.report.HtmlReportWriter;
import io.mc2.report.JsonReportWriter;
import io.mc2.report.MarkdownReportWriter;
import io.mc2.report.ReportWriter;
import io.mc2.report.docx.DocxReportWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Where a gap or review report goes: its writer from --format or the output's extension, a file or standard output. */
final class ReportOutput {
    private ReportOutput() {
    }

    /** The writer for {@code format}, else the output's extension, else Markdown; a docx report needs a file. */
    static ReportWriter writer(String format, Path output) {
        ReportWriter w = switch ((format != null ? format : output != null ? extension(output) : "md").toLowerCase(Locale.ROOT)) {
            case "md", "markdown" -> new MarkdownReportWriter();
            case "html", "htm" -> new HtmlReportWriter();
            case "json" -> new JsonReportWriter();
            case "docx" -> new DocxReportWriter();
            default -> throw new Mc2Exception(ExitCode.USAGE, "unknown report format '" + format + "' (md, html, json or docx)");
        };
        if (output == null && w.extension().equals("docx")) {
            throw new Mc2Exception(ExitCode.USAGE, "a docx report needs an output file: -o report.docx");
        }
        return w;
    }

    /** Writes the report atomically to {@code output} (never over one of {@code inputs}), or to standard output. */
    static void write(ReportWriter writer, GapReport report, Path output, boolean force, List<Path> inputs, PrintWriter out, PrintWriter err) {
        if (output != null) {
            OutputFile.write(output, force, inputs, o -> writer.write(report, o));
            err.println("wrote " + output);
            return;
        }
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try {
            writer.write(report, buf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.print(buf.toString(StandardCharsets.UTF_8));
    }

    /** "gap: 57 clauses; 60 items rated: 3 meets-preferred, ..." for standard error. */
    static String summary(String command, GapReport r) {
        int items = r.summary().verdicts().values().stream().mapToInt(Integer::intValue).sum();
        // definitions, the title and signature blocks and text the supplier added are rated too
        StringBuilder sb = new StringBuilder(command + ": " + r.summary().clauses() + " clauses; " + items + " items rated:");
        String[] sep = {" "};
        r.summary().verdicts().forEach((k, v) -> {
            if (v > 0) sb.append(sep[0]).append(v).append(' ').append(k);
            if (v > 0) sep[0] = ", ";
        });
        if (r.summary().silentEdits() > 0) sb.append("; ").append(r.summary().silentEdits()).append(" SILENT EDITS");
        return sb.toString();
    }

    private static String extension(Path p) {
        String n = p.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot < 0 ? "md" : n.substring(dot + 1);
    }
}
