package io.mc2.cli;

import io.mc2.app.LibraryCatalogue;
import io.mc2.app.Mc2Home;
import io.mc2.library.LibraryLoader;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code mc2 library}: looks at the clause library. */
@Command(name = "library", mixinStandardHelpOptions = true, description = "Look at the clause library.",
        subcommands = LibraryCommand.ListCommand.class)
final class LibraryCommand implements Runnable {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code mc2 library list}. */
    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List every clause: id, party, topic, MC2 reference, variants and parameters.")
    static final class ListCommand implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "table",
                description = "table, md or json (default: ${DEFAULT-VALUE}).")
        Format format;

        @Option(names = "--library", paramLabel = "DIR", description = "Clause library folder (default: the shipped clauses/).")
        Path library;

        enum Format { table, md, json }

        @Override
        public Integer call() {
            var lib = LibraryLoader.load(library != null ? library : Mc2Home.clauses());
            spec.commandLine().getOut().print(new LibraryCatalogue(lib).render(format.name()));
            return 0;
        }
    }
}
