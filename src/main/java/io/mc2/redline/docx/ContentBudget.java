package io.mc2.redline.docx;

import io.mc2.problem.ExitCode;
import io.mc2.problem.Mc2Exception;
import java.nio.file.Path;

/**
 * How much one document may hold beyond what the zip limits bound: a small file of tiny runs or
 * short paragraphs would otherwise cost the aligner and the differ gigabytes and minutes. The
 * bounds sit far above any contract (the longest in our corpus has a few thousand paragraphs of at
 * most a few thousand characters), so only hostile or broken files meet them.
 */
final class ContentBudget {

    static final int MAX_PARAGRAPHS = 100_000;
    static final int MAX_PARAGRAPH_CHARS = 200_000;
    static final long MAX_TEXT_CHARS = 20_000_000;
    static final int MAX_REVISIONS = 200_000;

    private final Path file;
    private int paragraphs;
    private long text;
    private int revisions;

    ContentBudget(Path file) {
        this.file = file;
    }

    void paragraph(String part) {
        if (++paragraphs > MAX_PARAGRAPHS) throw tooLarge(part, "more than " + MAX_PARAGRAPHS + " paragraphs");
    }

    /** Counts text added to a paragraph that now holds {@code paragraphLength} characters. */
    void text(String part, int added, int paragraphLength) {
        text += added;
        if (paragraphLength > MAX_PARAGRAPH_CHARS) {
            throw tooLarge(part, "a paragraph of more than " + MAX_PARAGRAPH_CHARS + " characters");
        }
        if (text > MAX_TEXT_CHARS) throw tooLarge(part, "more than " + MAX_TEXT_CHARS + " characters of text");
    }

    void revision() {
        if (++revisions > MAX_REVISIONS) throw tooLarge("the document", "more than " + MAX_REVISIONS + " revisions");
    }

    private Mc2Exception tooLarge(String part, String what) {
        return new Mc2Exception(ExitCode.UNSAFE_DOCUMENT, file + ": too large to analyse: " + io.mc2.docx.UntrustedText.printable(part) + " holds " + what);
    }
}
