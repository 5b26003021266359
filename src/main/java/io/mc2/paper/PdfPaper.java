package io.mc2.paper;

import io.mc2.problem.ExitCode;
import io.mc2.problem.Mc2Exception;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * A supplier's PDF paper as blocks, by Apache PDFBox text extraction (the only class that imports it).
 * Encrypted and image-only PDFs are refused; page count, extracted characters and time are bounded.
 * Paragraphs are rebuilt from lines: a new one where PDFBox sees a paragraph break, and at every line that
 * opens with a clause number or reads as a heading. Page numbers and lines repeated on most pages (running
 * headers and footers) are dropped.
 */
final class PdfPaper {
    private PdfPaper() {
    }

    private static final Pattern PAGE_NUMBER = Pattern.compile("(?i)^(?:page\\s+)?\\d+(?:\\s+(?:of|/)\\s+\\d+)?$|^[-\u2013]\\s*\\d+\\s*[-\u2013]$");
    private static final Pattern NUMBERED_LINE = Pattern.compile(
            "^(?:(?:Article|Section|Clause|Part)\\s+)?\\d{1,3}(?:\\.\\d{1,3})*[.):]?\\s+[A-Z\u201c\"].*", Pattern.CASE_INSENSITIVE);
    private static final String PARAGRAPH = "\u2029";

    static List<PaperBlock> read(byte[] data, String label, PaperLimits limits) {
        ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "mc2-pdf-reader");
            t.setDaemon(true);
            return t;
        });
        try {
            // PDFBox cannot be interrupted inside a page; the daemon thread is abandoned on a timeout
            Future<List<String>> pages = worker.submit(() -> pages(data, label, limits));
            return blocks(pages.get(limits.maxMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            throw refuse(label, "took more than " + limits.maxMillis() / 1000 + " s to read; refusing it");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Mc2Exception m) throw m;
            throw refuse(label, "not a readable PDF (" + reason(e.getCause()) + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw refuse(label, "reading was interrupted");
        } finally {
            worker.shutdownNow();
        }
    }

    private static List<String> pages(byte[] data, String label, PaperLimits limits) throws IOException {
        try (PDDocument doc = Loader.loadPDF(data)) {
            if (doc.isEncrypted()) throw refuse(label, "encrypted PDF; mc2 reads unencrypted PDFs only (save a copy without protection)");
            int n = doc.getNumberOfPages();
            if (n > limits.maxPages()) throw refuse(label, "too large to analyse: " + n + " pages (limit " + limits.maxPages() + ")");
            if (n == 0) throw refuse(label, "a PDF with no pages");
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setLineSeparator("\n");
            stripper.setParagraphStart("");
            stripper.setParagraphEnd(PARAGRAPH);
            List<String> out = new ArrayList<>();
            long chars = 0;
            long visible = 0;
            for (int p = 1; p <= n; p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                String text = stripper.getText(doc);
                chars += text.length();
                if (chars > limits.maxChars()) {
                    throw refuse(label, "too large to analyse: more than " + limits.maxChars() + " characters of text");
                }
                visible += text.codePoints().filter(c -> !Character.isWhitespace(c) && c != PARAGRAPH.charAt(0)).count();
                out.add(text);
            }
            if (visible < 20L * n) {
                throw refuse(label, "the PDF has no text layer (a scanned or image-only document?); mc2 does not read images: "
                        + "ask the supplier for the .docx or a text PDF");
            }
            return out;
        } catch (InvalidPasswordException e) {
            throw refuse(label, "encrypted PDF (password-protected); remove the password and save it again");
        }
    }

    /** Lines of every page into paragraphs, running headers, footers and page numbers left out. */
    private static List<PaperBlock> blocks(List<String> pages) {
        Map<String, Integer> onPages = new HashMap<>();
        for (String page : pages) {
            page.lines().map(PdfPaper::shape).filter(s -> !s.isEmpty()).distinct().forEach(s -> onPages.merge(s, 1, Integer::sum));
        }
        List<PaperBlock> out = new ArrayList<>();
        StringBuilder para = new StringBuilder();
        for (String page : pages) {
            for (String raw : page.split("(?<=" + PARAGRAPH + ")|\n")) {
                boolean ends = raw.endsWith(PARAGRAPH);
                String line = raw.replace(PARAGRAPH, "").strip();
                boolean repeated = pages.size() >= 3 && onPages.getOrDefault(shape(line), 0) * 2 >= pages.size();
                if (!line.isEmpty() && !PAGE_NUMBER.matcher(line).matches() && !repeated) {
                    if (startsBlock(line) || heading(para.toString())) flush(para, out);
                    if (para.length() > 0) para.append(para.charAt(para.length() - 1) == '-' ? "" : " ");
                    para.append(line);
                }
                if (ends) flush(para, out);
            }
        }
        flush(para, out);
        return out;
    }

    private static boolean startsBlock(String line) {
        return NUMBERED_LINE.matcher(line).matches();
    }

    /** A paragraph so far that is a heading on its own line: the next line starts a new block. */
    private static boolean heading(String para) {
        return !para.isEmpty() && para.split("\\s+").length <= 10 && !para.matches("(?s).*[.;,:]$") && ClauseSegmenter.titleCase(
                para.replaceFirst("^(?:(?:Article|Section|Clause|Part)\\s+)?\\d{1,3}(?:\\.\\d{1,3})*[.):]?\\s+", ""));
    }

    private static void flush(StringBuilder para, List<PaperBlock> out) {
        if (para.length() > 0) out.add(PaperBlock.paragraph(para.toString(), null, false));
        para.setLength(0);
    }

    /** A line with its digits blanked, so "Page 3" and "Page 4" or a dated footer count as one line. */
    private static String shape(String line) {
        return line.strip().replaceAll("\\d+", "#");
    }

    private static Mc2Exception refuse(String label, String what) {
        return new Mc2Exception(ExitCode.UNSAFE_DOCUMENT, label + ": " + io.mc2.docx.UntrustedText.printable(what));
    }

    private static String reason(Throwable e) {
        String m = e == null ? null : e.getMessage();
        return m == null || m.isBlank() ? "damaged or truncated file" : m.replaceAll("\\s+", " ");
    }
}
