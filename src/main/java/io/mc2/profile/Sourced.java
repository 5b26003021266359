package io.mc2.profile;

import java.nio.file.Path;

/** A profile value together with the profile file and line that set it (its provenance). */
public record Sourced<T>(T value, Path file, int line) {

    /** e.g. "profiles/gpo-standard.yaml:42". */
    public String where() {
        return file == null ? "(library default)" : io.mc2.problem.Problem.display(file) + (line > 0 ? ":" + line : "");
    }
}
