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
import io.mc2.write.docx.HouseStyle;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Where a gap or review report goes: its format from --format or the output's extension (the two
 * must agree), its writer, a file or standard output. A PDF report is the Word report rendered by
 * LibreOffice.
 */
final class ReportOutput {
    private ReportOutput() {
    }

    /** The report's format (md, html, json, docx, txt or pdf) and the writer that makes it (the Word one for pdf). */
    record Choice(String format, ReportWriter writer) {
        boolean pdf() {
            return format.equals("pdf");
        }
    }

    /** What {@code --summary} means for the report's format: txt, and no other given with it. */
    static String withSummary(String format, boolean summary) {
        if (!summary) return format;
        if (format != null && !List.of("txt", "text").contains(format.toLowerCase(java.util.Locale.ROOT))) {
            throw new Mc2Exception(ExitCode.USAGE, "--summary is the txt format; it cannot be combined with --format " + format);
        }
        return "txt";
    }

    /** The option's text, the same in every command that has it. */
    static final String SUMMARY_HELP = "About ten plain lines to paste into an email to the supplier: what we accept, "
            + "what we will counter, what we are still reviewing and why (the same as --format txt; no positions or guidance).";

    /** The format for {@code format}, else the output's extension, else Markdown; a docx or pdf report needs a file. */
    static Choice choose(String format, Path output) {
        return choose(format, output, new ReferenceDocOption());
    }

    /** As {@link #choose(String, Path)}, a Word or PDF report in the look of the {@code --reference-doc}. */
    static Choice choose(String format, Path output, ReferenceDocOption reference) {
        String fmt = io.mc2.app.OutputFormat.of(format, output, "md").toLowerCase(Locale.ROOT);
        // refuses a reference doc for a format other than Word before anything is written
        HouseStyle house = reference.house(fmt, output);
        ReportWriter w = switch (fmt) {
            case "md", "markdown" -> new MarkdownReportWriter();
            case "html", "htm" -> new HtmlReportWriter();
            case "json" -> new JsonReportWriter();
            case "docx", "pdf" -> new DocxReportWriter(house);
            case "txt", "text" -> new io.mc2.report.TextSummaryWriter();
            default -> throw new Mc2Exception(ExitCode.USAGE, "unknown report format '" + fmt + "' (md, html, json, docx, txt or pdf)");
        };
        if (output == null && w.extension().equals("docx")) {
            throw new Mc2Exception(ExitCode.USAGE, "a " + fmt + " report needs an output file: -o report." + fmt);
        }
        Choice c = new Choice(fmt, w);
        if (c.pdf()) io.mc2.app.PdfExport.require(output);
        return c;
    }

    /** Writes the report atomically to {@code output} (never over one of {@code inputs}), or to standard output. */
    static void write(Choice choice, GapReport report, Path output, boolean force, List<Path> inputs, PrintWriter out, PrintWriter err) {
        ReportWriter writer = choice.writer();
        if (output != null) {
            // the Word report rendered by LibreOffice: the same content, paginated for printing
            byte[] pdf = choice.pdf() ? io.mc2.app.PdfExport.fromDocx(io.mc2.app.PdfExport.bytes(o -> writer.write(report, o)), output) : null;
            OutputFile.write(output, force, inputs, o -> {
                if (pdf != null) o.write(pdf);
                else writer.write(report, o);
            });
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
}
