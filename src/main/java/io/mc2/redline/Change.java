package io.mc2.redline;

/** What a tracked change did to a piece of text or to a paragraph mark. */
public enum Change {
    KEPT, INSERTED, DELETED, MOVED_FROM, MOVED_TO;

    /** Whether text carrying only this change is present in the given view (TRACKED shows everything). */
    public boolean presentIn(View view) {
        return switch (view) {
            case ACCEPTED -> this != DELETED && this != MOVED_FROM;
            case ORIGINAL -> this != INSERTED && this != MOVED_TO;
            case TRACKED -> true;
        };
    }

    /** The tracked-view markup around text with this change: opening and closing strings. */
    String open() {
        return switch (this) {
            case KEPT -> "";
            case INSERTED -> "{+";
            case DELETED -> "[-";
            case MOVED_TO -> "{>";
            case MOVED_FROM -> "[<";
        };
    }

    String close() {
        return switch (this) {
            case KEPT -> "";
            case INSERTED -> "+}";
            case DELETED -> "-]";
            case MOVED_TO -> "<}";
            case MOVED_FROM -> ">]";
        };
    }
}
