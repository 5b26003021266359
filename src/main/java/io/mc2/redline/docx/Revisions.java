package io.mc2.redline.docx;

import io.mc2.redline.Revision;
import java.util.ArrayList;
import java.util.List;

/**
 * Revisions in document order. A change's slot is taken where its element starts and filled where
 * it ends, once its text is known.
 */
final class Revisions {
    private final List<Revision> slots = new ArrayList<>();

    int reserve() {
        slots.add(null);
        return slots.size() - 1;
    }

    void fill(int slot, Revision r) {
        slots.set(slot, r);
    }

    void add(Revision r) {
        slots.add(r);
    }

    List<Revision> list() {
        List<Revision> out = new ArrayList<>(slots.size());
        for (Revision r : slots) if (r != null) out.add(r);
        return out;
    }
}
