package io.mc2.write;

import io.mc2.model.Contract;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Renders a {@link Contract} in one output format. Implementations are deterministic: the same
 * contract gives the same bytes. They write to a stream; callers make the file write atomic.
 */
public interface ContractWriter {

    /** File extension without the dot, e.g. "docx". */
    String extension();

    void write(Contract contract, OutputStream out) throws IOException;
}
