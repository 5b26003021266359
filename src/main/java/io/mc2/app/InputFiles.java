package io.mc2.app;

import io.mc2.library.ClauseLibrary;
import io.mc2.profile.ResolvedProfile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The files a command reads (library, profile chain, deal, documents): its outputs may never replace one. */
public final class InputFiles {
    private InputFiles() {
    }

    /** The library's files, the profile's chain (either may be null) and the other files given (nulls left out). */
    public static List<Path> of(ClauseLibrary library, ResolvedProfile profile, Path... others) {
        List<Path> files = new ArrayList<>();
        if (library != null) files.addAll(library.files());
        if (profile != null) files.addAll(profile.chain());
        for (Path p : others) if (p != null) files.add(p);
        return files;
    }
}
