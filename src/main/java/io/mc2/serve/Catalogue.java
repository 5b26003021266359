package io.mc2.serve;

import io.mc2.app.PreparedDrafts;
import io.mc2.app.ProfileWorkflow;
import io.mc2.library.ClauseLibrary;
import io.mc2.problem.Mc2Exception;
import io.mc2.profile.ProfileResolver;
import io.mc2.profile.ResolvedProfile;
import io.mc2.template.ClauseRenderer;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The clause library and profiles the CLI would use, loaded once when the server starts and kept
 * warm: each profile resolved once, and the drafts we sent prepared once per provenance for every
 * review ({@link PreparedDrafts} caches them). Profiles are named by the ids of the profiles folder
 * only: a page never opens a file a request names.
 */
final class Catalogue {

    /** A profile of the folder, or why it cannot be used. */
    record Entry(String id, ResolvedProfile profile, String problem) {
    }

    private final Path libraryDir;
    private final Path profilesDir;
    private final ProfileWorkflow workflow;
    private final Map<String, Entry> profiles = new LinkedHashMap<>();
    private final Map<String, Prepared> drafts = new ConcurrentHashMap<>();

    /** A cache of prepared drafts and how many documents it has served. */
    private record Prepared(PreparedDrafts drafts, java.util.concurrent.atomic.AtomicInteger uses) {
    }

    /**
     * {@link PreparedDrafts} keeps every provenance it has seen; uploads choose provenance, so the
     * cache is started afresh after this many documents to bound its memory.
     */
    private static final int USES_PER_CACHE = 64;

    Catalogue(Path libraryDir, Path profilesDir) {
        this.libraryDir = libraryDir;
        this.profilesDir = profilesDir;
        this.workflow = new ProfileWorkflow(libraryDir, profilesDir);
        for (String id : new ProfileResolver(workflow.library(), profilesDir).available()) {
            if (!ProfileResolver.isProfileId(id)) continue;
            try {
                profiles.put(id, new Entry(id, workflow.resolve(id), null));
            } catch (Mc2Exception e) {
                profiles.put(id, new Entry(id, null, e.getMessage()));
            }
        }
    }

    Path libraryDir() {
        return libraryDir;
    }

    Path profilesDir() {
        return profilesDir;
    }

    ClauseLibrary library() {
        return workflow.library();
    }

    /** Every profile of the folder, by id. */
    List<Entry> profiles() {
        return List.copyOf(profiles.values());
    }

    /** Whether {@code id} names a usable profile of the folder. */
    boolean has(String id) {
        Entry e = id == null ? null : profiles.get(id);
        return e != null && e.profile() != null;
    }

    /** A usable profile of the folder; 404 for any other name. */
    ResolvedProfile profile(String id) {
        if (!has(id)) throw HttpProblem.notFound("profile '" + (id == null ? "" : id.replaceAll("\\p{Cntrl}", "?")) + "'");
        return profiles.get(id).profile();
    }

    /**
     * The drafts we sent, prepared once and kept: rated against the profile each document's
     * provenance names ({@code override} null) or against {@code override}, a profile of the folder.
     */
    PreparedDrafts drafts(String override) {
        if (override != null) profile(override);
        Prepared p = drafts.compute(override == null ? "" : override, (k, old) -> old != null && old.uses().get() < USES_PER_CACHE ? old
                : new Prepared(new PreparedDrafts(null, override, libraryDir, profilesDir, new ClauseRenderer()),
                        new java.util.concurrent.atomic.AtomicInteger()));
        p.uses().incrementAndGet();
        return p.drafts();
    }
}
