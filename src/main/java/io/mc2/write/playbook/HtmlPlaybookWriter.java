package io.mc2.write.playbook;

import io.mc2.playbook.Playbook;
import io.mc2.write.Outline;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes a playbook as one self-contained HTML page (inline CSS, no scripts, no external resources);
 * all text is escaped. A brief's notice is a banner at the top and, when printed, a header that
 * browsers repeat on every page.
 */
public final class HtmlPlaybookWriter implements PlaybookWriter {

    private static final String CSS = """
            body { font-family: "Liberation Sans", Arial, sans-serif; font-size: 11pt; line-height: 1.4;
                   max-width: 52em; margin: 2em auto; padding: 0 1em; color: #111; }
            .running { text-align: right; font-size: 9pt; color: #595959; }
            .notice { border: 2px solid #b00000; color: #b00000; font-weight: bold; padding: 0.5em 1em;
                   text-align: center; margin: 0.5em 0 1em; }
            h1 { font-size: 18pt; margin: 1em 0 0.5em; }
            h2 { font-size: 14pt; margin: 1.6em 0 0.5em; border-bottom: 1px solid #999; }
            h3 { font-size: 12pt; margin: 1.2em 0 0.3em; }
            .status { color: #444; font-size: 10pt; margin: 0.2em 0; }
            table { border-collapse: collapse; width: 100%; font-size: 10pt; margin: 0.5em 0; }
            th, td { border: 1px solid #808080; padding: 0.2em 0.5em; text-align: left; vertical-align: top; }
            th { background: #e7e6e6; }
            .label { font-weight: bold; }
            blockquote { margin: 0.4em 0 0.4em 1.5em; padding-left: 0.8em; border-left: 3px solid #ccc; }
            blockquote p { margin: 0.3em 0; }
            .indent1 { margin-left: 2em; } .indent2 { margin-left: 4em; }
            @media print { body { max-width: none; margin: 0; padding-top: 3em; }
                   .notice.top { position: fixed; top: 0; left: 0; right: 0; margin: 0; background: #fff; } }
            """;

    @Override
    public String extension() {
        return "html";
    }

    @Override
    public void write(Playbook playbook, OutputStream out) throws IOException {
        out.write(render(playbook).getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    public String render(Playbook pb) {
        StringBuilder h = new StringBuilder(32768);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>").append(esc(pb.title()))
                .append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
        if (pb.confidential()) h.append("<p class=\"notice top\">").append(esc(pb.header())).append("</p>\n");
        else h.append("<p class=\"running\">").append(esc(pb.header())).append("</p>\n");
        h.append("<h1>").append(esc(pb.title())).append("</h1>\n<ul class=\"facts\">\n");
        for (Playbook.Fact f : pb.facts()) {
            h.append("<li><span class=\"label\">").append(esc(f.label())).append(":</span> ").append(esc(f.value())).append("</li>\n");
        }
        h.append("</ul>\n");
        for (String para : pb.introduction().split("\n\n")) h.append("<p>").append(esc(para.strip())).append("</p>\n");
        for (Playbook.Article a : pb.articles()) {
            h.append("<h2>").append(a.number()).append(". ").append(esc(a.title())).append("</h2>\n");
            for (Playbook.Entry e : a.clauses()) clause(h, e);
        }
        if (pb.confidential()) h.append("<p class=\"notice\">").append(esc(pb.header())).append("</p>\n");
        return h.append("</body>\n</html>\n").toString();
    }

    private static void clause(StringBuilder h, Playbook.Entry e) {
        h.append("<section id=\"").append(esc(e.id())).append("\">\n<h3>").append(e.number()).append(' ').append(esc(e.title()))
                .append(" <code>").append(esc(e.id())).append("</code></h3>\n");
        h.append("<p class=\"status\">").append(esc(PlaybookWriter.status(e))).append("</p>\n");
        h.append("<p>").append(esc(PlaybookWriter.wordingChoice(e))).append("</p>\n");
        if (!e.parameters().isEmpty()) {
            h.append("<table>\n<thead><tr>");
            for (String c : PlaybookWriter.TABLE_HEAD) h.append("<th>").append(c).append("</th>");
            h.append("</tr></thead>\n<tbody>\n");
            for (Playbook.Row r : e.parameters()) {
                h.append("<tr>");
                for (String c : PlaybookWriter.cells(r)) h.append("<td>").append(esc(c)).append("</td>");
                h.append("</tr>\n");
            }
            h.append("</tbody>\n</table>\n");
        }
        if (e.guidance() != null) {
            guidance(h, PlaybookWriter.WHY, e.guidance().why());
            guidance(h, PlaybookWriter.SUPPLIER_CHANGES, e.guidance().supplierChanges());
            guidance(h, PlaybookWriter.OUR_ANSWER, e.guidance().fallback());
        }
        if (e.wording() != null) {
            h.append("<blockquote>\n");
            for (Outline.NumberedBlock b : Outline.number(e.wording())) {
                h.append("<p class=\"indent").append(b.indent()).append("\">")
                        .append(b.label().isEmpty() ? "" : esc(b.label()) + " ").append(esc(b.block().plainText())).append("</p>\n");
            }
            h.append("</blockquote>\n");
        }
        h.append("</section>\n");
    }

    private static void guidance(StringBuilder h, String label, String text) {
        h.append("<p><span class=\"label\">").append(label).append(".</span> ").append(esc(text)).append("</p>\n");
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
