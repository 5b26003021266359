package io.mc2.template;

import java.io.Writer;

/** The text one rendering produces, refused past {@link #MAX_CHARS} so that no template can fill the memory. */
final class BoundedOutput extends Writer {
    /** Characters one rendering of a clause may produce (64 KiB; the longest shipped clause renders about 1,500). */
    static final int MAX_CHARS = 64 * 1024;

    private final StringBuilder text;

    BoundedOutput(int expected) {
        this.text = new StringBuilder(Math.min(expected, MAX_CHARS));
    }

    @Override
    public void write(char[] buf, int off, int len) {
        room(len);
        text.append(buf, off, len);
    }

    @Override
    public void write(String s, int off, int len) {
        room(len);
        text.append(s, off, off + len);
    }

    private void room(int len) {
        if (text.length() + len > MAX_CHARS) {
            throw new TemplateRefusal("the template renders more than " + MAX_CHARS / 1024 + " KiB of text", 0, 0);
        }
    }

    @Override
    public void flush() {
        // in memory: nothing to flush
    }

    @Override
    public void close() {
        // in memory: nothing to release
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
