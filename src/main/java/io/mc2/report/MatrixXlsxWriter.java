package io.mc2.report;

import io.mc2.gap.GapMatrix;
import io.mc2.gap.Verdict;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.dhatim.fastexcel.HyperLink;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The matrix as an Excel workbook for GPO analysts. Sheet "Matrix": a row per supplier document
 * (its name links to its HTML report), a column per clause holding the verdict id, coloured as in
 * the HTML reports, the header row and document column frozen, an autofilter over the table, and
 * the legend below it. Sheet "Summary": the profile, the counts, and per clause how many documents
 * got each verdict. Cell text is written as strings, never as formulas, so a file name or error
 * message starting with {@code =} stays text.
 */
public final class MatrixXlsxWriter implements MatrixWriter {

    /** The HTML reports' verdict palette ({@link HtmlReportWriter#VERDICT_COLOURS}), as Excel RGB. */
    static final Map<Verdict, String> FILL = new EnumMap<>(Map.ofEntries(
            Map.entry(Verdict.UNCHANGED, "E6F4EA"), Map.entry(Verdict.MEETS_PREFERRED, "E6F4EA"),
            Map.entry(Verdict.WITHIN_FALLBACK, "EEF6D8"), Map.entry(Verdict.NEEDS_ESCALATION, "FFF1C2"),
            Map.entry(Verdict.NEEDS_REVIEW, "FFE0B3"), Map.entry(Verdict.BEYOND_WALK_AWAY, "F8C9C9"),
            Map.entry(Verdict.DELETED_REQUIRED, "F8C9C9"), Map.entry(Verdict.DELETED_OPTIONAL, "FBE0E0"),
            Map.entry(Verdict.MISSING_REQUIRED, "F8C9C9"), Map.entry(Verdict.MISSING_OPTIONAL, "FBE0E0"),
            Map.entry(Verdict.NOVEL, "E3E3FB")));
    static final String HEADER_FILL = "F1F1F1";
    static final String FAILED_FILL = "EEEEEE";
    /** Marks on a verdict cell, as in the HTML heat map's legend. */
    static final String SILENT_MARK = " !";
    static final String COMMENT_MARK = " *";

    /** Zip entry time: not midnight, which Java writes with an extended timestamp field. */
    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(1980, 1, 1, 12, 0);

    @Override
    public void write(GapMatrix matrix, OutputStream out) throws IOException {
        ByteArrayOutputStream sheet = new ByteArrayOutputStream();
        Workbook wb = new Workbook(sheet, "mc2", null);
        matrixSheet(wb.newWorksheet("Matrix"), matrix);
        summarySheet(wb.newWorksheet("Summary"), matrix);
        wb.finish();
        repack(sheet.toByteArray(), out);
    }

    /**
     * Copies the workbook with a core-properties part that has no creation time: fastexcel stamps
     * the current instant there, and mc2's outputs are the same bytes for the same inputs.
     */
    private static void repack(byte[] workbook, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        // read by the central directory: fastexcel's zip writer ends entries with Zip64 data
        // descriptors, which java.util.zip's stream reader takes for corrupt sizes
        try (ZipFile in = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(workbook)).get()) {
            for (ZipArchiveEntry e : java.util.Collections.list(in.getEntriesInPhysicalOrder())) {
                byte[] data;
                try (java.io.InputStream part = in.getInputStream(e)) {
                    data = part.readAllBytes();
                }
                if (e.getName().equals("docProps/core.xml")) {
                    data = new String(data, StandardCharsets.UTF_8).replaceAll("<dcterms:created[^>]*>[^<]*</dcterms:created>", "")
                            .getBytes(StandardCharsets.UTF_8);
                }
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTimeLocal(ENTRY_TIME);
                zip.putNextEntry(copy);
                zip.write(data);
                zip.closeEntry();
            }
        }
        zip.finish();
    }

    /** The workbook's bytes, for a caller that serves it rather than saving it (the web app). */
    public byte[] bytes(GapMatrix matrix) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(matrix, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array does not fail
        }
        return out.toByteArray();
    }

    private static void matrixSheet(Worksheet ws, GapMatrix m) {
        List<String> tail = List.of("Other text", "Silent edits", "Open comments", "Needs a person", "Could not be analysed");
        int clauses = m.clauses().size();
        int last = clauses + tail.size();
        header(ws, 0, 0, "Supplier document", false);
        ws.width(0, 32);
        for (int i = 0; i < clauses; i++) {
            GapMatrix.Column c = m.clauses().get(i);
            header(ws, 0, i + 1, c.number() + " " + ReportText.shorten(c.title(), 26), true);
            ws.width(i + 1, 16);
        }
        for (int i = 0; i < tail.size(); i++) {
            header(ws, 0, clauses + 1 + i, tail.get(i), i < tail.size() - 1);
            ws.width(clauses + 1 + i, i == tail.size() - 1 ? 60 : 12);
        }
        ws.rowHeight(0, 210);
        ws.pageOrientation("landscape");
        int r = 1;
        for (GapMatrix.Row row : m.documents()) documentRow(ws, r++, m, row);
        ws.freezePane(1, 1);
        ws.setAutoFilter(0, 0, Math.max(0, r - 1), last);
        legend(ws, r + 1, 0);
    }

    private static void documentRow(Worksheet ws, int r, GapMatrix m, GapMatrix.Row row) {
        if (row.reports() != null) {
            ws.hyperlink(r, 0, new HyperLink(MatrixHtmlWriter.link(row.reports().html()), row.file()));
            ws.style(r, 0).fontColor("0563C1").underlined().set();
        } else {
            ws.value(r, 0, row.file());
        }
        int col = 1;
        if (row.error() != null) {
            for (; col <= m.clauses().size() + 1; col++) ws.style(r, col).fillColor(FAILED_FILL).set();
            ws.value(r, m.clauses().size() + 4, "yes");
            ws.value(r, m.clauses().size() + 5, row.error());
            return;
        }
        for (GapMatrix.Column c : m.clauses()) {
            Verdict v = row.verdicts().get(c.id());
            if (v != null) verdict(ws, r, col, v, row.silent().contains(c.id()), row.commented().contains(c.id()));
            col++;
        }
        verdict(ws, r, col++, row.other(), row.silent().stream().anyMatch(id -> !row.verdicts().containsKey(id)),
                row.commented().stream().anyMatch(id -> !row.verdicts().containsKey(id)));
        ws.value(r, col++, row.silentEdits());
        ws.value(r, col++, row.openComments());
        ws.value(r, col, row.needsReview() ? "yes" : "no");
    }

    private static void verdict(Worksheet ws, int r, int c, Verdict v, boolean silent, boolean commented) {
        ws.value(r, c, v.id() + (silent ? SILENT_MARK : "") + (commented ? COMMENT_MARK : ""));
        if (silent) ws.style(r, c).fillColor(FILL.get(v)).bold().fontColor("B00000").set();
        else ws.style(r, c).fillColor(FILL.get(v)).set();
    }

    /** Every verdict in its colour with its meaning, then the two marks; returns the row after it. */
    private static int legend(Worksheet ws, int r, int c) {
        ws.value(r, c, "Legend");
        ws.style(r, c).bold().set();
        r++;
        for (Verdict v : Verdict.values()) {
            ws.value(r, c, v.id());
            ws.style(r, c).fillColor(FILL.get(v)).set();
            ws.value(r, c + 1, ReportText.label(v) + (v.needsHuman() ? " (needs a person)" : ""));
            r++;
        }
        ws.value(r, c, "!");
        ws.value(r++, c + 1, "silent edit: text changed without being marked as a change (needs a person)");
        ws.value(r, c, "*");
        ws.value(r++, c + 1, "open supplier comment (needs a person)");
        return r;
    }

    private static void summarySheet(Worksheet ws, GapMatrix m) {
        long failed = m.failed();
        long attention = m.documents().stream().filter(d -> d.error() == null && d.needsReview()).count();
        ws.width(0, 24);
        ws.width(1, 44);
        String[][] facts = {
                {"Profile", m.profile() == null ? "several profiles" : m.profile()},
                {"Supplier documents", String.valueOf(m.documents().size())},
                {"Need a person", String.valueOf(attention)},
                {"Could not be analysed", String.valueOf(failed)},
                {"Clauses", String.valueOf(m.clauses().size())}};
        ws.value(0, 0, "Gap matrix summary");
        ws.style(0, 0).bold().fontSize(14).set();
        int r = 2;
        for (String[] f : facts) {
            ws.value(r, 0, f[0]);
            ws.style(r, 0).bold().set();
            if (f[0].equals("Profile")) ws.value(r, 1, f[1]);
            else ws.value(r, 1, Long.parseLong(f[1]));
            r++;
        }
        r = clauseCounts(ws, r + 1, m);
        legend(ws, r + 1, 0);
    }

    /** Per clause, how many documents got each verdict and how many need a person there. */
    private static int clauseCounts(Worksheet ws, int r, GapMatrix m) {
        Verdict[] verdicts = Verdict.values();
        header(ws, r, 0, "Clause", false);
        header(ws, r, 1, "Title", false);
        for (int i = 0; i < verdicts.length; i++) {
            ws.value(r, 2 + i, verdicts[i].id());
            ws.style(r, 2 + i).fillColor(FILL.get(verdicts[i])).bold().rotation(90).verticalAlignment("bottom").set();
            ws.width(2 + i, 8);
        }
        header(ws, r, 2 + verdicts.length, "Need a person", false);
        ws.width(2 + verdicts.length, 14);
        ws.rowHeight(r, 125);
        r++;
        for (GapMatrix.Column c : m.clauses()) {
            Map<Verdict, Integer> counts = new HashMap<>();
            int human = 0;
            for (GapMatrix.Row row : m.documents()) {
                Verdict v = row.verdicts().get(c.id());
                if (v == null) continue;
                counts.merge(v, 1, Integer::sum);
                if (v.needsHuman() || row.silent().contains(c.id()) || row.commented().contains(c.id())) human++;
            }
            ws.value(r, 0, c.number() + " (" + c.id() + ")");
            ws.value(r, 1, c.title());
            for (int i = 0; i < verdicts.length; i++) {
                int n = counts.getOrDefault(verdicts[i], 0);
                if (n > 0) ws.value(r, 2 + i, n);
            }
            ws.value(r, 2 + verdicts.length, human);
            r++;
        }
        return r;
    }

    /** A header cell; each style(...).set() replaces the cell's whole style, so it is set once. */
    private static void header(Worksheet ws, int r, int c, String text, boolean rotated) {
        ws.value(r, c, text);
        ws.style(r, c).bold().fillColor(HEADER_FILL).verticalAlignment("bottom").wrapText(!rotated).rotation(rotated ? 90 : 0).set();
    }
}
