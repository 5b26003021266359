package io.mc2.cli;

import io.mc2.app.DraftWorkflow;
import io.mc2.app.GapWorkflow;
import io.mc2.app.Mc2Home;
import io.mc2.write.docx.DocxContractWriter;
import io.mc2.write.html.HtmlContractWriter;
import io.mc2.write.markdown.MarkdownContractWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * Hidden: the launcher's training run for the class-data-sharing archive. Makes a draft and
 * analyses it and writes the gap report in every format (the Word one through docx4j's JAXB
 * contexts, like the brief), so that the classes these jobs load are archived.
 */
@Command(name = "train", hidden = true, description = "Training run for the start-up archive (used by the launcher).")
final class TrainCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", description = "A scratch folder.")
    Path dir;

    @Override
    public Integer call() {
        Path draft = dir.resolve("training.docx");
        new DraftWorkflow(List.of(new DocxContractWriter(), new MarkdownContractWriter(), new HtmlContractWriter()))
                .run(new DraftWorkflow.Request(Mc2Home.clauses(), Mc2Home.profiles(), DraftWorkflow.DEFAULT_PROFILE, null,
                        LocalDate.of(2026, 1, 1), "docx", draft, true));
        var report = new GapWorkflow().run(new GapWorkflow.Request(draft, null, null, Mc2Home.clauses(), Mc2Home.profiles())).report();
        // the Word report goes through docx4j's JAXB contexts, as the brief and published profiles do
        for (io.mc2.report.ReportWriter w : List.of(new io.mc2.report.JsonReportWriter(), new io.mc2.report.HtmlReportWriter(),
                new io.mc2.report.MarkdownReportWriter(), new io.mc2.report.docx.DocxReportWriter())) {
            try (java.io.OutputStream out = java.nio.file.Files.newOutputStream(dir.resolve("training." + w.extension()))) {
                w.write(report, out);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return 0;
    }
}
