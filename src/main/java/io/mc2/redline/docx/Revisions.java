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
    private final ContentBudget budget;

    Revisions(ContentBudget budget) {
        this.budget = budget;
    }

    /** The budget of the document these revisions belong to (shared by all its stories). */
    ContentBudget budget() {
        return budget;
    }

    int reserve() {
        budget.revision();
        slots.add(null);
        return slots.size() - 1;
    }

    void fill(int slot, Revision r) {
        slots.set(slot, r);
    }

    void add(Revision r) {
        budget.revision();
        slots.add(r);
    }

    List<Revision> list() {
        List<Revision> out = new ArrayList<>(slots.size());
        for (Revision r : slots) if (r != null) out.add(r);
        return out;
    }
}
