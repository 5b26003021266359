package io.mc2.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.mc2.gap.GapMatrix;
import java.io.IOException;
import java.io.OutputStream;

/** The matrix as {@code mc2.gap-matrix/1} JSON (shape: {@code mc2 schema gap-matrix}). */
public final class MatrixJsonWriter implements MatrixWriter {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    @Override
    public void write(GapMatrix matrix, OutputStream out) throws IOException {
        MAPPER.writeValue(out, matrix);
        out.write('\n');
    }

    /** The matrix as a JSON string. */
    public static String json(GapMatrix matrix) {
        try {
            return MAPPER.writeValueAsString(matrix) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
