package io.mc2.report;

import io.mc2.gap.GapReport;
import java.io.IOException;
import java.io.OutputStream;

/** Writes a gap report in one format. */
public interface ReportWriter {
    /** File extension without the dot: json, md, html, docx. */
    String extension();

    void write(GapReport report, OutputStream out) throws IOException;
}
