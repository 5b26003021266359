package io.mc2.model;

import java.util.List;

/**
 * One clause as it appears in a contract: its library id (the anchor tag in documents), its
 * number ("3.2"), the chosen variant, the rendered blocks and a hash of its plain text.
 *
 * @param id        library clause id, e.g. {@code patch-critical}
 * @param number    the clause number as Word's numbering shows it, e.g. "3.2"
 * @param title     the clause heading
 * @param party     mdm, hdo or shared
 * @param variant   the variant name the text was rendered from
 * @param mc2Ref    MC2 references as one display string, possibly empty
 * @param blocks    the clause body, in order
 * @param textHash  first 16 hex digits of SHA-256 over {@link #plainText()}
 */
public record ClauseInstance(
        String id,
        String number,
        String title,
        String party,
        String variant,
        String mc2Ref,
        List<Block> blocks,
        String textHash) {

    public ClauseInstance {
        blocks = List.copyOf(blocks);
    }

    /** Body text, one paragraph per line; the text the hash is taken over. */
    public String plainText() {
        StringBuilder sb = new StringBuilder();
        for (Block b : blocks) {
            if (sb.length() > 0) sb.append('\n');
            sb.append(b.plainText());
        }
        return sb.toString();
    }

    /** The bookmark name on this clause's heading paragraph (Word bookmark names: letters, digits, _). */
    public static String bookmarkName(String clauseId) {
        return "mc2_" + clauseId.replaceAll("[^A-Za-z0-9]", "_");
    }
}
