package io.mc2.app;

import io.mc2.library.ClauseLibrary;
import io.mc2.library.LibraryLoader;
import io.mc2.playbook.Playbook;
import io.mc2.playbook.PlaybookBuilder;
import io.mc2.problem.ExitCode;
import io.mc2.problem.Mc2Exception;
import io.mc2.profile.ProfileResolver;
import io.mc2.profile.ResolvedProfile;
import io.mc2.template.ClauseRenderer;
import io.mc2.write.playbook.PlaybookWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * {@code mc2 brief}: the negotiator's brief for a profile (positions, guidance, acceptable variants,
 * MC2 references), written atomically. Every page says it must not go to the supplier.
 */
public final class BriefWorkflow {
    private final List<PlaybookWriter> writers;

    public BriefWorkflow(List<PlaybookWriter> writers) {
        this.writers = List.copyOf(writers);
    }

    /**
     * @param format docx, md or html; null to take it from the output's extension
     */
    public record Request(Path libraryDir, Path profilesDir, String profile, String format, Path output, boolean force) {
    }

    public record Result(Path output, Playbook brief, ResolvedProfile profile) {
    }

    public Result run(Request r) {
        String format = OutputFormat.of(r.format(), r.output(), "docx");
        boolean pdf = format.equals("pdf");
        if (pdf) PdfExport.require(r.output());
        PlaybookWriter writer = writer(writers, pdf ? "docx" : format);
        List<Path> inputs = r.profile().endsWith(".yaml") ? List.of(Path.of(r.profile())) : List.of();
        ClauseLibrary library = LibraryLoader.load(r.libraryDir());
        ResolvedProfile profile = new ProfileResolver(library, r.profilesDir()).resolve(r.profile());
        OutputFile.checkTarget(r.output(), r.force(), inputs);
        Playbook brief = new PlaybookBuilder(new ClauseRenderer()).build(library, profile, Playbook.Kind.BRIEF);
        OutputFile.Content content = out -> writer.write(brief, out);
        if (pdf) {
            byte[] bytes = PdfExport.fromDocx(PdfExport.bytes(content), r.output());
            content = out -> out.write(bytes);
        }
        OutputFile.write(r.output(), r.force(), InputFiles.of(library, profile), content);
        return new Result(r.output(), brief, profile);
    }

    static PlaybookWriter writer(List<PlaybookWriter> writers, String format) {
        String f = format.toLowerCase(Locale.ROOT).equals("markdown") ? "md" : format.toLowerCase(Locale.ROOT);
        for (PlaybookWriter w : writers) if (w.extension().equals(f)) return w;
        throw new Mc2Exception(ExitCode.USAGE, "unknown output format '" + format + "' (formats: "
                + String.join(", ", writers.stream().map(PlaybookWriter::extension).toList()) + ", pdf)");
    }
}
