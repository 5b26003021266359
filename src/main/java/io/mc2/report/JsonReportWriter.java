package io.mc2.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.mc2.gap.GapReport;
import java.io.IOException;
import java.io.OutputStream;

/** The gap report as {@code mc2.gap/1} JSON (shape: {@code mc2 schema gap-report}). */
public final class JsonReportWriter implements ReportWriter {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    @Override
    public String extension() {
        return "json";
    }

    @Override
    public void write(GapReport report, OutputStream out) throws IOException {
        MAPPER.writeValue(out, report);
        out.write('\n');
    }

    /** The report as a JSON string. */
    public static String json(GapReport report) {
        try {
            return MAPPER.writeValueAsString(report) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
