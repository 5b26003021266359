package io.mc2.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.mc2.redline.Comment;
import io.mc2.redline.RedlineDocument;
import io.mc2.redline.RedlineReader;
import io.mc2.redline.Revision;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mc2 revisions}: every tracked change and comment of a .docx. */
@Command(name = "revisions", mixinStandardHelpOptions = true,
        description = "List every tracked change and comment of a .docx (e.g. a supplier redline).",
        footer = {"",
            "JSON:",
            "  {\"revisions\": [{type, author, date, text, paragraph, part}],",
            "   \"comments\": [{id, author, date, text, anchor, parent, resolved, paragraph}]}",
            "date is ISO-8601 as written, or null when the document has none; paragraph is the index of the paragraph "
                + "within its part (body: the line of 'mc2 text --view tracked')."})
final class RevisionsCommand implements Callable<Integer> {

    enum Format { json, md }

    @Parameters(index = "0", paramLabel = "FILE.docx", description = "The document to read (untrusted).")
    Path file;

    @Option(names = "--format", paramLabel = "FORMAT", description = "json (default) or md.")
    Format format = Format.json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        RedlineDocument doc = RedlineReader.read(file);
        PrintWriter out = spec.commandLine().getOut();
        TextCommand.noteExternal(spec.commandLine().getErr(), file, doc);
        out.print(format == Format.json ? json(doc) : markdown(doc));
        out.flush();
        return 0;
    }

    private static String json(RedlineDocument doc) throws Exception {
        List<Map<String, Object>> revisions = new ArrayList<>();
        for (Revision r : doc.revisions()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("type", r.type());
            m.put("author", r.author());
            m.put("date", r.date());
            m.put("text", r.text());
            m.put("paragraph", r.paragraph());
            m.put("part", r.part());
            revisions.add(m);
        }
        List<Map<String, Object>> comments = new ArrayList<>();
        for (Comment c : doc.comments()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", c.id());
            m.put("author", c.author());
            m.put("date", c.date());
            m.put("text", c.text());
            m.put("anchor", c.anchor());
            m.put("parent", c.parent());
            m.put("resolved", c.resolved());
            m.put("paragraph", c.paragraph());
            comments.add(m);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("revisions", revisions);
        root.put("comments", comments);
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root) + "\n";
    }

    private static String markdown(RedlineDocument doc) {
        StringBuilder sb = new StringBuilder("# Revisions\n\n");
        if (doc.revisions().isEmpty()) sb.append("None.\n");
        else sb.append("| # | type | author | date | part | paragraph | text |\n|---|---|---|---|---|---|---|\n");
        int n = 1;
        for (Revision r : doc.revisions()) {
            sb.append("| ").append(n++).append(" | ").append(r.type()).append(" | ").append(cell(r.author()))
                    .append(" | ").append(cell(r.date())).append(" | ").append(r.part()).append(" | ")
                    .append(r.paragraph()).append(" | ").append(cell(r.text())).append(" |\n");
        }
        sb.append("\n# Comments\n\n");
        if (doc.comments().isEmpty()) sb.append("None.\n");
        for (Comment c : doc.comments()) {
            sb.append("- **").append(c.id()).append("** ").append(cell(c.author())).append(", ").append(cell(c.date()))
                    .append(c.parent() == null ? "" : ", reply to " + c.parent())
                    .append(c.resolved() ? ", resolved" : "").append(": ").append(cell(c.text()))
                    .append("\n  - on: ").append(cell(c.anchor())).append('\n');
        }
        return sb.toString();
    }

    /** Supplier text in a table cell: escaped by the one Markdown escaper; a line break shows as ⏎. */
    private static String cell(String s) {
        if (s == null) return "\u2014";
        return io.mc2.write.markdown.MarkdownText.escape(s.replace("\r\n", "\n").replace("\n", " \u23ce "));
    }
}
