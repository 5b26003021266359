package io.mc2.template;

import io.mc2.model.Block;
import io.mc2.model.Inline;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.exception.ParseErrorException;
import org.apache.velocity.exception.VelocityException;
import org.apache.velocity.runtime.RuntimeInstance;
import org.apache.velocity.runtime.parser.ParseException;
import org.apache.velocity.runtime.parser.node.ASTReference;
import org.apache.velocity.runtime.parser.node.Node;
import org.apache.velocity.runtime.parser.node.SimpleNode;

/**
 * Renders clause templates (Velocity, strict mode, sandboxed) into paragraphs of the contract
 * model. Only library templates are ever evaluated: values reach templates as objects whose text
 * is printed, never parsed ({@code #evaluate} and the like are refused, string literals are not
 * interpolated). Bounded: a variant's source size, the directives it may use
 * ({@link TemplateVocabulary}), the methods it may call ({@link TemplateSandbox}), its loop turns
 * ({@link CountedForeach}) and the text one rendering produces. Compiled templates are cached by
 * their text.
 */
public final class ClauseRenderer {
    private static final Pattern PLACE = Pattern.compile("\\[line (\\d+), column (\\d+)\\]");

    private final RuntimeInstance velocity = new RuntimeInstance();
    private final Map<String, Template> cache = new ConcurrentHashMap<>();

    public ClauseRenderer() {
        velocity.setProperty("runtime.strict_mode.enable", true);
        velocity.setProperty("introspector.uberspect.class", TemplateSandbox.class.getName());
        // "$x #evaluate(...)" inside a string literal would otherwise be parsed and run as a template
        velocity.setProperty("runtime.interpolate_string_literals", false);
        // a second guard behind CountedForeach, which refuses rather than stopping silently
        velocity.setProperty("directive.foreach.max_loops", CountedForeach.MAX_TURNS + 1);
        // an empty in-memory loader: #include and #parse have nothing to read (no file access)
        velocity.setProperty("resource.loaders", "string");
        velocity.setProperty("resource.loader.string.class",
                org.apache.velocity.runtime.resource.loader.StringResourceLoader.class.getName());
        velocity.setProperty("runtime.log.log_invalid_references", false);
        velocity.init();
        for (String evaluating : List.of("evaluate", "include", "parse")) velocity.removeDirective(evaluating);
        velocity.removeDirective("foreach");
        velocity.addDirective(new CountedForeach());
    }

    /** Parses a template; reports syntax errors with their place in the template text. */
    public void compile(String name, String text) throws TemplateProblem {
        template(name, text);
    }

    /**
     * The names a template refers to ({@code $window}, {@code $namedInsured.value} → window,
     * namedInsured), in every branch whether taken or not: what the wording can state.
     */
    public Set<String> references(String name, String text) throws TemplateProblem {
        Set<String> out = new TreeSet<>();
        collect(template(name, text).getData() instanceof Node n ? n : null, out);
        return out;
    }

    private static void collect(Node node, Set<String> out) {
        if (node == null) return;
        if (node instanceof ASTReference r) out.add(r.getRootString());
        for (int i = 0; i < node.jjtGetNumChildren(); i++) collect(node.jjtGetChild(i), out);
    }

    /**
     * Renders one template to blocks. Cross-references come back as {@link Inline.CrossRef} with
     * the number {@code numberOf} gives (it may be called again after numbering is known).
     */
    public List<Block> render(String name, String text, TemplateInputs in, Function<String, String> numberOf)
            throws TemplateProblem {
        Template t = template(name, text);
        VelocityContext ctx = new VelocityContext();
        ctx.put("mdm", Markers.clean(in.mdm()));
        ctx.put("hdo", Markers.clean(in.hdo()));
        ctx.put("ref", in.refs());
        ctx.put("deal", in.deal());
        in.parameters().forEach(ctx::put);
        BoundedOutput out = new BoundedOutput(text.length() + 64);
        CountedForeach.startRendering();
        try {
            t.merge(ctx, out);
        } catch (TemplateRefusal e) {
            throw e.problem();
        } catch (VelocityException e) {
            TemplateRefusal refusal = TemplateRefusal.in(e);
            throw refusal != null ? refusal.problem() : problem(e);
        } catch (StackOverflowError e) {
            throw new TemplateProblem("the template nests too deeply to render", 0, 0);
        }
        return paragraphs(out.toString(), numberOf);
    }

    private Template template(String name, String text) throws TemplateProblem {
        Template cached = cache.get(text);
        if (cached != null) return cached;
        TemplateVocabulary.checkSize(text);
        Template t = new Template();
        t.setName(name);
        t.setRuntimeServices(velocity);
        try {
            SimpleNode node = velocity.parse(new StringReader(text), t);
            TemplateVocabulary.check(node);
            t.setData(node);
            t.initDocument();
        } catch (ParseException e) {
            throw new TemplateProblem("template syntax: " + firstLine(e.getMessage()),
                    e.currentToken == null || e.currentToken.next == null ? 0 : e.currentToken.next.beginLine,
                    e.currentToken == null || e.currentToken.next == null ? 0 : e.currentToken.next.beginColumn);
        } catch (ParseErrorException e) {
            throw new TemplateProblem("template syntax: " + firstLine(e.getMessage()), e.getLineNumber(), e.getColumnNumber());
        } catch (VelocityException e) {
            throw problem(e);
        } catch (StackOverflowError e) {
            throw new TemplateProblem("the template nests too deeply", 0, 0);
        }
        cache.put(text, t);
        return t;
    }

    private static TemplateProblem problem(VelocityException e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        String msg = e.getMessage() == null ? e.toString() : e.getMessage();
        Matcher m = PLACE.matcher(msg);
        int line = 0;
        int col = 0;
        if (m.find()) {
            line = Integer.parseInt(m.group(1));
            col = Integer.parseInt(m.group(2));
        }
        String clean = PLACE.matcher(msg).replaceAll("").replaceAll("\\s+at\\s+\\S*\\s*$", "").trim();
        if (root != e && root.getMessage() != null && !clean.contains(root.getMessage())) clean += ": " + root.getMessage();
        return new TemplateProblem(firstLine(clean), line, col);
    }

    private static String firstLine(String s) {
        if (s == null) return "";
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).trim();
    }

    /**
     * Splits rendered text into blocks: a blank line ends a paragraph, and a line starting with
     * "* " (a sub-clause) or "- " (a lettered item) starts a new one.
     */
    static List<Block> paragraphs(String rendered, Function<String, String> numberOf) {
        List<Block> blocks = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String raw : rendered.split("\n", -1)) {
            String line = raw.strip();
            boolean starts = line.startsWith("* ") || line.startsWith("- ");
            if (line.isEmpty() || starts) {
                flush(current, blocks, numberOf);
            }
            if (!line.isEmpty()) {
                if (current.length() > 0) current.append(' ');
                current.append(line);
            }
        }
        flush(current, blocks, numberOf);
        return blocks;
    }

    private static void flush(StringBuilder para, List<Block> blocks, Function<String, String> numberOf) {
        String text = para.toString().strip();
        para.setLength(0);
        if (text.isEmpty()) return;
        Block.Kind kind = Block.Kind.BODY;
        if (text.startsWith("* ")) {
            kind = Block.Kind.SUBCLAUSE;
            text = text.substring(2).strip();
        } else if (text.startsWith("- ")) {
            kind = Block.Kind.ITEM;
            text = text.substring(2).strip();
        }
        blocks.add(new Block(kind, inlines(text, numberOf)));
    }

    private static List<Inline> inlines(String text, Function<String, String> numberOf) {
        List<Inline> out = new ArrayList<>();
        int i = 0;
        StringBuilder plain = new StringBuilder();
        while (i < text.length()) {
            char c = text.charAt(i);
            int end = c == Markers.START ? text.indexOf(Markers.END, i) : -1;
            if (end < 0) {
                plain.append(c);
                i++;
                continue;
            }
            if (plain.length() > 0) {
                out.add(new Inline.Text(plain.toString()));
                plain.setLength(0);
            }
            String body = text.substring(i + 2, end);
            if (text.charAt(i + 1) == Markers.VALUE) {
                int sep = body.indexOf(Markers.SEP);
                out.add(new Inline.Value(body.substring(0, sep), body.substring(sep + 1)));
            } else {
                out.add(new Inline.CrossRef(body, numberOf.apply(body)));
            }
            i = end + 1;
        }
        if (plain.length() > 0) out.add(new Inline.Text(plain.toString()));
        return out;
    }
}
