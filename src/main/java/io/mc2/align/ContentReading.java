package io.mc2.align;

import java.util.ArrayList;
import java.util.List;

/**
 * Chooses how to read a redline. Most producers mark exactly what changed, and the markup reading
 * (all changes rejected give our text; the changes are the supplier's) is then right. Some engines
 * (Open-XML-PowerTools' WmlComparer and Docxodus among them) delete and re-insert whole clauses
 * whose text did not change; read by markup, every such clause looks deleted and its copy novel.
 * The content reading pairs the supplier's accepted text with ours directly. The reading that
 * explains the document with fewer changed clauses and novel blocks wins; on a tie, the markup.
 * Either way, whether a clause was changed silently is judged by the markup reading, since only the
 * rejected view can show text that differs from ours without a tracked change.
 */
final class ContentReading {

    private ContentReading() {
    }

    static Alignment choose(Alignment byMarkup, Alignment byContent) {
        if (changes(byContent) >= changes(byMarkup)) return byMarkup;
        List<AlignedSegment> segments = new ArrayList<>();
        for (AlignedSegment c : byContent.segments()) {
            List<String> original = byMarkup.segment(c.key()).map(AlignedSegment::original).orElse(c.original());
            segments.add(new AlignedSegment(c.key(), c.sent(), c.paragraphs(), original, c.accepted(), c.tracked(), c.moved(),
                    c.anchored()));
        }
        return new Alignment(segments, byContent.novel(), byContent.segmentOfParagraph());
    }

    /** How many of our parts read as changed, plus the blocks that belong to none of them. */
    static int changes(Alignment a) {
        int n = a.novel().size();
        for (AlignedSegment s : a.segments()) if (s.changed()) n++;
        return n;
    }
}
