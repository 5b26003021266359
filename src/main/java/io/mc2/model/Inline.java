package io.mc2.model;

/** A piece of paragraph text. */
public sealed interface Inline permits Inline.Text, Inline.Value, Inline.CrossRef {

    /** The text as it reads in the document. */
    String text();

    /** Plain drafted text. */
    record Text(String text) implements Inline {
    }

    /** A parameter's value as rendered (e.g. "thirty (30) days"); {@code parameter} is its name in the clause. */
    record Value(String parameter, String text) implements Inline {
    }

    /**
     * A cross-reference to another clause. {@code text} is the target's number as it reads
     * ("3.2"); in Word it is a REF field to the target's heading bookmark.
     */
    record CrossRef(String targetClauseId, String text) implements Inline {
    }
}
