package io.mc2.align;

import java.util.List;

/**
 * Text the supplier added that belongs to no clause of ours: a run of new paragraphs starting
 * with a heading.
 *
 * @param paragraphs indexes into the supplier's body
 * @param accepted   its paragraphs' text
 * @param tracked    whether it was inserted as a tracked change (false: a silent insertion)
 * @param after      the segment it follows
 */
public record NovelBlock(List<Integer> paragraphs, List<String> accepted, boolean tracked, SegmentKey after) {
    public NovelBlock {
        paragraphs = List.copyOf(paragraphs);
        accepted = List.copyOf(accepted);
    }
}
