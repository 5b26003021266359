package io.mc2.app;

import io.mc2.library.ClauseLibrary;
import io.mc2.library.LibraryLoader;
import io.mc2.playbook.Playbook;
import io.mc2.playbook.PlaybookBuilder;
import io.mc2.playbook.ProfileDiff;
import io.mc2.playbook.StandaloneProfile;
import io.mc2.problem.ExitCode;
import io.mc2.problem.Mc2Exception;
import io.mc2.profile.ProfileResolver;
import io.mc2.profile.ResolvedProfile;
import io.mc2.template.ClauseRenderer;
import io.mc2.write.playbook.PlaybookWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code mc2 profile publish}: the bundle a GPO hands to its members. Into one folder: the resolved
 * profile as a standalone YAML file (no {@code extends}), a human-readable summary in every
 * playbook format (Word, Markdown, HTML), a changelog against the previous version when one is
 * named, and {@code SHA256SUMS} over all of them ({@code sha256sum -c SHA256SUMS} checks it).
 * Each file is written atomically; nothing is written when any target exists and force is off.
 */
public final class PublishWorkflow {
    /** The checksum file's name. */
    public static final String CHECKSUMS = "SHA256SUMS";

    private final List<PlaybookWriter> writers;

    public PublishWorkflow(List<PlaybookWriter> writers) {
        this.writers = List.copyOf(writers);
    }

    /**
     * @param previous the previous version (an id or a profile file) for the changelog, or null
     */
    public record Request(Path libraryDir, Path profilesDir, String profile, String previous, Path outputDir, boolean force) {
    }

    /**
     * @param files     every file written, by name, in the order written (checksums last)
     * @param checksums SHA-256 (hex) by file name, for every file but {@link #CHECKSUMS}
     * @param changes   the changes against the previous version, or null
     */
    public record Result(Path outputDir, Map<String, Path> files, Map<String, String> checksums, ResolvedProfile profile,
                         ProfileDiff changes) {
    }

    public Result run(Request r) {
        OutputFolder.create(r.outputDir());
        ClauseLibrary library = LibraryLoader.load(r.libraryDir());
        ProfileResolver resolver = new ProfileResolver(library, r.profilesDir());
        ResolvedProfile profile = resolver.resolve(r.profile());
        ProfileDiff changes = null;
        List<Path> inputs = InputFiles.of(library, profile);
        if (r.previous() != null) {
            ResolvedProfile previous = resolver.resolve(r.previous());
            inputs.addAll(previous.chain());
            changes = ProfileDiff.between(library, previous, profile);
        }

        String stem = profile.id() + "-" + profile.version();
        Map<String, byte[]> content = new LinkedHashMap<>();
        content.put(stem + ".yaml", StandaloneProfile.yaml(library, profile).getBytes(StandardCharsets.UTF_8));
        Playbook summary = new PlaybookBuilder(new ClauseRenderer()).build(library, profile, Playbook.Kind.SUMMARY);
        for (PlaybookWriter w : writers) content.put(stem + "-summary." + w.extension(), render(w, summary));
        if (changes != null) content.put(stem + "-changelog.md", changes.render("md").getBytes(StandardCharsets.UTF_8));

        Map<String, String> sums = new TreeMap<>();
        for (Map.Entry<String, byte[]> e : content.entrySet()) sums.put(e.getKey(), sha256(e.getValue()));
        StringBuilder listing = new StringBuilder();
        sums.forEach((name, hex) -> listing.append(hex).append("  ").append(name).append('\n'));
        content.put(CHECKSUMS, listing.toString().getBytes(StandardCharsets.UTF_8));

        // check every target before writing any, so a refusal leaves the folder as it was
        for (String name : content.keySet()) OutputFile.checkTarget(r.outputDir().resolve(name), r.force(), inputs);
        Map<String, Path> written = new LinkedHashMap<>();
        for (Map.Entry<String, byte[]> e : content.entrySet()) {
            Path target = r.outputDir().resolve(e.getKey());
            OutputFile.write(target, r.force(), inputs, out -> out.write(e.getValue()));
            written.put(e.getKey(), target);
        }
        return new Result(r.outputDir(), written, sums, profile, changes);
    }

    private static byte[] render(PlaybookWriter w, Playbook summary) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(65536);
        try {
            w.write(summary, bytes);
        } catch (IOException e) {
            throw new Mc2Exception(ExitCode.INTERNAL, "could not render the " + w.extension() + " summary: " + e.getMessage(), e);
        }
        return bytes.toByteArray();
    }

    /** SHA-256 of {@code bytes} as lower-case hex, as sha256sum prints it. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
