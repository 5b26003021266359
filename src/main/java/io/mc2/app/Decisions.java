package io.mc2.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.List;

/** Our decisions on a round's return as the record keeps them ({@code decisions.json}): internal, with our reasons. */
final class Decisions {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** The schema name of the file. */
    static final String SCHEMA = "mc2.decisions/1";

    private Decisions() {
    }

    record File(String schema, int round, List<RespondWorkflow.Decision> decisions) {
    }

    static byte[] json(int round, List<RespondWorkflow.Decision> decisions) {
        try {
            return JSON.writeValueAsBytes(new File(SCHEMA, round, decisions));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
