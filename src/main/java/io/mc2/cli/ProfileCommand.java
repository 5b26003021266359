package io.mc2.cli;

import io.mc2.app.ProfileWorkflow;
import io.mc2.app.PublishWorkflow;
import io.mc2.problem.ExitCode;
import io.mc2.problem.Problem;
import io.mc2.write.playbook.DocxPlaybookWriter;
import io.mc2.write.playbook.HtmlPlaybookWriter;
import io.mc2.write.playbook.MarkdownPlaybookWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mc2 profile}: look at, compare, check and publish negotiation profiles. */
@Command(name = "profile", mixinStandardHelpOptions = true,
        description = "Look at, compare, check and publish negotiation profiles.",
        subcommands = {ProfileCommand.Show.class, ProfileCommand.Diff.class, ProfileCommand.Lint.class,
            ProfileCommand.Publish.class})
final class ProfileCommand implements Runnable {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Text, Markdown or JSON. */
    enum Format { text, md, json }

    /** {@code mc2 profile show P}. */
    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "Print the effective profile after inheritance: every setting with the profile file and line "
                    + "that set it.",
            footer = {"", "Examples:", "  mc2 profile show health-system-strict", "  mc2 profile show my-profile.yaml --format json"})
    static final class Show implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Parameters(paramLabel = "PROFILE", description = "Profile id (a file in profiles/) or path to a profile YAML.")
        String profile;

        @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
                description = "text, md or json (default: ${DEFAULT-VALUE}).")
        Format format;

        @Mixin
        Folders folders;

        @Override
        public Integer call() {
            spec.commandLine().getOut().print(new ProfileWorkflow(folders.library(), folders.profiles()).explain(profile).render(format.name()));
            return 0;
        }
    }

    /** {@code mc2 profile diff A B}. */
    @Command(name = "diff", mixinStandardHelpOptions = true,
            description = {"Show what changed from profile A to profile B (two profiles, or two versions of one): clauses "
                    + "added, removed, included or excluded; variants, acceptable variants, required, locked; parameter values "
                    + "and positions, each marked stricter or looser for the HDO.",
                "Exit code 0 whether or not they differ."},
            footer = {"", "Examples:", "  mc2 profile diff gpo-standard health-system-strict",
                "  mc2 profile diff old/gpo-standard.yaml gpo-standard --format md"})
    static final class Diff implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "A", description = "The older or base profile (id or path).")
        String before;

        @Parameters(index = "1", paramLabel = "B", description = "The newer or other profile (id or path).")
        String after;

        @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
                description = "text, md or json (default: ${DEFAULT-VALUE}).")
        Format format;

        @Mixin
        Folders folders;

        @Override
        public Integer call() {
            spec.commandLine().getOut().print(new ProfileWorkflow(folders.library(), folders.profiles()).diff(before, after).render(format.name()));
            return 0;
        }
    }

    /** {@code mc2 profile lint P}. */
    @Command(name = "lint", mixinStandardHelpOptions = true,
            description = {"Check one profile and its chain: schema, values and positions, a child loosening a locked "
                    + "clause of its parent (both places named), and that the profile assembles.",
                "Problems are printed as file:line:column: message; exit code 3 when there are any."})
    static final class Lint implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Parameters(paramLabel = "PROFILE", description = "Profile id (a file in profiles/) or path to a profile YAML.")
        String profile;

        @Mixin
        Folders folders;

        @Override
        public Integer call() {
            List<Problem> problems = new ProfileWorkflow(folders.library(), folders.profiles()).lint(profile);
            var err = spec.commandLine().getErr();
            for (Problem p : problems) err.println(p);
            if (!problems.isEmpty()) {
                err.println("mc2: profile " + profile + ": " + problems.size() + (problems.size() == 1 ? " problem" : " problems"));
                return ExitCode.INVALID_INPUT_FILE.code();
            }
            spec.commandLine().getOut().println("ok: profile " + profile);
            return 0;
        }
    }

    /** {@code mc2 profile publish P -o DIR}. */
    @Command(name = "publish", mixinStandardHelpOptions = true,
            description = {"Write the bundle a GPO publishes for its members into a folder: the resolved profile as a "
                    + "standalone YAML (no extends), a summary (.docx, .md, .html) of every clause with its wording, "
                    + "values, positions and MC2 references, a changelog against --previous, and SHA256SUMS.",
                "Check a bundle with: sha256sum -c SHA256SUMS"},
            footer = {"", "Examples:", "  mc2 profile publish gpo-standard -o dist/gpo-standard-1.1.0",
                "  mc2 profile publish gpo-standard -o dist/1.1.0 \\",
                "      --previous dist/1.0.0/gpo-standard-1.0.0.yaml"})
    static final class Publish implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Parameters(paramLabel = "PROFILE", description = "Profile id (a file in profiles/) or path to a profile YAML.")
        String profile;

        @Option(names = {"-o", "--output"}, paramLabel = "DIR", required = true, description = "Folder to write the bundle into.")
        Path output;

        @Option(names = "--previous", paramLabel = "OLD.yaml|ID", description = "The previous version, for the changelog.")
        String previous;

        @Option(names = "--force", description = "Replace files of the bundle that exist.")
        boolean force;

        @Mixin
        Folders folders;

        @Override
        public Integer call() {
            PublishWorkflow.Result r = new PublishWorkflow(List.of(new DocxPlaybookWriter(), new MarkdownPlaybookWriter(),
                    new HtmlPlaybookWriter())).run(new PublishWorkflow.Request(folders.library(), folders.profiles(), profile,
                    previous, output, force));
            var err = spec.commandLine().getErr();
            for (Path p : r.files().values()) err.println("wrote " + p);
            err.println("published " + r.profile().id() + " " + r.profile().version() + ": " + r.profile().included().size()
                    + " clauses" + (r.changes() == null ? "" : ", " + r.changes().changes().size() + " changes since "
                    + r.changes().before().id() + " " + r.changes().before().version()));
            return 0;
        }
    }
}
