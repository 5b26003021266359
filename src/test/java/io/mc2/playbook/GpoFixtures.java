package io.mc2.playbook;

import io.mc2.library.ClauseLibrary;
import io.mc2.library.LibraryLoader;
import io.mc2.profile.ProfileResolver;
import io.mc2.testing.Fixtures;
import java.nio.file.Path;

/** The fixture library with the fixture GPO's profiles (two versions, a member, a loosening member). */
public final class GpoFixtures {
    private GpoFixtures() {
    }

    public static Path profiles() {
        return Fixtures.root().resolve("gpo");
    }

    public static ClauseLibrary library() {
        return LibraryLoader.load(Fixtures.library());
    }

    public static ProfileResolver resolver(ClauseLibrary library) {
        return new ProfileResolver(library, profiles());
    }
}
