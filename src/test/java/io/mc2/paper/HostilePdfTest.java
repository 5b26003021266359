package io.mc2.paper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mc2.problem.ExitCode;
import io.mc2.problem.Mc2Exception;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.junit.jupiter.api.Test;

/** PDFs a supplier might send that mc2 must refuse: one line naming the file, exit 4, never a stack trace. */
class HostilePdfTest {
    static final PaperLimits LIMITS = PaperLimits.defaults();

    private static Mc2Exception refused(byte[] pdf, PaperLimits limits) {
        Mc2Exception e = assertThrows(Mc2Exception.class, () -> PdfPaper.read(pdf, "bad.pdf", limits));
        assertEquals(ExitCode.UNSAFE_DOCUMENT, e.exitCode());
        assertTrue(e.getMessage().startsWith("bad.pdf: "), e.getMessage());
        assertEquals(1, e.getMessage().lines().count(), e.getMessage());
        return e;
    }

    private static byte[] save(PDDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        doc.close();
        return out.toByteArray();
    }

    private static PDDocument withText(String text) throws IOException {
        PDDocument doc = new PDDocument();
        PDPage page = new PDPage();
        doc.addPage(page);
        try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
            s.beginText();
            s.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
            s.newLineAtOffset(72, 700);
            s.showText(text);
            s.endText();
        }
        return doc;
    }

    @Test
    void aTextPdfIsRead() throws IOException {
        var blocks = PdfPaper.read(save(withText("1. Security Updates. Supplier shall patch within 30 days.")), "ok.pdf", LIMITS);
        assertEquals("1. Security Updates. Supplier shall patch within 30 days.", blocks.get(0).text());
    }

    @Test
    void anEncryptedPdfIsRefusedEvenWithoutAUserPassword() throws IOException {
        PDDocument doc = withText("Supplier shall patch within 30 days of confirmation of the vulnerability.");
        StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "", new AccessPermission());
        policy.setEncryptionKeyLength(128);
        doc.protect(policy);
        assertTrue(refused(save(doc), LIMITS).getMessage().contains("encrypted"));
        PDDocument locked = withText("Supplier shall patch within 30 days of confirmation of the vulnerability.");
        locked.protect(new StandardProtectionPolicy("owner", "secret", new AccessPermission()));
        assertTrue(refused(save(locked), LIMITS).getMessage().contains("encrypted"));
    }

    @Test
    void anImageOnlyPdfIsRefusedAsAScan() throws IOException {
        PDDocument doc = new PDDocument();
        PDPage page = new PDPage();
        doc.addPage(page);
        var image = new java.awt.image.BufferedImage(200, 100, java.awt.image.BufferedImage.TYPE_INT_RGB);
        try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
            s.drawImage(LosslessFactory.createFromImage(doc, image), 72, 500);
        }
        assertTrue(refused(save(doc), LIMITS).getMessage().contains("no text layer"));
    }

    @Test
    void aPdfWithMorePagesThanTheLimitIsRefusedBeforeItsTextIsRead() throws IOException {
        PDDocument doc = new PDDocument();
        for (int i = 0; i < 2_001; i++) doc.addPage(new PDPage());
        assertTrue(refused(save(doc), LIMITS).getMessage().contains("2001 pages (limit 2000)"));
    }

    @Test
    void textBeyondTheCharacterLimitIsRefused() throws IOException {
        byte[] pdf = save(withText("Supplier shall patch every critical vulnerability within thirty days."));
        assertTrue(refused(pdf, new PaperLimits(1 << 20, 10, 20, 20_000)).getMessage().contains("more than 20 characters"));
    }

    @Test
    void aTruncatedOrDamagedPdfIsOneLineAndExitFour() throws IOException {
        byte[] pdf = Files.readAllBytes(Path.of("src/test/resources/paper/northwind-numbered.pdf"));
        refused(Arrays.copyOf(pdf, 900), LIMITS);
        refused("%PDF-1.7\n%garbage that is not a PDF at all\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII), LIMITS);
    }
}
