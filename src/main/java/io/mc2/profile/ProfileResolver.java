package io.mc2.profile;

import com.fasterxml.jackson.databind.JsonNode;
import io.mc2.library.Clause;
import io.mc2.library.ClauseLibrary;
import io.mc2.problem.ExitCode;
import io.mc2.problem.Mc2Exception;
import io.mc2.problem.Problem;
import io.mc2.problem.Spelling;
import io.mc2.yaml.SchemaCheck;
import io.mc2.yaml.YamlFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Resolves a profile by id (a file in the profiles folder) or path: follows its {@code extends}
 * chain to the root, checks every file against the schema and the library, merges values from the
 * root down, refuses a child that loosens a {@code locked} clause, and keeps where every value was set.
 */
public final class ProfileResolver {
    private final ClauseLibrary library;
    private final Path profilesDir;

    public ProfileResolver(ClauseLibrary library, Path profilesDir) {
        this.library = library;
        this.profilesDir = profilesDir;
    }

    /** Ids of the profiles in the profiles folder, sorted. */
    public List<String> available() {
        if (!Files.isDirectory(profilesDir)) return List.of();
        try (Stream<Path> files = Files.list(profilesDir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml"))
                    .map(n -> n.substring(0, n.length() - 5)).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** The profile file a user's argument names: an existing path, or an id in the profiles folder. */
    public Path locate(String idOrPath) {
        Path asPath = Path.of(idOrPath);
        if (idOrPath.endsWith(".yaml") || idOrPath.endsWith(".yml") || idOrPath.contains("/")) {
            if (Files.isRegularFile(asPath)) return asPath;
            throw new Mc2Exception(ExitCode.USAGE, idOrPath + ": profile file not found");
        }
        return locateId(idOrPath, "");
    }

    /**
     * Whether text that came from a document may name a profile: an id of the profiles folder
     * (letters, digits, '-', '_', '.', not starting with '.'), never a path, so a supplier cannot make mc2 open a file of
     * its choosing.
     */
    public static boolean isProfileId(String text) {
        return text != null && PROFILE_ID.matcher(text).matches() && !text.contains("..");
    }

    private static final java.util.regex.Pattern PROFILE_ID = java.util.regex.Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9_.-]{0,99}");

    /** Resolves and validates; throws {@link Mc2Exception} with exit code 3 listing every problem. */
    public ResolvedProfile resolve(String idOrPath) {
        return new Resolution().run(locate(idOrPath));
    }

    /**
     * Resolves a profile that a document's provenance names: only an id of the profiles folder
     * (check it with {@link #isProfileId} first). {@code named} says who named it, for the message
     * when there is no such profile.
     */
    public ResolvedProfile resolveId(String id, String named) {
        if (!isProfileId(id)) throw new IllegalArgumentException("not a profile id");
        return new Resolution().run(locateId(id, named));
    }

    private Path locateId(String id, String named) {
        Path inDir = profilesDir.resolve(id + ".yaml");
        if (Files.isRegularFile(inDir)) return inDir;
        throw new Mc2Exception(ExitCode.USAGE, named + "unknown profile '" + id + "' (available: "
                + String.join(", ", available()) + Spelling.didYouMean(id, available()) + ")");
    }

    private final class Resolution {
        final List<Problem> problems = new ArrayList<>();
        final Map<String, ClauseSettings> state = new LinkedHashMap<>();

        /** Schema problems of the chain's files: reported with the others, not instead of them. */
        final List<Problem> schemaProblems = new ArrayList<>();

        ResolvedProfile run(Path leaf) {
            List<YamlFile> chain = chain(leaf);
            if (!problems.isEmpty()) throw Mc2Exception.invalid(merged());
            try {
                return resolve(chain);
            } catch (Mc2Exception e) {
                throw e;
            } catch (RuntimeException e) {
                // a file the schema refused may have a shape the checks below do not expect
                if (schemaProblems.isEmpty()) throw e;
                throw Mc2Exception.invalid(merged());
            }
        }

        /**
         * Every problem, the schema's first; a later check's problem at the very place the schema
         * already objected to says the same thing again and is left out.
         */
        private List<Problem> merged() {
            List<Problem> all = new ArrayList<>(schemaProblems);
            for (Problem p : problems) {
                boolean same = schemaProblems.stream().anyMatch(s -> java.util.Objects.equals(s.file(), p.file()) && s.line() == p.line());
                if (!same) all.add(p);
            }
            return all;
        }

        private ResolvedProfile resolve(List<YamlFile> chain) {
            Sourced<String> hdo = new Sourced<>("Customer", null, 0);
            Sourced<String> mdm = new Sourced<>("Manufacturer", null, 0);
            Sourced<String> title = new Sourced<>("Medical Device Cybersecurity Exhibit", null, 0);
            for (int i = chain.size() - 1; i >= 0; i--) {
                YamlFile f = chain.get(i);
                JsonNode root = f.root();
                hdo = override(hdo, f, root.path("parties").get("hdo"));
                mdm = override(mdm, f, root.path("parties").get("mdm"));
                title = override(title, f, root.path("document").get("title"));
                for (Iterator<Map.Entry<String, JsonNode>> it = root.path("clauses").fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    apply(f, e.getKey(), e.getValue());
                }
            }
            Map<String, ProfileClause> clauses = new LinkedHashMap<>();
            for (Clause c : library.clauses().values()) {
                ClauseSettings s = state.get(c.id());
                if (s != null) clauses.put(c.id(), s.finish(c, problems));
            }
            if (!problems.isEmpty() || !schemaProblems.isEmpty()) throw Mc2Exception.invalid(merged());
            YamlFile top = chain.get(0);
            JsonNode r = top.root();
            return new ResolvedProfile(r.get("id").asText(), r.get("name").asText(), r.get("version").asText(),
                    r.path("publisher").asText(""), r.path("description").asText("").strip(),
                    chain.stream().map(YamlFile::path).toList(), hdo, mdm, title, clauses, hash(chain));
        }

        private Sourced<String> override(Sourced<String> current, YamlFile f, JsonNode node) {
            return node == null ? current : new Sourced<>(node.asText(), f.path(), YamlFile.line(node));
        }

        /** Reads the chain leaf first; reports schema problems, missing parents and cycles. */
        private List<YamlFile> chain(Path leaf) {
            List<YamlFile> chain = new ArrayList<>();
            List<Path> seen = new ArrayList<>();
            Path current = leaf;
            while (current != null) {
                Path canonical = canonical(current);
                if (seen.contains(canonical)) {
                    String loop = Stream.concat(chain.stream().map(y -> y.path().toString()), Stream.of(current.toString()))
                            .collect(Collectors.joining(" -> "));
                    YamlFile last = chain.get(chain.size() - 1);
                    problems.add(last.problem(last.root().get("extends"), "profile inheritance cycle: " + loop));
                    break;
                }
                seen.add(canonical);
                YamlFile yaml;
                try {
                    yaml = YamlFile.read(current);
                } catch (Mc2Exception e) {
                    problems.addAll(e.problems().isEmpty() ? List.of(Problem.at(current, e.getMessage())) : e.problems());
                    break;
                }
                schemaProblems.addAll(SchemaCheck.validate(yaml, "profile"));
                if (!yaml.root().isObject()) break;
                chain.add(yaml);
                JsonNode ext = yaml.root().get("extends");
                if (ext == null || !ext.isTextual()) break;
                current = parent(yaml, ext);
            }
            return chain;
        }

        private Path parent(YamlFile child, JsonNode ext) {
            String name = ext.asText();
            Path candidate = name.endsWith(".yaml") || name.contains("/")
                    ? child.path().toAbsolutePath().getParent().resolve(name)
                    : child.path().toAbsolutePath().getParent().resolve(name + ".yaml");
            if (!Files.isRegularFile(candidate) && !name.endsWith(".yaml") && !name.contains("/")) {
                candidate = profilesDir.resolve(name + ".yaml");
            }
            if (Files.isRegularFile(candidate)) {
                Path rel = relativeToWorkingDir(candidate);
                return rel;
            }
            problems.add(child.problem(ext, "parent profile '" + name + "' not found"));
            return null;
        }

        private void apply(YamlFile f, String clauseId, JsonNode entry) {
            Clause clause = library.clauses().get(clauseId);
            if (clause == null) {
                problems.add(f.problem(entry, "unknown clause '" + clauseId + "' (not in the clause library"
                        + Spelling.didYouMean(clauseId, library.clauses().keySet()) + ")"));
                return;
            }
            ClauseSettings s = state.computeIfAbsent(clauseId, k -> new ClauseSettings(clause));
            s.apply(f, entry == null || entry.isNull() ? null : entry, problems);
        }
    }

    private static Path canonical(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }

    private static Path relativeToWorkingDir(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath();
        return abs.startsWith(cwd) ? cwd.relativize(abs) : abs;
    }

    private static String hash(List<YamlFile> chain) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            for (YamlFile f : chain) {
                d.update(f.path().getFileName().toString().getBytes(StandardCharsets.UTF_8));
                d.update((byte) 0);
                d.update(f.bytes());
            }
            return HexFormat.of().formatHex(d.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
