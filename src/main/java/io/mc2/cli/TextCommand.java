package io.mc2.cli;

import io.mc2.redline.RedlineDocument;
import io.mc2.redline.RedlineReader;
import io.mc2.redline.View;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mc2 text}: a redline's text with all changes accepted, all rejected, or marked up. */
@Command(name = "text", mixinStandardHelpOptions = true,
        description = "Print the text of a .docx (e.g. a supplier redline), one paragraph per line; "
                + "table cells are paragraphs in reading order.",
        footer = {"",
            "Views:",
            "  accepted  every tracked change accepted (the supplier's proposal)",
            "  original  every tracked change rejected (the text before the supplier's edits)",
            "  tracked   one line per paragraph as written, with markup:",
            "              {+inserted+}  [-deleted-]  {>moved here<}  [<moved away>]",
            "            a changed paragraph mark shows as {+¶+} (split) or [-¶-] (joined)",
            "            at the end.",
            "A line break inside a paragraph prints as a space. External relationships (e.g. a remote template) "
                + "are listed on stderr and never fetched."})
final class TextCommand implements Callable<Integer> {

    enum Part { body, headers, footers, footnotes, endnotes, textboxes }

    @Parameters(index = "0", paramLabel = "FILE.docx", description = "The document to read (untrusted).")
    Path file;

    @Option(names = "--view", paramLabel = "VIEW", description = "accepted (default), original or tracked.")
    View view = View.ACCEPTED;

    @Option(names = "--part", paramLabel = "PART",
            description = "body (default), headers, footers, footnotes, endnotes or textboxes (the body's text boxes, each after a line "
                    + "naming the paragraph it is anchored in).")
    Part part = Part.body;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        RedlineDocument doc = RedlineReader.read(file);
        PrintWriter out = spec.commandLine().getOut();
        noteExternal(spec.commandLine().getErr(), file, doc);
        List<String> lines = switch (part) {
            case body -> doc.paragraphs(view);
            case headers -> RedlineDocument.paragraphs(doc.headers(), view);
            case footers -> RedlineDocument.paragraphs(doc.footers(), view);
            case footnotes -> RedlineDocument.paragraphs(doc.footnotes(), view);
            case endnotes -> RedlineDocument.paragraphs(doc.endnotes(), view);
            case textboxes -> textBoxes(doc);
        };
        if (part == Part.body && !doc.textBoxes().isEmpty()) {
            spec.commandLine().getErr().println("mc2: note: " + file + " has " + doc.textBoxes().size() + " text box"
                    + (doc.textBoxes().size() == 1 ? "" : "es") + "; their text: --part textboxes");
            spec.commandLine().getErr().flush();
        }
        StringBuilder sb = new StringBuilder();
        for (String line : lines) sb.append(line.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ')).append('\n');
        out.print(sb);
        out.flush();
        return 0;
    }

    private List<String> textBoxes(RedlineDocument doc) {
        List<String> out = new java.util.ArrayList<>();
        for (io.mc2.redline.TextBox box : doc.textBoxes()) {
            out.add("[text box in paragraph " + (box.anchor() + 1) + "]");
            out.addAll(RedlineDocument.paragraphs(box.paragraphs(), view));
        }
        return out;
    }

    /**
     * One stderr line per repair the reader made and per external relationship, hyperlinks excepted
     * (they are text, not fetched on open).
     */
    static void noteExternal(PrintWriter err, Path file, RedlineDocument doc) {
        for (String w : doc.repairs()) err.println("mc2: warning: " + w);
        for (String r : doc.externalRelationships()) {
            if (!r.startsWith("hyperlink ")) {
                err.println("mc2: note: " + file + " refers to an external resource, not fetched: " + r);
            }
        }
        err.flush();
    }
}
