package io.mc2.cli;

import io.mc2.app.Mc2Home;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --library} and {@code --profiles} options every command that reads them shares (a picocli mixin). */
final class Folders {
    @Option(names = "--library", paramLabel = "DIR", description = "Clause library folder (default: the shipped clauses/).")
    Path library;

    @Option(names = "--profiles", paramLabel = "DIR", description = "Profiles folder (default: the shipped profiles/).")
    Path profiles;

    Path library() {
        return library != null ? library : Mc2Home.clauses();
    }

    Path profiles() {
        return profiles != null ? profiles : Mc2Home.profiles();
    }
}
