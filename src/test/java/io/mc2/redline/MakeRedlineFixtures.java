package io.mc2.redline;

import static io.mc2.redline.FixtureDocx.del;
import static io.mc2.redline.FixtureDocx.delR;
import static io.mc2.redline.FixtureDocx.ins;
import static io.mc2.redline.FixtureDocx.p;
import static io.mc2.redline.FixtureDocx.r;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes the hand-built fixtures under src/test/resources/redline ONCE; the outputs are committed
 * and tests never regenerate them. Run from the project root:
 * {@code java -cp target/test-classes:target/classes io.mc2.redline.MakeRedlineFixtures src/test/resources/redline}
 */
public final class MakeRedlineFixtures {

    static final String CT_STYLES = "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml";
    static final String CT_NUMBERING = "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml";
    static final String CT_HEADER = "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml";
    static final String CT_FOOTER = "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml";
    static final String CT_FOOTNOTES = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml";
    static final String CT_ENDNOTES = "application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml";
    static final String CT_COMMENTS = "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml";
    static final String CT_COMMENTS_EX = "application/vnd.openxmlformats-officedocument.wordprocessingml.commentsExtended+xml";
    static final String CT_SETTINGS = "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml";
    static final String CT_CUSTOM = "application/vnd.openxmlformats-officedocument.custom-properties+xml";
    static final String CT_CORE = "application/vnd.openxmlformats-package.core-properties+xml";
    static final String SC = "Supplier Counsel";
    static final String D1 = "2026-02-03T10:00:00Z";

    private MakeRedlineFixtures() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "src/test/resources/redline");
        Files.createDirectories(dir);
        structure().write(dir.resolve("structure.docx"));
        redline().write(dir.resolve("redline.docx"));
        external().write(dir.resolve("external-template.docx"));
        contractInput().write(dir.resolve("lo-input.docx"));
        macroContentType().write(dir.resolve("unsafe/macro-content-type.docx"));
        vbaProject().write(dir.resolve("unsafe/vba-project.docx"));
        dtd().write(dir.resolve("unsafe/dtd-entity.docx"));
        Files.write(dir.resolve("unsafe/zip-bomb.docx"), zipBomb());
        tooDeep().write(dir.resolve("unsafe/too-deep.docx"));
        Files.write(dir.resolve("unsafe/encrypted.docx"), ole("EncryptionInfo", "EncryptedPackage"));
        Files.write(dir.resolve("unsafe/legacy.doc"), ole("WordDocument", "1Table"));
        byte[] whole = structure().bytes();
        Files.write(dir.resolve("unsafe/truncated.docx"), Arrays.copyOf(whole, whole.length * 3 / 5));
        Files.writeString(dir.resolve("unsafe/not-a-zip.docx"), "Dear supplier, this is plain text.\n");
        Files.write(dir.resolve("unsafe/empty.docx"), new byte[0]);
    }

    static String styles() {
        return "<w:styles " + FixtureDocx.NS + ">"
                + "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style>"
                + "<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/><w:basedOn w:val=\"Normal\"/>"
                + "<w:pPr><w:numPr><w:numId w:val=\"1\"/></w:numPr></w:pPr></w:style>"
                + "<w:style w:type=\"paragraph\" w:styleId=\"ClauseText\"><w:name w:val=\"Clause Text\"/><w:basedOn w:val=\"Normal\"/></w:style>"
                + "<w:style w:type=\"character\" w:styleId=\"Hyperlink\"><w:name w:val=\"Hyperlink\"/></w:style>"
                + "</w:styles>";
    }

    static String numbering() {
        return "<w:numbering " + FixtureDocx.NS + "><w:abstractNum w:abstractNumId=\"0\">"
                + "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:pStyle w:val=\"Heading1\"/><w:lvlText w:val=\"%1.\"/></w:lvl>"
                + "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.%2\"/></w:lvl>"
                + "<w:lvl w:ilvl=\"2\"><w:start w:val=\"1\"/><w:numFmt w:val=\"lowerLetter\"/><w:lvlText w:val=\"(%3)\"/></w:lvl>"
                + "<w:lvl w:ilvl=\"3\"><w:start w:val=\"1\"/><w:numFmt w:val=\"lowerRoman\"/><w:lvlText w:val=\"(%4)\"/></w:lvl>"
                + "</w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num></w:numbering>";
    }

    static String num(int ilvl) {
        return "<w:numPr><w:ilvl w:val=\"" + ilvl + "\"/><w:numId w:val=\"1\"/></w:numPr>";
    }

    static String sdt(String tag, String content) {
        return "<w:sdt><w:sdtPr><w:alias w:val=\"" + tag + "\"/><w:tag w:val=\"" + tag + "\"/></w:sdtPr><w:sdtContent>"
                + content + "</w:sdtContent></w:sdt>";
    }

    static String cell(String content) {
        return "<w:tc><w:tcPr><w:tcW w:w=\"2000\" w:type=\"dxa\"/></w:tcPr>" + content + "</w:tc>";
    }

    static String fld(String instr, String result) {
        return "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\">" + instr
                + "</w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" + r(result)
                + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>";
    }

    static String sectPr() {
        return "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rIdH1\"/><w:footerReference w:type=\"default\" r:id=\"rIdF1\"/>"
                + "<w:pgSz w:w=\"12240\" w:h=\"15840\"/></w:sectPr>";
    }

    /** Structure without tracked changes: every wrapper the reader must look through. */
    static FixtureDocx structure() {
        String body = sdt("mc2:clause:patching",
                p("<w:pStyle w:val=\"Heading1\"/>", "<w:bookmarkStart w:id=\"1\" w:name=\"clause_patching\"/>" + r("Security patching")
                        + "<w:bookmarkEnd w:id=\"1\"/>")
                + p("<w:pStyle w:val=\"ClauseText\"/>" + num(1), r("The Supplier shall make patches available within ")
                        + sdt("mc2:param:patch-days", r("30")) + r(" days; see ")
                        + "<w:hyperlink r:id=\"rIdLink\" w:history=\"1\"><w:r><w:rPr><w:rStyle w:val=\"Hyperlink\"/></w:rPr><w:t>the policy</w:t></w:r></w:hyperlink>"
                        + r(".") + "<w:r><w:footnoteReference w:id=\"1\"/></w:r>")
                + p(num(2), r("Critical") + "<w:r><w:tab/></w:r>" + r("15 days") + "<w:r><w:br/></w:r>" + r("second line")
                        + "<w:r><w:br w:type=\"page\"/></w:r>"))
                + p(num(2), r("Page ") + fld(" PAGE ", "7") + r(" of ")
                        + "<w:fldSimple w:instr=\" NUMPAGES \"><w:r><w:t>9</w:t></w:r></w:fldSimple>" + r("; ")
                        + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> IF </w:instrText></w:r>"
                        + fld(" REF days ", "30") + "<w:r><w:instrText xml:space=\"preserve\"> = 30 \"ok\" </w:instrText></w:r>"
                        + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" + r("ok")
                        + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>")
                + p("<w:pStyle w:val=\"Heading1\"/>", r("Parties"))
                + p(num(1), "<w:smartTag w:uri=\"urn:schemas-microsoft-com:office:smarttags\" w:element=\"company\">"
                        + "<w:smartTagPr><w:attr w:name=\"x\" w:val=\"y\"/></w:smartTagPr>" + r("Acme Medical") + "</w:smartTag>"
                        + "<w:customXml w:uri=\"urn:mc2\" w:element=\"party\"><w:customXmlPr/>" + r(" Inc.") + "</w:customXml>"
                        + "<w:r><w:sym w:font=\"Times New Roman\" w:char=\"00A7\"/></w:r>")
                + "<w:customXml w:uri=\"urn:mc2\" w:element=\"block\">" + p(num(2), r("Inside block custom XML")) + "</w:customXml>"
                + "<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr><w:tblGrid><w:gridCol w:w=\"2000\"/><w:gridCol w:w=\"2000\"/></w:tblGrid>"
                + "<w:tr>" + cell(p(r("Level"))) + cell(p(r("Days"))) + "</w:tr>"
                + "<w:tr>" + cell(p(r("Critical"))) + cell(p(r("Nested:"))
                        + "<w:tbl><w:tr>" + cell(p(r("inner A"))) + cell(p(r("inner B")) + p(r("inner B2"))) + "</w:tr></w:tbl>"
                        + p(r("after nested"))) + "</w:tr>"
                + sdt("mc2:row", "<w:tr>" + cell(p(r("High"))) + cell(p(r("60"))) + "</w:tr>")
                + "</w:tbl>"
                + "<w:bookmarkStart w:id=\"9\" w:name=\"before_end\"/><w:bookmarkEnd w:id=\"9\"/>"
                + "<mc:AlternateContent><mc:Choice Requires=\"w14\">" + p(r("choice text")) + "</mc:Choice><mc:Fallback>"
                + p(r("End.")) + "</mc:Fallback></mc:AlternateContent>"
                + sectPr();
        return FixtureDocx.withBody(body)
                .related("styles", "styles.xml", CT_STYLES, styles())
                .related("numbering", "numbering.xml", CT_NUMBERING, numbering())
                .related("rIdH1", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/header", "header1.xml", CT_HEADER,
                        "<w:hdr " + FixtureDocx.NS + ">" + p(r("Draft \u2014 confidential")) + "</w:hdr>")
                .related("rIdF1", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer", "footer1.xml", CT_FOOTER,
                        "<w:ftr " + FixtureDocx.NS + ">" + p(r("Page ") + fld(" PAGE ", "1")) + "</w:ftr>")
                .related("footnotes", "footnotes.xml", CT_FOOTNOTES, "<w:footnotes " + FixtureDocx.NS + ">"
                        + "<w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>"
                        + "<w:footnote w:type=\"continuationSeparator\" w:id=\"0\"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>"
                        + "<w:footnote w:id=\"1\">" + p("<w:r><w:footnoteRef/></w:r>" + r(" See the MDS2 form.")) + "</w:footnote>"
                        + "</w:footnotes>")
                .related("endnotes", "endnotes.xml", CT_ENDNOTES, "<w:endnotes " + FixtureDocx.NS + ">"
                        + "<w:endnote w:id=\"1\">" + p(r("Endnote text.")) + "</w:endnote></w:endnotes>")
                .externalDocumentRelationship("rIdLink", "hyperlink", "https://example.org/policy")
                .packageRelated("http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties",
                        "docProps/custom.xml", CT_CUSTOM,
                        "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/custom-properties\" "
                                + "xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">"
                                + "<property fmtid=\"{D5CDD505-2E9C-101B-9397-08002B2CF9AE}\" pid=\"2\" name=\"mc2.clauses\"><vt:lpwstr>patching@1:ab12,parties@1:cd34</vt:lpwstr></property>"
                                + "<property fmtid=\"{D5CDD505-2E9C-101B-9397-08002B2CF9AE}\" pid=\"3\" name=\"mc2.generator\"><vt:lpwstr>mc2 0.1.0</vt:lpwstr></property>"
                                + "<property fmtid=\"{D5CDD505-2E9C-101B-9397-08002B2CF9AE}\" pid=\"4\" name=\"mc2.profile.version\"><vt:i4>3</vt:i4></property>"
                                + "</Properties>")
                .packageRelated("http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
                        "docProps/core.xml", CT_CORE,
                        "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
                                + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\">"
                                + "<dc:title>Structure fixture</dc:title><dc:creator>mc2 tests</dc:creator>"
                                + "<dcterms:created>2026-01-01T00:00:00Z</dcterms:created></cp:coreProperties>");
    }

    static String mark(String kind, int id, String author, String date) {
        return "<w:rPr><w:" + kind + " w:id=\"" + id + "\" w:author=\"" + author + "\"" + (date == null ? "" : " w:date=\"" + date + "\"") + "/></w:rPr>";
    }

    static String pid(String paraId, String inner) {
        return "<w:p w14:paraId=\"" + paraId + "\" w14:textId=\"77777777\">" + inner + "</w:p>";
    }

    /** Every kind of tracked change and comment the reader must report. */
    static FixtureDocx redline() {
        String body = p(r("The Supplier shall ") + ins(1, SC, D1, r("use reasonable efforts to "))
                        + "<w:commentRangeStart w:id=\"0\"/>" + r("notify the Customer") + "<w:commentRangeEnd w:id=\"0\"/>"
                        + "<w:r><w:commentReference w:id=\"0\"/></w:r><w:r><w:commentReference w:id=\"1\"/></w:r>"
                        + r(" within ") + del(2, SC, D1, delR("72")) + ins(3, SC, D1, r("120")) + r(" hours."))
                + p(mark("ins", 4, SC, D1), r("First half."))
                + p(mark("del", 5, SC, D1), r("second half "))
                + p(r("continued."))
                + p(mark("del", 6, SC, D1), del(7, SC, D1, delR("Obsolete clause.")))
                + p(mark("ins", 8, SC, D1), ins(9, SC, D1, r("New clause.")))
                + p("<w:moveFromRangeStart w:id=\"10\" w:author=\"" + SC + "\" w:date=\"" + D1 + "\" w:name=\"move1\"/>"
                        + "<w:commentRangeStart w:id=\"2\"/>"
                        + "<w:moveFrom w:id=\"11\" w:author=\"" + SC + "\" w:date=\"" + D1 + "\">" + r("Moved sentence.") + "</w:moveFrom>"
                        + "<w:commentRangeEnd w:id=\"2\"/><w:r><w:commentReference w:id=\"2\"/></w:r>"
                        + "<w:moveFromRangeEnd w:id=\"10\"/>" + r(" Stays."))
                + p(r("Middle paragraph."))
                + p("<w:moveToRangeStart w:id=\"12\" w:author=\"" + SC + "\" w:date=\"" + D1 + "\" w:name=\"move1\"/>"
                        + "<w:moveTo w:id=\"13\" w:author=\"" + SC + "\" w:date=\"" + D1 + "\">" + r("Moved sentence.") + "</w:moveTo>"
                        + "<w:moveToRangeEnd w:id=\"12\"/>")
                + p("<w:moveFrom w:id=\"14\" w:author=\"" + SC + "\">" + r("Bare move.") + "</w:moveFrom>" + r(" Left."))
                + p(r("Right. ") + "<w:moveTo w:id=\"15\" w:author=\"" + SC + "\">" + r("Bare move.") + "</w:moveTo>")
                + p("<w:pStyle w:val=\"Heading1\"/><w:pPrChange w:id=\"16\" w:author=\"" + SC + "\" w:date=\"" + D1 + "\">"
                        + "<w:pPr><w:pStyle w:val=\"Normal\"/></w:pPr></w:pPrChange>",
                        "<w:r><w:rPr><w:b/><w:rPrChange w:id=\"17\" w:author=\"" + SC + "\" w:date=\"" + D1 + "\"><w:rPr/></w:rPrChange></w:rPr><w:t>Reformatted heading</w:t></w:r>")
                + "<w:tbl><w:tblGrid><w:gridCol w:w=\"2000\"/><w:gridCol w:w=\"2000\"/></w:tblGrid>"
                + "<w:tr>" + cell(p(r("Severity"))) + cell(p(r("Days"))) + "</w:tr>"
                + "<w:tr><w:trPr><w:ins w:id=\"18\" w:author=\"" + SC + "\" w:date=\"" + D1 + "\"/></w:trPr>"
                + cell(p(mark("ins", 19, SC, D1), ins(20, SC, D1, r("Low")))) + cell(p(mark("ins", 21, SC, D1), ins(22, SC, D1, r("180"))))
                + "</w:tr>"
                + "<w:tr><w:trPr><w:del w:id=\"23\" w:author=\"" + SC + "\" w:date=\"" + D1 + "\"/></w:trPr>"
                + cell(p(del(24, SC, D1, delR("Critical")))) + cell(p(del(25, SC, D1, delR("15")))) + "</w:tr>"
                + "<w:tr>" + cell(p(r("High"))) + "<w:tc><w:tcPr><w:cellIns w:id=\"26\" w:author=\"" + SC + "\" w:date=\"" + D1 + "\"/></w:tcPr>"
                + p(r("60")) + "</w:tc></w:tr>"
                + "</w:tbl>"
                + p(r("Here is a ") + del(27, "Author", null, delR("dummy")) + ins(28, "Author", null, r("test")) + r(" document."))
                + "<w:sectPr/>";
        String comments = "<w:comments " + FixtureDocx.NS + ">"
                + "<w:comment w:id=\"0\" w:author=\"Hospital Buyer\" w:date=\"2026-02-01T09:00:00Z\" w:initials=\"HB\">"
                + pid("0A000001", "<w:r><w:annotationRef/></w:r>" + r("Which notice?")) + "</w:comment>"
                + "<w:comment w:id=\"1\" w:author=\"" + SC + "\" w:date=\"2026-02-02T09:00:00Z\" w:initials=\"SC\">"
                + pid("0A000002", "<w:r><w:annotationRef/></w:r>" + r("Written notice.")) + pid("0A000003", r("Second paragraph.")) + "</w:comment>"
                + "<w:comment w:id=\"2\" w:author=\"Hospital Buyer\" w:initials=\"HB\">"
                + pid("0A000004", "<w:r><w:annotationRef/></w:r>" + r("Why move it?")) + "</w:comment>"
                + "</w:comments>";
        String commentsEx = "<w15:commentsEx " + FixtureDocx.NS + ">"
                + "<w15:commentEx w15:paraId=\"0A000001\" w15:done=\"0\"/>"
                + "<w15:commentEx w15:paraId=\"0A000003\" w15:paraIdParent=\"0A000001\" w15:done=\"0\"/>"
                + "<w15:commentEx w15:paraId=\"0A000004\" w15:done=\"1\"/>"
                + "</w15:commentsEx>";
        return FixtureDocx.withBody(body)
                .related("styles", "styles.xml", CT_STYLES, styles())
                .related("numbering", "numbering.xml", CT_NUMBERING, numbering())
                .related("comments", "comments.xml", CT_COMMENTS, comments)
                .related("http://schemas.microsoft.com/office/2011/relationships/commentsExtended", "commentsExtended.xml",
                        CT_COMMENTS_EX, commentsEx);
    }

    /** A draft that refers to a remote template: reported, never fetched. */
    static FixtureDocx external() {
        FixtureDocx d = FixtureDocx.withBody(p(r("Template test.")) + "<w:sectPr/>")
                .related("settings", "settings.xml", CT_SETTINGS, "<w:settings " + FixtureDocx.NS + ">"
                        + "<w:attachedTemplate r:id=\"rIdT\"/></w:settings>");
        d.part("word/_rels/settings.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships "
                + "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rIdT\" "
                + "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate\" "
                + "Target=\"http://203.0.113.7/templates/contract.dotm\" TargetMode=\"External\"/></Relationships>");
        return d;
    }

    /** A small numbered contract used as LibreOffice's input for the LO-made redline fixtures. */
    static FixtureDocx contractInput() {
        String body = p("<w:pStyle w:val=\"Heading1\"/>", r("Security patching"))
                + p("<w:pStyle w:val=\"ClauseText\"/>" + num(1), r("The Supplier shall make security patches available within thirty (30) days of their release."))
                + p("<w:pStyle w:val=\"ClauseText\"/>" + num(1), r("The Supplier shall notify the Customer of actively exploited vulnerabilities within 3 business days."))
                + p(num(2), r("Critical patches within 15 days."))
                + p(num(2), r("Either party may terminate for repeated failures."))
                + p("<w:pStyle w:val=\"Heading1\"/>", r("Breach notification"))
                + p("<w:pStyle w:val=\"ClauseText\"/>" + num(1), r("The Supplier shall give written notice of a breach within 5 days."))
                + p("<w:pStyle w:val=\"ClauseText\"/>" + num(1), r("The Supplier shall maintain cyber insurance of USD 5,000,000 per claim."))
                + "<w:sectPr/>";
        return FixtureDocx.withBody(body)
                .related("styles", "styles.xml", CT_STYLES, styles())
                .related("numbering", "numbering.xml", CT_NUMBERING, numbering());
    }

    static FixtureDocx macroContentType() {
        return FixtureDocx.withBody(p(r("Macro document.")))
                .mainContentType("application/vnd.ms-word.document.macroEnabled.main+xml");
    }

    static FixtureDocx vbaProject() {
        return FixtureDocx.withBody(p(r("Has a VBA project.")))
                .binaryPart("word/vbaProject.bin", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0});
    }

    static FixtureDocx dtd() {
        FixtureDocx d = FixtureDocx.withBody("");
        d.part("word/document.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">"
                + "<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]>\n<w:document " + FixtureDocx.NS
                + "><w:body>" + p(r("&xxe;&lol2;")) + "</w:body></w:document>");
        return d;
    }

    static FixtureDocx tooDeep() {
        String open = "<w:hyperlink>".repeat(5000);
        String close = "</w:hyperlink>".repeat(5000);
        return FixtureDocx.withBody(p(open + r("deep") + close));
    }

    /** A valid package whose document.xml inflates to 64 MiB of whitespace from about 64 KiB. */
    static byte[] zipBomb() {
        byte[] head = ("<?xml version=\"1.0\"?>\n<w:document " + FixtureDocx.NS + "><w:body><w:p>").getBytes(StandardCharsets.UTF_8);
        byte[] filler = new byte[64 << 20];
        Arrays.fill(filler, (byte) ' ');
        byte[] tail = "</w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream doc = new ByteArrayOutputStream(filler.length + 1024);
        doc.writeBytes(head);
        doc.writeBytes(filler);
        doc.writeBytes(tail);
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("[Content_Types].xml", ("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>").getBytes(StandardCharsets.UTF_8));
        entries.put("word/document.xml", doc.toByteArray());
        return FixtureDocx.zip(entries);
    }

    /** The first bytes of an OLE compound file and a directory naming the given streams (UTF-16LE). */
    static byte[] ole(String... streams) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1});
        out.writeBytes(new byte[504]);
        for (String s : streams) {
            byte[] name = Arrays.copyOf(s.getBytes(StandardCharsets.UTF_16LE), 128);
            out.writeBytes(name);
        }
        out.writeBytes(new byte[512]);
        return out.toByteArray();
    }
}
