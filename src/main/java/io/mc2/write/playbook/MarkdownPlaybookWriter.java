package io.mc2.write.playbook;

import io.mc2.playbook.Playbook;
import io.mc2.write.Outline;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Writes a playbook as CommonMark with GitHub-style tables; all text is escaped. */
public final class MarkdownPlaybookWriter implements PlaybookWriter {

    @Override
    public String extension() {
        return "md";
    }

    @Override
    public void write(Playbook playbook, OutputStream out) throws IOException {
        out.write(render(playbook).getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    public String render(Playbook pb) {
        StringBuilder md = new StringBuilder(16384);
        notice(md, pb);
        md.append("# ").append(esc(pb.title())).append("\n\n");
        for (Playbook.Fact f : pb.facts()) md.append("- **").append(esc(f.label())).append(":** ").append(esc(f.value())).append('\n');
        md.append('\n');
        for (String para : pb.introduction().split("\n\n")) md.append(esc(para.strip())).append("\n\n");
        for (Playbook.Article a : pb.articles()) {
            md.append("## ").append(a.number()).append(". ").append(esc(a.title())).append("\n\n");
            for (Playbook.Entry e : a.clauses()) clause(md, e);
        }
        if (pb.confidential()) notice(md, pb);
        return md.toString();
    }

    private static void notice(StringBuilder md, Playbook pb) {
        if (pb.confidential()) md.append("> **").append(esc(pb.header())).append("**\n\n");
        else if (md.isEmpty()) md.append('*').append(esc(pb.header())).append("*\n\n");
    }

    private static void clause(StringBuilder md, Playbook.Entry e) {
        md.append("### ").append(e.number()).append(' ').append(esc(e.title())).append(" (`").append(e.id()).append("`)\n\n");
        md.append(esc(PlaybookWriter.status(e))).append("\n\n");
        md.append(esc(PlaybookWriter.wordingChoice(e))).append("\n\n");
        if (!e.parameters().isEmpty()) {
            md.append('|');
            for (String h : PlaybookWriter.TABLE_HEAD) md.append(' ').append(h).append(" |");
            md.append("\n|---|---|---|---|---|\n");
            for (Playbook.Row r : e.parameters()) {
                md.append('|');
                for (String c : PlaybookWriter.cells(r)) md.append(' ').append(esc(c)).append(" |");
                md.append('\n');
            }
            md.append('\n');
        }
        if (e.guidance() != null) {
            md.append("**").append(PlaybookWriter.WHY).append(".** ").append(esc(e.guidance().why())).append("\n\n");
            md.append("**").append(PlaybookWriter.SUPPLIER_CHANGES).append(".** ").append(esc(e.guidance().supplierChanges()))
                    .append("\n\n");
            md.append("**").append(PlaybookWriter.OUR_ANSWER).append(".** ").append(esc(e.guidance().fallback())).append("\n\n");
        }
        if (e.wording() != null) {
            for (Outline.NumberedBlock b : Outline.number(e.wording())) {
                md.append("> ").append(b.label().isEmpty() ? "" : b.label() + " ").append(esc(b.block().plainText())).append("\n>\n");
            }
            if (!e.wording().blocks().isEmpty()) md.setLength(md.length() - 2);
            md.append('\n');
        }
    }

    static String esc(String s) {
        return io.mc2.write.markdown.MarkdownText.escape(s);
    }
}
