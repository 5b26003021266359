package io.mc2.write.docx;

import org.docx4j.wml.ObjectFactory;
import org.docx4j.wml.R;
import org.docx4j.wml.Text;

/** Text into a WordprocessingML run, as every Word document mc2 writes puts it there. */
public final class RunText {
    private static final ObjectFactory WML = new ObjectFactory();

    private RunText() {
    }

    /**
     * Appends {@code text} to {@code r}: tabs and line breaks become w:tab and w:br, characters
     * XML cannot carry are dropped, and a text element starting or ending with a space keeps it.
     */
    public static void append(R r, String text) {
        StringBuilder chunk = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '\t' || ch == '\n') {
                flush(r, chunk);
                if (ch == '\t') r.getContent().add(WML.createRTab(WML.createRTab()));
                else r.getContent().add(WML.createBr());
            } else if (ch >= 0x20 && ch != 0xFFFE && ch != 0xFFFF || Character.isSurrogate(ch)) {
                chunk.append(ch);
            }
        }
        flush(r, chunk);
    }

    private static void flush(R r, StringBuilder chunk) {
        if (chunk.length() == 0) return;
        Text t = WML.createText();
        t.setValue(chunk.toString());
        if (Character.isWhitespace(chunk.charAt(0)) || Character.isWhitespace(chunk.charAt(chunk.length() - 1))) {
            t.setSpace("preserve");
        }
        r.getContent().add(WML.createRT(t));
        chunk.setLength(0);
    }
}
