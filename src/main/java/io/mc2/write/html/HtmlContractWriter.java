package io.mc2.write.html;

import io.mc2.model.Article;
import io.mc2.model.ClauseInstance;
import io.mc2.model.Contract;
import io.mc2.model.ContractMeta;
import io.mc2.model.Definition;
import io.mc2.model.Inline;
import io.mc2.model.KeyTerm;
import io.mc2.write.ContractWriter;
import io.mc2.write.Outline;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes a contract as one self-contained HTML page (inline CSS, no scripts, no external
 * resources): the same structure as the Word draft, with clause sections whose ids are the clause
 * ids, cross-references as links and parameter values marked with {@code class="value"}. All
 * contract text is HTML-escaped.
 */
public final class HtmlContractWriter implements ContractWriter {

    private static final String CSS = """
            body { font-family: "Times New Roman", "Liberation Serif", serif; font-size: 12pt; line-height: 1.4;
                   max-width: 46em; margin: 2em auto; padding: 0 1em; color: #111; }
            .running { text-align: right; font-size: 9pt; color: #595959; }
            h1 { text-align: center; font-size: 18pt; margin: 1.2em 0 0.6em; }
            .cover { text-align: center; margin: 0.2em 0; }
            .preamble { margin-top: 1.5em; text-align: justify; }
            h2 { font-size: 13pt; margin: 1.6em 0 0.5em; }
            h3 { font-size: 12pt; margin: 1.1em 0 0.3em; }
            .num { display: inline-block; min-width: 2.75em; }
            table { border-collapse: collapse; width: 100%; font-size: 10.5pt; }
            .key-terms th, .key-terms td { border: 1px solid #808080; padding: 0.25em 0.5em; text-align: left;
                   vertical-align: top; }
            .key-terms th { background: #e7e6e6; }
            nav ul { list-style: none; padding-left: 0; margin: 0; }
            nav ul ul { padding-left: 3em; }
            nav a { color: inherit; text-decoration: none; }
            .body, .definition { margin: 0.3em 0 0.6em 3em; text-align: justify; }
            .subclause { margin: 0.3em 0 0.6em 6em; text-indent: -3em; text-align: justify; }
            .item { margin: 0.2em 0 0.4em 6em; text-indent: -3em; }
            .item.under-subclause { margin-left: 9em; }
            a.xref { color: inherit; }
            .signatures td { width: 50%; padding: 0.9em 1em 0 0; vertical-align: bottom; }
            .signatures .line { display: inline-block; border-bottom: 1px solid #111; width: 70%; }
            @media print { body { max-width: none; margin: 0; } .toc, .signatures { page-break-before: always; } }
            """;

    @Override
    public String extension() {
        return "html";
    }

    @Override
    public void write(Contract contract, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write(render(contract));
        w.flush();
    }

    /** The whole page as one string. */
    public String render(Contract contract) {
        ContractMeta m = contract.meta();
        StringBuilder h = new StringBuilder(16384);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        h.append("<meta name=\"generator\" content=\"mc2\">\n");
        h.append("<title>").append(escape(m.title())).append("</title>\n");
        h.append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
        if (!blank(m.headerText())) h.append("<p class=\"running\">").append(escape(m.headerText())).append("</p>\n");
        h.append("<h1>").append(escape(m.title())).append("</h1>\n");
        coverLine(h, "Agreement reference", m.agreementRef());
        coverLine(h, "Product", m.product());
        coverLine(h, "Effective date", m.effectiveDate());
        h.append("<p class=\"preamble\">").append(escape(m.preamble())).append("</p>\n");

        h.append("<h2 id=\"key-terms\">Key Terms Schedule</h2>\n<table class=\"key-terms\">\n");
        h.append("<thead><tr><th>Clause</th><th>Term</th><th>Value</th></tr></thead>\n<tbody>\n");
        for (KeyTerm k : contract.keyTerms()) {
            h.append("<tr><td><a class=\"xref\" href=\"#").append(Outline.anchor(k.clauseId())).append("\">")
                    .append(escape(k.clauseNumber())).append(' ').append(escape(k.clauseTitle())).append("</a></td><td>")
                    .append(escape(k.label())).append("</td><td class=\"value\">").append(escape(k.value()))
                    .append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n");

        h.append("<nav class=\"toc\">\n<h2>Contents</h2>\n<ul>\n");
        if (contract.definitionsArticle() != 0) {
            h.append("<li>");
            tocLink(h, Outline.articleAnchor(contract.definitionsArticle()), contract.definitionsArticle() + ".",
                    Outline.DEFINITIONS_TITLE);
            h.append("</li>\n");
        }
        for (Article a : contract.articles()) {
            h.append("<li>");
            tocLink(h, Outline.articleAnchor(a.number()), a.number() + ".", a.title());
            if (!a.clauses().isEmpty()) {
                h.append("\n<ul>\n");
                for (ClauseInstance c : a.clauses()) {
                    h.append("<li>");
                    tocLink(h, Outline.anchor(c.id()), c.number(), c.title());
                    h.append("</li>\n");
                }
                h.append("</ul>\n");
            }
            h.append("</li>\n");
        }
        h.append("</ul>\n</nav>\n");

        if (contract.definitionsArticle() != 0) {
            int n = contract.definitionsArticle();
            h.append("<section class=\"article\" id=\"").append(Outline.articleAnchor(n)).append("\">\n");
            heading(h, "h2", n + ".", Outline.DEFINITIONS_TITLE);
            for (Definition d : contract.definitions()) {
                h.append("<p class=\"definition\"><strong>\u201C").append(escape(d.term())).append("\u201D</strong> means ")
                        .append(escape(Outline.sentence(d.meaning()))).append("</p>\n");
            }
            h.append("</section>\n");
        }
        for (Article a : contract.articles()) {
            h.append("<section class=\"article\" id=\"").append(Outline.articleAnchor(a.number())).append("\">\n");
            heading(h, "h2", a.number() + ".", a.title());
            for (ClauseInstance c : a.clauses()) clause(h, c, m.executionCopy());
            h.append("</section>\n");
        }

        h.append("<section class=\"signatures\">\n<p>Agreed by the authorized representatives of the parties:</p>\n");
        h.append("<table>\n<tr><td><strong>For ").append(escape(m.hdoName())).append("</strong></td><td><strong>For ")
                .append(escape(m.mdmName())).append("</strong></td></tr>\n");
        for (ContractMeta.SignatureLine line : m.signatureLines()) {
            h.append("<tr><td>").append(signatureCell(line.label(), line.hdo())).append("</td><td>")
                    .append(signatureCell(line.label(), line.mdm())).append("</td></tr>\n");
        }
        h.append("</table>\n</section>\n</body>\n</html>\n");
        return h.toString();
    }

    private static String signatureCell(String label, String value) {
        return label + (value == null ? " <span class=\"line\"></span>" : " " + escape(value));
    }

    /** A clause; the execution copy carries no variant or parameter names (our labels), only the text. */
    private static void clause(StringBuilder h, ClauseInstance c, boolean executionCopy) {
        h.append("<section class=\"clause\" id=\"").append(Outline.anchor(c.id())).append('"');
        if (!executionCopy) h.append(" data-variant=\"").append(escape(c.variant())).append('"');
        h.append(">\n");
        heading(h, "h3", c.number(), c.title());
        for (Outline.NumberedBlock nb : Outline.number(c)) {
            switch (nb.block().kind()) {
                case SUBCLAUSE -> h.append("<p class=\"subclause\">");
                case ITEM -> h.append(nb.indent() > 1 ? "<p class=\"item under-subclause\">" : "<p class=\"item\">");
                default -> h.append("<p class=\"body\">");
            }
            if (!nb.label().isEmpty()) h.append("<span class=\"num\">").append(escape(nb.label())).append("</span> ");
            for (Inline i : nb.block().inlines()) {
                if (i instanceof Inline.Value v && executionCopy) {
                    h.append("<span class=\"value\">").append(escape(v.text())).append("</span>");
                } else if (i instanceof Inline.Value v) {
                    h.append("<span class=\"value\" data-parameter=\"").append(escape(v.parameter())).append("\">")
                            .append(escape(v.text())).append("</span>");
                } else if (i instanceof Inline.CrossRef x) {
                    h.append("<a class=\"xref\" href=\"#").append(Outline.anchor(x.targetClauseId())).append("\">")
                            .append(escape(x.text())).append("</a>");
                } else {
                    h.append(escape(i.text()));
                }
            }
            h.append("</p>\n");
        }
        h.append("</section>\n");
    }

    private static void heading(StringBuilder h, String tag, String number, String title) {
        h.append('<').append(tag).append("><span class=\"num\">").append(escape(number)).append("</span> ")
                .append(escape(title)).append("</").append(tag).append(">\n");
    }

    private static void tocLink(StringBuilder h, String anchor, String number, String title) {
        h.append("<a href=\"#").append(anchor).append("\"><span class=\"num\">").append(escape(number))
                .append("</span> ").append(escape(title)).append("</a>");
    }

    private static void coverLine(StringBuilder h, String label, String value) {
        if (blank(value)) return;
        h.append("<p class=\"cover\">").append(label).append(": ").append(escape(value)).append("</p>\n");
    }

    /** Escapes text for element content and double- or single-quoted attribute values. */
    public static String escape(String text) {
        if (text == null) return "";
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            switch (ch) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> {
                    if (ch >= 0x20 || ch == '\n' || ch == '\t') sb.append(ch);
                }
            }
        }
        return sb.toString();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
