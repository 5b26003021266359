package io.mc2.profile;

/**
 * A parameter in an effective profile: the value we send, and our negotiating positions. Any
 * field may be null where no profile in the chain sets it; {@link #sent} always has a value.
 */
public record Position(
        String parameter,
        Sourced<Object> sent,
        Sourced<Object> preferred,
        Sourced<Object> fallback,
        Sourced<Object> walkAway) {

    public boolean hasPositions() {
        return preferred != null && fallback != null && walkAway != null;
    }
}
