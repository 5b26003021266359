package io.mc2.align;

/**
 * What a stretch of a contract is: a clause (by library id), a definition (by term), the rest of
 * the document (title, parties, key-terms schedule, signatures), or the table of contents, which
 * word processors regenerate and is therefore never compared.
 */
public record SegmentKey(Kind kind, String id) {

    /** The kinds of segment. */
    public enum Kind { CLAUSE, DEFINITION, DOCUMENT, CONTENTS }

    public static final SegmentKey DOCUMENT = new SegmentKey(Kind.DOCUMENT, "document");
    public static final SegmentKey CONTENTS = new SegmentKey(Kind.CONTENTS, "contents");

    public static SegmentKey clause(String id) {
        return new SegmentKey(Kind.CLAUSE, id);
    }

    public static SegmentKey definition(String term) {
        return new SegmentKey(Kind.DEFINITION, term);
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase(java.util.Locale.ROOT) + ":" + id;
    }
}
