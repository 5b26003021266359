package io.mc2.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mc2.app.GapBatchWorkflow;
import io.mc2.gap.GapMatrix;
import io.mc2.gap.Verdict;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code matrix.xlsx} of a real batch (two committed LibreOffice redlines, the draft itself, a
 * truncated document and one whose name starts with {@code =}) read back with Apache POI, as Excel
 * would read it: rows, fills, the frozen header, the autofilter, the hyperlinks and the summary.
 */
class MatrixXlsxWriterTest {
    static final Path GAP = Path.of("src/test/resources/gap");

    @TempDir
    static Path tmp;
    static Path out;
    static GapBatchWorkflow.Result result;
    static XSSFWorkbook wb;

    @BeforeAll
    static void batch() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("returned"));
        Files.copy(GAP.resolve("lo-supplier.docx"), in.resolve("acme.docx"));
        Files.copy(GAP.resolve("sent-gpo.docx"), in.resolve("globex.docx"));
        Files.copy(GAP.resolve("lo-supplier-paper.docx"), in.resolve("=HYPERLINK(1).docx"));
        byte[] whole = Files.readAllBytes(GAP.resolve("lo-supplier.docx"));
        Files.write(in.resolve("broken.docx"), java.util.Arrays.copyOf(whole, whole.length / 3));
        out = tmp.resolve("out");
        result = new GapBatchWorkflow().run(new GapBatchWorkflow.Request(in, out, GAP.resolve("sent-gpo.docx"), null,
                // the redlines and sent-gpo.docx were made from library 0.2.0 (see fixtures/shipped-0.2.0/README.md)
                io.mc2.testing.Fixtures.fixtureClauses(), io.mc2.testing.Fixtures.fixtureProfiles(), 2, false), new GapBatchWorkflow.Progress() {
                    @Override
                    public void started(int total) {
                    }

                    @Override
                    public void finished(int done, int total, GapMatrix.Row row, GapBatchWorkflow.Failure failure) {
                    }
                });
        wb = new XSSFWorkbook(Files.newInputStream(out.resolve("matrix.xlsx")));
    }

    private static XSSFRow row(XSSFSheet sheet, String file) {
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            XSSFRow row = sheet.getRow(r);
            if (row != null && row.getCell(0) != null && file.equals(row.getCell(0).getStringCellValue())) return row;
        }
        throw new AssertionError("no row for " + file);
    }

    private static int column(XSSFSheet sheet, String startsWith) {
        for (XSSFCell c : (Iterable<XSSFCell>) () -> (java.util.Iterator) sheet.getRow(0).cellIterator()) {
            if (c.getStringCellValue().startsWith(startsWith)) return c.getColumnIndex();
        }
        throw new AssertionError("no column " + startsWith);
    }

    private static String fill(XSSFCell cell) {
        XSSFCellStyle style = cell.getCellStyle();
        return style.getFillForegroundXSSFColor() == null ? null : style.getFillForegroundXSSFColor().getARGBHex().substring(2);
    }

    @Test
    void aRowPerDocumentAndAColumnPerClauseWithTheVerdictsOfTheMatrix() {
        XSSFSheet sheet = wb.getSheet("Matrix");
        GapMatrix m = result.matrix();
        assertEquals("Supplier document", sheet.getRow(0).getCell(0).getStringCellValue());
        assertEquals(m.clauses().size() + 6, sheet.getRow(0).getLastCellNum(), "document, clauses, other, silent, comments, person, error");
        for (int i = 0; i < m.clauses().size(); i++) {
            GapMatrix.Column c = m.clauses().get(i);
            assertTrue(sheet.getRow(0).getCell(i + 1).getStringCellValue().startsWith(c.number() + " "), c.id());
        }
        for (GapMatrix.Row r : m.documents()) {
            XSSFRow row = row(sheet, r.file());
            if (r.error() != null) {
                assertEquals(r.error(), row.getCell(m.clauses().size() + 5).getStringCellValue());
                continue;
            }
            for (int i = 0; i < m.clauses().size(); i++) {
                Verdict v = r.verdicts().get(m.clauses().get(i).id());
                XSSFCell cell = row.getCell(i + 1);
                assertTrue(cell.getStringCellValue().startsWith(v.id()), r.file() + " " + m.clauses().get(i).id());
                assertEquals(MatrixXlsxWriter.FILL.get(v), fill(cell), "coloured by verdict: " + v);
            }
            assertEquals(r.needsReview() ? "yes" : "no", row.getCell(m.clauses().size() + 4).getStringCellValue());
        }
        XSSFRow globex = row(sheet, "globex.docx");
        assertEquals("unchanged", globex.getCell(1).getStringCellValue());
        XSSFRow acme = row(sheet, "acme.docx");
        int needsPerson = 0;
        for (int i = 1; i <= m.clauses().size(); i++) if (!acme.getCell(i).getStringCellValue().startsWith("unchanged")) needsPerson++;
        assertTrue(needsPerson > 0, "the LibreOffice redline changed clauses");
    }

    @Test
    void aNameThatLooksLikeAFormulaStaysText() {
        XSSFCell cell = row(wb.getSheet("Matrix"), "=HYPERLINK(1).docx").getCell(0);
        assertEquals(CellType.STRING, cell.getCellType());
    }

    @Test
    void theHeaderAndTheDocumentColumnAreFrozenAndTheTableHasAnAutofilter() {
        XSSFSheet sheet = wb.getSheet("Matrix");
        PaneInformation pane = sheet.getPaneInformation();
        assertNotNull(pane);
        assertTrue(pane.isFreezePane());
        assertEquals(1, pane.getHorizontalSplitPosition(), "header row frozen");
        assertEquals(1, pane.getVerticalSplitPosition(), "document column frozen");
        String ref = sheet.getCTWorksheet().getAutoFilter().getRef();
        int lastCol = result.matrix().clauses().size() + 5;
        assertEquals("A1:" + org.apache.poi.ss.util.CellReference.convertNumToColString(lastCol) + (result.matrix().documents().size() + 1),
                ref);
    }

    @Test
    void eachDocumentLinksToItsReportAndAFailedOneLinksNowhere() {
        XSSFSheet sheet = wb.getSheet("Matrix");
        for (GapMatrix.Row r : result.matrix().documents()) {
            XSSFCell cell = row(sheet, r.file()).getCell(0);
            if (r.reports() == null) {
                assertNull(cell.getHyperlink(), r.file());
                continue;
            }
            assertNotNull(cell.getHyperlink(), r.file());
            String address = cell.getHyperlink().getAddress();
            assertEquals(MatrixHtmlWriter.link(r.reports().html()), address);
            String decoded = java.net.URLDecoder.decode(address.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(Files.isRegularFile(out.resolve(decoded)), "the link reaches the report beside the workbook: " + address);
        }
    }

    @Test
    void theLegendNamesEveryVerdictInItsColour() {
        for (String name : List.of("Matrix", "Summary")) {
            XSSFSheet sheet = wb.getSheet(name);
            List<Verdict> seen = new ArrayList<>();
            boolean legend = false;
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                XSSFRow row = sheet.getRow(r);
                if (row == null || row.getCell(0) == null || row.getCell(0).getCellType() != CellType.STRING) continue;
                String text = row.getCell(0).getStringCellValue();
                if (text.equals("Legend")) legend = true;
                else if (legend) {
                    for (Verdict v : Verdict.values()) {
                        if (v.id().equals(text)) {
                            assertEquals(MatrixXlsxWriter.FILL.get(v), fill(row.getCell(0)));
                            assertEquals(ReportText.label(v), row.getCell(1).getStringCellValue().replace(" (needs a person)", ""));
                            seen.add(v);
                        }
                    }
                }
            }
            assertEquals(List.of(Verdict.values()), seen, name);
        }
    }

    @Test
    void theSummaryCountsDocumentsAndVerdictsPerClause() {
        XSSFSheet sheet = wb.getSheet("Summary");
        GapMatrix m = result.matrix();
        assertEquals("Supplier documents", sheet.getRow(3).getCell(0).getStringCellValue());
        assertEquals(m.documents().size(), (int) sheet.getRow(3).getCell(1).getNumericCellValue());
        assertEquals(m.failed(), (long) sheet.getRow(5).getCell(1).getNumericCellValue());
        int header = 8;
        assertEquals("Clause", sheet.getRow(header).getCell(0).getStringCellValue());
        GapMatrix.Column first = m.clauses().get(0);
        XSSFRow r = sheet.getRow(header + 1);
        assertEquals(first.number() + " (" + first.id() + ")", r.getCell(0).getStringCellValue());
        long unchanged = m.documents().stream().filter(d -> d.verdicts().get(first.id()) == Verdict.UNCHANGED).count();
        int col = 2 + Verdict.UNCHANGED.ordinal();
        assertEquals(unchanged, r.getCell(col) == null ? 0 : (long) r.getCell(col).getNumericCellValue());
    }

    @Test
    void theWebAppGetsTheSameBytesWithoutAFile() throws IOException {
        byte[] bytes = new MatrixXlsxWriter().bytes(result.matrix());
        try (XSSFWorkbook again = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            assertEquals(List.of("Matrix", "Summary"), List.of(again.getSheetName(0), again.getSheetName(1)));
            assertEquals(wb.getSheet("Matrix").getLastRowNum(), again.getSheet("Matrix").getLastRowNum());
        }
    }

    @Test
    void theSameMatrixGivesTheSameBytes() throws Exception {
        byte[] first = new MatrixXlsxWriter().bytes(result.matrix());
        Thread.sleep(5);
        assertTrue(java.util.Arrays.equals(first, new MatrixXlsxWriter().bytes(result.matrix())), "no clock in the workbook");
        assertTrue(java.util.Arrays.equals(first, Files.readAllBytes(out.resolve("matrix.xlsx"))), "the file is the same workbook");
    }

    @Test
    void thePaletteIsTheHtmlReportsOne() {
        Matcher m = Pattern.compile("([.a-z,-]+)\\{background:#([0-9a-f]{6})}").matcher(HtmlReportWriter.VERDICT_COLOURS);
        int checked = 0;
        while (m.find()) {
            for (String cls : m.group(1).split(",")) {
                Verdict v = Verdict.valueOf(cls.substring(1).toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
                assertEquals(m.group(2).toUpperCase(java.util.Locale.ROOT), MatrixXlsxWriter.FILL.get(v), v.id());
                checked++;
            }
        }
        assertEquals(Verdict.values().length, checked);
    }
}
