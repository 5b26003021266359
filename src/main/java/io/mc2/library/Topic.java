package io.mc2.library;

/**
 * A topic of the library; each becomes an article of a draft, in library order.
 *
 * @param order clause ids that open the article in this order (the others follow in file order)
 */
public record Topic(String id, String title, java.util.List<String> order) {
    public Topic {
        order = java.util.List.copyOf(order);
    }

    public Topic(String id, String title) {
        this(id, title, java.util.List.of());
    }

    /** Where a clause of this topic stands: its place in {@link #order}, or after all of them. */
    int rank(String clauseId) {
        int i = order.indexOf(clauseId);
        return i < 0 ? order.size() : i;
    }
}
