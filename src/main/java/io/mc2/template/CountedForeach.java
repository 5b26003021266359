package io.mc2.template;

import java.io.IOException;
import java.io.Writer;
import org.apache.velocity.context.InternalContextAdapter;
import org.apache.velocity.runtime.directive.Foreach;
import org.apache.velocity.runtime.parser.node.Node;

/**
 * Velocity's {@code #foreach}, counting the turns of every loop of one rendering together: nested
 * loops multiply, so a limit per loop alone would not bound the time a template takes. Past
 * {@link #MAX_TURNS} the rendering is refused (Velocity's own {@code directive.foreach.max_loops}
 * would stop the loop silently and print a shorter clause).
 */
public final class CountedForeach extends Foreach {
    /** Loop turns one rendering of a clause may take, all loops together. */
    public static final int MAX_TURNS = 1000;

    private static final ThreadLocal<int[]> TURNS = ThreadLocal.withInitial(() -> new int[1]);

    /** Starts the count for a rendering on this thread. */
    static void startRendering() {
        TURNS.get()[0] = 0;
    }

    @Override
    protected void renderBlock(InternalContextAdapter context, Writer writer, Node node) throws IOException {
        if (++TURNS.get()[0] > MAX_TURNS) {
            throw new TemplateRefusal("#foreach runs more than " + MAX_TURNS + " times in one clause", node.getLine(), node.getColumn());
        }
        super.renderBlock(context, writer, node);
    }
}
