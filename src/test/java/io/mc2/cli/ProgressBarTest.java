package io.mc2.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressBarTest {

    @Test
    void withoutATerminalEachItemIsOnePlainLine() {
        StringWriter s = new StringWriter();
        ProgressBar bar = new ProgressBar(new PrintWriter(s), false);
        bar.step(1, 2, "acme.docx", "ok");
        bar.note("mc2: broken.docx: truncated");
        bar.step(2, 2, "broken.docx", "FAILED");
        assertEquals("[1/2] acme.docx: ok\nmc2: broken.docx: truncated\n[2/2] broken.docx: FAILED\n", s.toString().replace("\r\n", "\n"));
        assertFalse(s.toString().contains("\r"));
    }

    @Test
    void onATerminalOneLineIsRedrawnInPlace() {
        StringWriter s = new StringWriter();
        ProgressBar bar = new ProgressBar(new PrintWriter(s), true);
        bar.step(37, 100, "a-long-supplier-name.docx", "ok");
        bar.step(38, 100, "acme.docx", "ok");
        String ls = System.lineSeparator();
        assertEquals("\r[===========>                  ] 37/100 a-long-supplier-name.docx"
                + "\r[===========>                  ] 38/100 acme.docx                " , s.toString(), "the shorter line blanks the rest of the longer one");
        s.getBuffer().setLength(0);
        bar.note("mc2: x.docx: truncated");
        bar.step(100, 100, "z.docx", "ok");
        assertEquals("\r" + " ".repeat(65) + "\rmc2: x.docx: truncated" + ls + "\r[==============================] 100/100 z.docx" + ls,
                s.toString());
    }
}
