package io.mc2.model;

import java.util.List;

/**
 * Our cover note to a supplier who sent its own paper: for each clause of our draft, what the paper offered
 * and what we require. Outbound, so it has no field for a position, a verdict or internal guidance: what we
 * require is our clause as the draft states it, and the only reason given is the clause's note to the supplier.
 *
 * @param title the heading of the note
 * @param intro the opening paragraphs
 * @param items one per clause of our draft, then one per clause of the paper that none of ours covers
 */
public record CoverNote(String title, List<String> intro, List<Item> items) {

    public CoverNote {
        intro = List.copyOf(intro);
        items = List.copyOf(items);
    }

    /**
     * One clause.
     *
     * @param heading  our clause ("6.1 Security Patches for Critical Vulnerabilities"), or the paper's clause for text of theirs
     * @param offered  what the supplier's paper says on it, in its words, with its clause numbers; or that it says nothing
     * @param required our clause as the draft states it; empty for a clause of the paper's alone
     * @param why      the clause's note to the supplier (guidance to-supplier); empty for none
     */
    public record Item(String heading, String offered, String required, String why) {
    }
}
