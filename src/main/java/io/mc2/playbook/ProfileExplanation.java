package io.mc2.playbook;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mc2.library.Clause;
import io.mc2.library.ClauseLibrary;
import io.mc2.library.Parameter;
import io.mc2.problem.Problem;
import io.mc2.profile.Position;
import io.mc2.profile.ProfileClause;
import io.mc2.profile.ResolvedProfile;
import io.mc2.profile.Sourced;
import io.mc2.template.ValueText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code mc2 profile show}: the effective profile after inheritance, every setting with the profile
 * file and line that set it, as aligned text, Markdown or JSON.
 */
public final class ProfileExplanation {

    /**
     * One effective setting.
     *
     * @param key   e.g. {@code variant}, {@code window.walk-away}
     * @param value as a negotiator reads it, e.g. "30 days"
     * @param raw   as YAML writes it, e.g. "30"
     * @param file  the profile file that set it, null for a default
     * @param line  its line, 0 when unknown
     */
    public record Setting(String key, String value, String raw, String file, int line) {
        public String where() {
            return file == null ? Provenance.DEFAULT : file + (line > 0 ? ":" + line : "");
        }
    }

    /** One clause the profile chain lists, with its settings in a fixed order. */
    public record ClauseSettings(String id, String title, boolean included, List<Setting> settings) {
        public ClauseSettings {
            settings = List.copyOf(settings);
        }
    }

    private static final int MAX_VALUE_WIDTH = 32;

    private final ResolvedProfile profile;
    private final ClauseLibrary library;
    private final List<Setting> general = new ArrayList<>();
    private final List<ClauseSettings> clauses = new ArrayList<>();

    public ProfileExplanation(ClauseLibrary library, ResolvedProfile profile) {
        this.library = library;
        this.profile = profile;
        general.add(setting("parties.hdo", profile.hdoName().value(), profile.hdoName()));
        general.add(setting("parties.mdm", profile.mdmName().value(), profile.mdmName()));
        general.add(setting("document.title", profile.documentTitle().value(), profile.documentTitle()));
        for (ProfileClause pc : profile.clauses().values()) {
            Clause c = library.clauses().get(pc.id());
            List<Setting> s = new ArrayList<>();
            s.add(setting("include", yesNo(pc.include().value()), String.valueOf(pc.include().value()), pc.include()));
            s.add(setting("variant", pc.variant().value(), pc.variant()));
            s.add(setting("acceptable-variants", String.join(", ", pc.acceptableVariants().value()),
                    "[" + String.join(", ", pc.acceptableVariants().value()) + "]", pc.acceptableVariants()));
            s.add(setting("required", yesNo(pc.required().value()), String.valueOf(pc.required().value()), pc.required()));
            s.add(setting("locked", yesNo(pc.locked().value()), String.valueOf(pc.locked().value()), pc.locked()));
            if (pc.ifNotApplicable().value() != null) {
                s.add(setting("if-not-applicable", pc.ifNotApplicable().value(), pc.ifNotApplicable()));
            }
            for (Parameter p : c.parameters().values()) {
                Position pos = pc.parameters().get(p.name());
                s.add(value(p, p.name() + ".value", pos.sent()));
                if (pos.preferred() != null) s.add(value(p, p.name() + ".preferred", pos.preferred()));
                if (pos.fallback() != null) s.add(value(p, p.name() + ".fallback", pos.fallback()));
                if (pos.walkAway() != null) s.add(value(p, p.name() + ".walk-away", pos.walkAway()));
            }
            clauses.add(new ClauseSettings(c.id(), c.title(), pc.included(), s));
        }
    }

    public ResolvedProfile profile() {
        return profile;
    }

    /** Party names and document title. */
    public List<Setting> general() {
        return List.copyOf(general);
    }

    /** Every clause the chain lists, in library order (excluded ones too). */
    public List<ClauseSettings> clauses() {
        return List.copyOf(clauses);
    }

    /** text, md or json. */
    public String render(String format) {
        return switch (format) {
            case "json" -> json();
            case "md" -> markdown();
            default -> text();
        };
    }

    private static Setting setting(String key, String value, Sourced<?> s) {
        return setting(key, value, value, s);
    }

    private static Setting setting(String key, String value, String raw, Sourced<?> s) {
        return new Setting(key, value, raw, Provenance.file(s), s == null ? 0 : s.line());
    }

    private static Setting value(Parameter p, String key, Sourced<Object> s) {
        return new Setting(key, PositionText.of(p, s.value()), ValueText.plain(s.value()), Provenance.file(s), s.line());
    }

    private static String yesNo(boolean b) {
        return b ? "yes" : "no";
    }

    private String chain() {
        return String.join(" -> ", profile.chain().stream().map(Problem::display).toList());
    }

    private long includedCount() {
        return clauses.stream().filter(ClauseSettings::included).count();
    }

    private String text() {
        StringBuilder sb = new StringBuilder();
        sb.append("Profile ").append(profile.id()).append(' ').append(profile.version()).append(": ").append(profile.name()).append('\n');
        if (!profile.publisher().isEmpty()) sb.append("Publisher: ").append(profile.publisher()).append('\n');
        sb.append("Chain: ").append(chain()).append('\n');
        sb.append("Library: ").append(library.name()).append(' ').append(library.version()).append('\n');
        sb.append("Clauses: ").append(includedCount()).append(" included, ").append(clauses.size() - includedCount())
                .append(" excluded, ").append(library.clauses().size() - clauses.size()).append(" not listed\n");
        int keyWidth = "SETTING".length();
        int valueWidth = "VALUE".length();
        for (Setting s : general) {
            keyWidth = Math.max(keyWidth, s.key().length());
            valueWidth = Math.max(valueWidth, s.value().length());
        }
        for (ClauseSettings c : clauses) {
            for (Setting s : c.settings()) {
                keyWidth = Math.max(keyWidth, s.key().length() + 2);
                valueWidth = Math.max(valueWidth, s.value().length());
            }
        }
        // a few long text values would push every row's provenance far right; let them overflow instead
        valueWidth = Math.min(valueWidth, MAX_VALUE_WIDTH);
        String row = "%-" + keyWidth + "s  %-" + valueWidth + "s  %s%n";
        sb.append('\n').append(String.format(row, "SETTING", "VALUE", "SET BY").stripTrailing()).append('\n');
        for (Setting s : general) sb.append(String.format(row, s.key(), s.value(), s.where()));
        for (ClauseSettings c : clauses) {
            sb.append('\n').append(c.id()).append(": ").append(c.title()).append(c.included() ? "" : " (excluded)").append('\n');
            for (Setting s : c.settings()) sb.append(String.format(row, "  " + s.key(), s.value(), s.where()));
        }
        return sb.toString().replace("\r\n", "\n");
    }

    private String markdown() {
        StringBuilder sb = new StringBuilder();
        sb.append("# Profile ").append(md(profile.id())).append(' ').append(md(profile.version())).append(": ")
                .append(md(profile.name())).append("\n\n");
        if (!profile.publisher().isEmpty()) sb.append("- Publisher: ").append(md(profile.publisher())).append('\n');
        sb.append("- Chain: ").append(String.join(" → ", profile.chain().stream().map(p -> "`" + Problem.display(p) + "`").toList()))
                .append('\n');
        sb.append("- Library: ").append(md(library.name())).append(' ').append(md(library.version())).append('\n');
        sb.append("- Clauses: ").append(includedCount()).append(" included, ").append(clauses.size() - includedCount())
                .append(" excluded\n\n");
        sb.append("## General\n\n");
        table(sb, general);
        for (ClauseSettings c : clauses) {
            sb.append("## `").append(c.id()).append("` ").append(md(c.title())).append(c.included() ? "" : " (excluded)")
                    .append("\n\n");
            table(sb, c.settings());
        }
        return sb.toString();
    }

    private static void table(StringBuilder sb, List<Setting> settings) {
        sb.append("| Setting | Value | Set by |\n|---|---|---|\n");
        for (Setting s : settings) {
            sb.append("| `").append(s.key()).append("` | ").append(md(s.value())).append(" | ")
                    .append(s.file() == null ? md(Provenance.DEFAULT) : "`" + s.where() + "`").append(" |\n");
        }
        sb.append('\n');
    }

    static String md(String s) {
        return io.mc2.write.markdown.MarkdownText.escape(s);
    }

    private String json() {
        ObjectMapper m = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = m.createObjectNode();
        root.put("id", profile.id()).put("name", profile.name()).put("version", profile.version())
                .put("publisher", profile.publisher()).put("hash", profile.hash());
        ArrayNode chain = root.putArray("chain");
        for (Path p : profile.chain()) chain.add(Problem.display(p));
        root.putObject("library").put("name", library.name()).put("version", library.version());
        ObjectNode gen = root.putObject("settings");
        for (Setting s : general) put(gen, s);
        ArrayNode arr = root.putArray("clauses");
        for (ClauseSettings c : clauses) {
            ObjectNode o = arr.addObject().put("id", c.id()).put("title", c.title()).put("included", c.included());
            ObjectNode settings = o.putObject("settings");
            for (Setting s : c.settings()) put(settings, s);
        }
        try {
            return m.writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void put(ObjectNode parent, Setting s) {
        ObjectNode o = parent.putObject(s.key());
        o.put("value", s.value()).put("raw", s.raw());
        if (s.file() == null) {
            o.putNull("file");
        } else {
            o.put("file", s.file()).put("line", s.line());
        }
    }
}
