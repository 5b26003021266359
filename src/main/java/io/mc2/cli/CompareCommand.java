package io.mc2.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.mc2.app.OutputFile;
import io.mc2.compare.CompareChange;
import io.mc2.compare.CompareOptions;
import io.mc2.compare.CompareResult;
import io.mc2.compare.DocxComparer;
import io.mc2.problem.ExitCode;
import io.mc2.problem.Mc2Exception;
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

/** {@code mc2 compare}: a tracked-changes .docx turning A into B. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Compare two .docx files and write a copy of A whose tracked changes turn it into B "
                + "(accept all = B's text, reject all = A's text).",
        footer = {"",
            "Word-level insertions and deletions; whole paragraphs with their paragraph marks; tables row by "
                + "row and cell by cell. A paragraph deleted in one place and inserted with exactly the same text "
                + "(20 characters or more) elsewhere is written as a move (w:moveFrom/w:moveTo with range "
                + "markers); near-identical moved text and moves at the end of a table cell or before a table are "
                + "written as deletion + insertion. A's styles and numbering are kept. Footnotes and endnotes are "
                + "compared note by note, headers and footers part by part; a changed equation or picture is "
                + "replaced as a whole (pictures carried with their media). The body's text boxes are compared "
                + "box by box, paired by anchor paragraph (an edit tracked inside the box; a box added or removed "
                + "inserted or deleted with its text). B's comments that A lacks are carried "
                + "over onto the same words. Hyperlink targets, note references and bookmarks inside inserted text "
                + "are not carried over (their text is).",
            "Inputs that already hold tracked changes are compared as if all their changes were accepted; "
                + "stderr says so. Whatever differs and was not compared (comments that cannot be placed, notes or "
                + "header parts only one side has ...) is named on stderr and under notCompared in JSON.",
            "Without --date the revisions carry no date, so the output depends on the inputs alone.",
            "JSON (--format json) on stdout, where paragraph indexes the output's body paragraphs:",
            "  {\"summary\": {insertions, deletions, moves, formatting},",
            "   \"changes\": [{type, text, paragraph}]}",
            "", "Examples:", "  mc2 compare sent.docx supplier-clean-copy.docx -o redline.docx",
            "  mc2 compare v1.docx v2.docx -o changes.docx --author \"Riverside Legal\" \\",
            "      --date 2026-12-01 --format json"})
final class CompareCommand implements Callable<Integer> {

    enum Format { text, json }

    @Parameters(index = "0", paramLabel = "A.docx", description = "The original (untrusted).")
    Path a;

    @Parameters(index = "1", paramLabel = "B.docx", description = "The changed version (untrusted).")
    Path b;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "REDLINE.docx", description = "Where to write the tracked-changes document.")
    Path output;

    @Option(names = "--author", paramLabel = "NAME", description = "Author of the tracked changes (default: mc2).")
    String author = "mc2";

    @Option(names = "--date", paramLabel = "ISO", description = "Date of the tracked changes, e.g. 2026-12-01 or 2026-12-01T09:00:00Z.")
    String date;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default: summary on stderr only) or json (change list on stdout).")
    Format format = Format.text;

    @Option(names = "--formatting", description = "Also record run formatting changes of unchanged text (w:rPrChange).")
    boolean formatting;

    @Option(names = "--no-moves", description = "Write moved paragraphs as deletion + insertion.")
    boolean noMoves;

    @Option(names = "--force", description = "Replace the output file if it exists.")
    boolean force;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (author.isBlank()) throw new Mc2Exception(ExitCode.USAGE, "--author must not be blank");
        String when = date == null ? null : RevisionDate.parse(date);
        OutputFile.checkTarget(output, force, List.of(a, b));
        CompareResult result = DocxComparer.compare(a, b, new CompareOptions(author, when, !noMoves, formatting));
        OutputFile.write(output, force, List.of(a, b), out -> out.write(result.docx()));
        PrintWriter err = spec.commandLine().getErr();
        for (String repair : result.repairs()) err.println("mc2: warning: " + repair);
        for (String note : result.notes()) err.println("mc2: note: " + note);
        for (CompareResult.Uncompared u : result.uncompared()) err.println("mc2: warning: " + u.sentence());
        err.println("wrote " + output + ": " + result.summary());
        err.flush();
        if (format == Format.json) {
            PrintWriter out = spec.commandLine().getOut();
            out.print(json(result));
            out.flush();
        }
        return 0;
    }

    private static String json(CompareResult r) throws Exception {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("insertions", r.insertions());
        summary.put("deletions", r.deletions());
        summary.put("moves", r.moves());
        summary.put("formatting", r.formatting());
        List<Map<String, Object>> changes = new ArrayList<>();
        for (CompareChange c : r.changes()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("type", c.type());
            m.put("text", c.text());
            m.put("paragraph", c.paragraph());
            changes.add(m);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("summary", summary);
        root.put("changes", changes);
        List<Map<String, Object>> uncompared = new ArrayList<>();
        for (CompareResult.Uncompared u : r.uncompared()) uncompared.add(Map.of("story", u.story(), "paragraphs", u.paragraphs()));
        root.put("notCompared", uncompared);
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root) + "\n";
    }
}
