package io.mc2.report;

import io.mc2.gap.GapMatrix;
import java.io.IOException;
import java.io.OutputStream;

/** Writes the portfolio matrix of a batch gap analysis in one format. */
public interface MatrixWriter {
    void write(GapMatrix matrix, OutputStream out) throws IOException;
}
