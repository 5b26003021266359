package io.mc2.align;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The supplier's document mapped onto the draft we sent: every segment of ours (in our order) with
 * the supplier paragraphs that belong to it, plus the blocks that belong to none.
 *
 * @param segmentOfParagraph for each supplier body paragraph, the segment it was assigned to
 *                           (null for paragraphs in novel blocks)
 */
public record Alignment(List<AlignedSegment> segments, List<NovelBlock> novel, Map<Integer, SegmentKey> segmentOfParagraph) {

    public Alignment {
        segments = List.copyOf(segments);
        novel = List.copyOf(novel);
        segmentOfParagraph = Map.copyOf(segmentOfParagraph);
    }

    public Optional<AlignedSegment> segment(SegmentKey key) {
        return segments.stream().filter(s -> s.key().equals(key)).findFirst();
    }
}
