package io.mc2.redline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Tracked changes a returned document still carries from the one we sent it as: our counter-redline's
 * own changes, which a supplier often returns without accepting them. They are part of what we sent
 * (read with all its changes accepted), not the supplier's edits, so this view accepts them and
 * leaves only the supplier's own changes tracked. A change is recognised by its kind, author and date;
 * a paragraph mark deleted by such a change stays as it is (the document model cannot say "joined
 * in both views"), the text around it is accepted.
 */
public final class CarriedChanges {

    private CarriedChanges() {
    }

    /** {@code returned} with every change it shares with {@code sent} accepted; itself when there is none. */
    public static RedlineDocument accepted(RedlineDocument returned, RedlineDocument sent) {
        Set<String> carried = new HashSet<>();
        for (RedlineParagraph p : sent.body()) {
            for (Segment s : p.segments()) if (s.change() != Change.KEPT) carried.add(key(s.change(), s.author(), s.date()));
            if (p.markChange() != Change.KEPT) carried.add(key(p.markChange(), p.markAuthor(), p.markDate()));
        }
        if (carried.isEmpty()) return returned;
        List<RedlineParagraph> body = new ArrayList<>(returned.body().size());
        boolean any = false;
        for (RedlineParagraph p : returned.body()) {
            RedlineParagraph q = accepted(p, carried);
            any |= q != p;
            body.add(q);
        }
        if (!any) return returned;
        return new RedlineDocument(body, returned.headers(), returned.footers(), returned.footnotes(), returned.endnotes(),
                returned.revisions(), returned.comments(), returned.customProperties(), returned.coreProperties(),
                returned.externalRelationships(), returned.textBoxes(), returned.repairs());
    }

    private static RedlineParagraph accepted(RedlineParagraph p, Set<String> carried) {
        List<Segment> segments = new ArrayList<>(p.segments().size());
        boolean changed = false;
        for (Segment s : p.segments()) {
            if (s.change() == Change.KEPT || !carried.contains(key(s.change(), s.author(), s.date()))) {
                segments.add(s);
            } else if (s.inAccepted()) {
                segments.add(Segment.kept(s.text()));
                changed = true;
            } else {
                changed = true; // deleted by us: gone in both views
            }
        }
        Change mark = p.markChange();
        if (mark == Change.INSERTED && carried.contains(key(mark, p.markAuthor(), p.markDate()))) {
            mark = Change.KEPT;
            changed = true;
        }
        if (!changed) return p;
        return new RedlineParagraph(segments, mark, mark == Change.KEPT ? null : p.markAuthor(), mark == Change.KEPT ? null : p.markDate(),
                p.styleId(), p.styleName(), p.numId(), p.ilvl(), p.numberLabel(), p.numberLabel(), p.contentControlTags(), p.bookmarks(),
                p.commentIds(), p.cell(), p.paraId(), p.propertiesChanged());
    }

    private static String key(Change change, String author, String date) {
        return change + "\u0000" + Objects.toString(author, "") + "\u0000" + Objects.toString(date, "");
    }
}
