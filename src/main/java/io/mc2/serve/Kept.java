package io.mc2.serve;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Results kept for a while under their id (a review, a portfolio): at most {@code capacity}, each
 * for at most {@code ttl} since it was made. A dropped result's folder is deleted with it, so
 * uploads do not outlive their use.
 */
final class Kept<T> {
    private record Entry<T>(T value, Path folder, Instant made) {
    }

    private final int capacity;
    private final Duration ttl;
    private final Clock clock;
    private final Map<String, Entry<T>> entries = new LinkedHashMap<>();

    Kept(int capacity, Duration ttl, Clock clock) {
        this.capacity = capacity;
        this.ttl = ttl;
        this.clock = clock;
    }

    synchronized void put(String id, T value, Path folder) {
        entries.put(id, new Entry<>(value, folder, clock.instant()));
        expire();
    }

    /** The result, or null when there is none (never was, or dropped). */
    synchronized T get(String id) {
        expire();
        if (!Workspace.isId(id)) return null;
        Entry<T> e = entries.get(id);
        return e == null ? null : e.value();
    }

    synchronized void clear() {
        entries.values().forEach(e -> Workspace.delete(e.folder()));
        entries.clear();
    }

    private void expire() {
        Instant oldest = clock.instant().minus(ttl);
        for (Iterator<Entry<T>> it = entries.values().iterator(); it.hasNext(); ) {
            Entry<T> e = it.next();
            if (entries.size() > capacity || e.made().isBefore(oldest)) {
                Workspace.delete(e.folder());
                it.remove();
            }
        }
    }
}
