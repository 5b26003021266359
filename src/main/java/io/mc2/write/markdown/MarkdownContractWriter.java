package io.mc2.write.markdown;

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
 * Writes a contract as CommonMark with GitHub-style tables: title, cover lines, parties, key-terms
 * table, linked contents, definitions, numbered articles ({@code ## 2. Title}) and clauses
 * ({@code ### 2.1 Title}) with an HTML anchor named after the clause id, sub-clauses and items as
 * numbered paragraphs, cross-references as links, and signature lines. All contract text is escaped,
 * so values such as {@code $foo}, {@code #set} or {@code <b>&} read literally.
 */
public final class MarkdownContractWriter implements ContractWriter {

    @Override
    public String extension() {
        return "md";
    }

    @Override
    public void write(Contract contract, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write(render(contract));
        w.flush();
    }

    /** The whole document as one string. */
    public String render(Contract contract) {
        StringBuilder md = new StringBuilder(8192);
        ContractMeta m = contract.meta();
        if (!blank(m.headerText())) md.append('*').append(escape(m.headerText())).append("*\n\n");
        md.append("# ").append(escape(m.title())).append("\n\n");
        coverLine(md, "Agreement reference", m.agreementRef());
        coverLine(md, "Product", m.product());
        coverLine(md, "Effective date", m.effectiveDate());
        md.append('\n');
        md.append(paragraph(escape(m.preamble()))).append("\n\n");

        md.append("## Key Terms Schedule\n\n");
        md.append("| Clause | Term | Value |\n|---|---|---|\n");
        for (KeyTerm k : contract.keyTerms()) {
            md.append("| [").append(escape(k.clauseNumber())).append(' ').append(escape(k.clauseTitle()))
                    .append("](#").append(Outline.anchor(k.clauseId())).append(") | ").append(escape(k.label()))
                    .append(" | ").append(escape(k.value())).append(" |\n");
        }
        md.append('\n');

        md.append("## Contents\n\n");
        if (contract.definitionsArticle() != 0) {
            tocLine(md, "", contract.definitionsArticle() + ".", Outline.DEFINITIONS_TITLE,
                    Outline.articleAnchor(contract.definitionsArticle()));
        }
        for (Article a : contract.articles()) {
            tocLine(md, "", a.number() + ".", a.title(), Outline.articleAnchor(a.number()));
            for (ClauseInstance c : a.clauses()) tocLine(md, "  ", c.number(), c.title(), Outline.anchor(c.id()));
        }
        md.append('\n');

        if (contract.definitionsArticle() != 0) {
            heading(md, "##", Outline.articleAnchor(contract.definitionsArticle()), contract.definitionsArticle() + ".",
                    Outline.DEFINITIONS_TITLE);
            for (Definition d : contract.definitions()) {
                md.append(paragraph("**\u201C" + escape(d.term()) + "\u201D** means " + escape(Outline.sentence(d.meaning()))))
                        .append("\n\n");
            }
        }
        for (Article a : contract.articles()) {
            heading(md, "##", Outline.articleAnchor(a.number()), a.number() + ".", a.title());
            for (ClauseInstance c : a.clauses()) clause(md, c);
        }

        md.append("## Signatures\n\n");
        md.append("Agreed by the authorized representatives of the parties:\n\n");
        md.append("| For ").append(escape(m.hdoName())).append(" | For ").append(escape(m.mdmName())).append(" |\n");
        md.append("|---|---|\n");
        for (ContractMeta.SignatureLine line : m.signatureLines()) {
            md.append("| ").append(line.label()).append(' ').append(line.hdo() == null ? "____________________" : escape(line.hdo()))
                    .append(" | ").append(line.label()).append(' ')
                    .append(line.mdm() == null ? "____________________" : escape(line.mdm())).append(" |\n");
        }
        return md.toString();
    }

    private static void clause(StringBuilder md, ClauseInstance c) {
        heading(md, "###", Outline.anchor(c.id()), c.number(), c.title());
        for (Outline.NumberedBlock nb : Outline.number(c)) {
            String text = inlines(nb.block().inlines());
            if (nb.label().isEmpty()) {
                md.append(paragraph(text));
            } else {
                // "2.1.1 " and "(a) " are not list markers in CommonMark, so the label can lead the line
                md.append(nb.label()).append(' ').append(text);
            }
            md.append("\n\n");
        }
    }

    private static String inlines(List<Inline> inlines) {
        StringBuilder sb = new StringBuilder();
        for (Inline i : inlines) {
            if (i instanceof Inline.CrossRef x) {
                sb.append('[').append(escape(x.text())).append("](#").append(Outline.anchor(x.targetClauseId())).append(')');
            } else {
                sb.append(escape(i.text()));
            }
        }
        return sb.toString();
    }

    private static void heading(StringBuilder md, String level, String anchor, String number, String title) {
        md.append(level).append(" <a id=\"").append(anchor).append("\"></a>").append(escape(number)).append(' ')
                .append(escape(title)).append("\n\n");
    }

    private static void tocLine(StringBuilder md, String indent, String number, String title, String anchor) {
        md.append(indent).append("- [").append(escape(number)).append(' ').append(escape(title)).append("](#")
                .append(anchor).append(")\n");
    }

    private static void coverLine(StringBuilder md, String label, String value) {
        if (blank(value)) return;
        // two trailing spaces: a hard line break, so the cover lines stay on separate lines
        md.append(label).append(": ").append(escape(value)).append("  \n");
    }

    /** Text of the contract as Markdown: see {@link MarkdownText}, the one Markdown escaper. */
    public static String escape(String text) {
        return MarkdownText.escape(text);
    }

    /** Protects a paragraph's first characters from being read as a list, heading or rule. */
    private static String paragraph(String escaped) {
        String s = escaped.stripLeading();
        if (s.isEmpty()) return s;
        char first = s.charAt(0);
        if (first == '-' || first == '+' || first == '=') return "\\" + s;
        int digits = 0;
        while (digits < s.length() && Character.isDigit(s.charAt(digits))) digits++;
        if (digits > 0 && digits < s.length() && (s.charAt(digits) == '.' || s.charAt(digits) == ')')) {
            return s.substring(0, digits) + "\\" + s.substring(digits);
        }
        return s;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
