package io.mc2.template;

import java.util.Set;
import org.apache.velocity.runtime.parser.node.ASTDirective;
import org.apache.velocity.runtime.parser.node.ASTIntegerLiteral;
import org.apache.velocity.runtime.parser.node.ASTIntegerRange;
import org.apache.velocity.runtime.parser.node.Node;

/**
 * What a clause template may say, checked on its parsed tree before it is first initialised (so
 * that a {@code #macro} is never registered): references, method calls, {@code #if},
 * {@code #set}, {@code #foreach} over a literal range, {@code #break}. Directives that evaluate text
 * or read other templates ({@code #evaluate}, {@code #define}, {@code #macro}, {@code #include},
 * {@code #parse}) and macro calls are refused.
 */
final class TemplateVocabulary {
    /** Characters of template text one variant may have (16 KiB; the longest shipped variant has about 1,100). */
    static final int MAX_SOURCE = 16 * 1024;

    private static final Set<String> DIRECTIVES = Set.of("foreach", "break");

    private TemplateVocabulary() {
    }

    static void checkSize(String text) throws TemplateProblem {
        if (text.length() > MAX_SOURCE) {
            throw new TemplateProblem("the template has " + text.length() / 1024 + " KiB of text; at most " + MAX_SOURCE / 1024
                    + " KiB is allowed", 1, 1);
        }
    }

    static void check(Node node) throws TemplateProblem {
        if (node instanceof ASTDirective d && !DIRECTIVES.contains(d.getDirectiveName())) {
            throw new TemplateProblem("#" + d.getDirectiveName() + " is not allowed in clause templates (they may use #if, "
                    + "#elseif, #else, #set, #foreach and #break)", line(node), column(node));
        }
        if (node instanceof ASTIntegerRange) checkRange(node);
        for (int i = 0; i < node.jjtGetNumChildren(); i++) check(node.jjtGetChild(i));
    }

    /** The node's place; set from its first token, since the tree is checked before Velocity initialises it. */
    private static int line(Node node) {
        return node.getFirstToken() == null ? node.getLine() : node.getFirstToken().beginLine;
    }

    private static int column(Node node) {
        return node.getFirstToken() == null ? node.getColumn() : node.getFirstToken().beginColumn;
    }

    /** A range is built whole before any loop runs, so its size is checked here, from literal bounds only. */
    private static void checkRange(Node range) throws TemplateProblem {
        long[] bounds = new long[2];
        for (int i = 0; i < 2; i++) {
            Node bound = range.jjtGetNumChildren() == 2 ? range.jjtGetChild(i) : null;
            if (!(bound instanceof ASTIntegerLiteral)) {
                throw new TemplateProblem("a range [a..b] needs whole numbers written in the template as its bounds",
                        line(range), column(range));
            }
            try {
                bounds[i] = Long.parseLong(bound.literal().strip());
            } catch (NumberFormatException e) {
                throw new TemplateProblem("a range bound is not a whole number: " + bound.literal(), line(range), column(range));
            }
        }
        if (Math.abs(bounds[1] - bounds[0]) >= CountedForeach.MAX_TURNS) {
            throw new TemplateProblem("the range [" + bounds[0] + ".." + bounds[1] + "] has more than " + CountedForeach.MAX_TURNS
                    + " numbers", line(range), column(range));
        }
    }
}
