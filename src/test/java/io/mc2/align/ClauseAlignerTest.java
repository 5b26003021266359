package io.mc2.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mc2.redline.Change;
import io.mc2.redline.RedlineDocument;
import io.mc2.redline.RedlineParagraph;
import io.mc2.redline.Segment;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Alignment on documents built paragraph by paragraph, imitating Word's and LibreOffice's markup. */
class ClauseAlignerTest {
    static final Set<String> IDS = Set.of("a", "b", "c");

    /** Our draft: three clauses, each a heading and one body paragraph, inside content controls. */
    static RedlineDocument sent() {
        List<RedlineParagraph> body = new ArrayList<>();
        body.add(p("Exhibit", "Title", List.of(), Change.KEPT));
        for (String id : List.of("a", "b", "c")) {
            body.add(p("Clause " + id.toUpperCase(), "heading 2", List.of(id), Change.KEPT));
            body.add(p("Body of clause " + id + " with enough words to compare.", "Normal", List.of(id), Change.KEPT));
        }
        return doc(body);
    }

    static RedlineParagraph p(String text, String style, List<String> tags, Change change) {
        boolean acc = change.presentIn(io.mc2.redline.View.ACCEPTED);
        boolean org = change.presentIn(io.mc2.redline.View.ORIGINAL);
        return new RedlineParagraph(List.of(new Segment(text, change, change == Change.KEPT ? null : "S", null, acc, org)), change,
                null, null, style, style, 0, 0, null, null, tags, List.of(), List.of(), null, null, false);
    }

    static RedlineParagraph mixed(String style, Segment... segs) {
        return new RedlineParagraph(List.of(segs), Change.KEPT, null, null, style, style, 0, 0, null, null, List.of(), List.of(),
                List.of(), null, null, false);
    }

    static Segment kept(String t) {
        return Segment.kept(t);
    }

    static Segment ins(String t) {
        return new Segment(t, Change.INSERTED, "S", null, true, false);
    }

    static Segment del(String t) {
        return new Segment(t, Change.DELETED, "S", null, false, true);
    }

    static RedlineDocument doc(List<RedlineParagraph> body) {
        return new RedlineDocument(body, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), Map.of(), Map.of(), List.of());
    }

    /** The supplier's copy as LibreOffice saves it: no content-control tags. */
    static List<RedlineParagraph> untagged() {
        List<RedlineParagraph> out = new ArrayList<>();
        for (RedlineParagraph x : sent().body()) out.add(p(x.text(io.mc2.redline.View.ORIGINAL), x.styleId(), List.of(), Change.KEPT));
        return out;
    }

    static Alignment align(List<RedlineParagraph> supplier) {
        return ClauseAligner.align(SentDraft.of(sent(), IDS), doc(supplier), IDS);
    }

    @Test
    void untaggedCopyAlignsByText() {
        Alignment a = align(untagged());
        for (String id : List.of("a", "b", "c")) {
            AlignedSegment s = a.segment(SegmentKey.clause(id)).orElseThrow();
            assertFalse(s.changed(), id);
            assertFalse(s.silent(), id);
            assertFalse(s.anchored(), id);
            assertEquals(2, s.paragraphs().size());
        }
    }

    @Test
    void trackedWordChangeStaysInItsClause() {
        List<RedlineParagraph> body = untagged();
        body.set(4, mixed("Normal", kept("Body of clause b with "), del("enough"), ins("fewer"), kept(" words to compare.")));
        AlignedSegment b = align(body).segment(SegmentKey.clause("b")).orElseThrow();
        assertTrue(b.tracked());
        assertFalse(b.silent());
        assertEquals("Body of clause b with fewer words to compare.", b.accepted().get(1));
    }

    @Test
    void silentEditIsFoundBySimilarity() {
        List<RedlineParagraph> body = untagged();
        body.set(2, p("Body of clause a with many more words to compare.", "Normal", List.of(), Change.KEPT));
        AlignedSegment a = align(body).segment(SegmentKey.clause("a")).orElseThrow();
        assertTrue(a.silent());
        assertFalse(a.tracked());
        assertEquals(List.of(1, 2), a.paragraphs());
    }

    @Test
    void aClauseMovedWithoutTrackingIsMoved() {
        List<RedlineParagraph> body = untagged();
        List<RedlineParagraph> moved = new ArrayList<>(List.of(body.get(0), body.get(5), body.get(6), body.get(1), body.get(2),
                body.get(3), body.get(4)));
        Alignment a = align(moved);
        assertTrue(a.segment(SegmentKey.clause("c")).orElseThrow().moved());
        assertFalse(a.segment(SegmentKey.clause("a")).orElseThrow().moved());
        assertEquals(List.of(1, 2), a.segment(SegmentKey.clause("c")).orElseThrow().paragraphs());
    }

    @Test
    void insertedHeadingAndBodyAreNovel() {
        List<RedlineParagraph> body = untagged();
        body.add(5, p("Supplier Clause", "heading 2", List.of(), Change.INSERTED));
        body.add(6, p("The HDO shall indemnify the supplier.", "Normal", List.of(), Change.INSERTED));
        Alignment a = align(body);
        assertEquals(1, a.novel().size());
        assertEquals(List.of("Supplier Clause", "The HDO shall indemnify the supplier."), a.novel().get(0).accepted());
        assertTrue(a.novel().get(0).tracked());
        assertEquals(SegmentKey.clause("b"), a.novel().get(0).after());
        assertFalse(a.segment(SegmentKey.clause("b")).orElseThrow().changed());
    }

    @Test
    void anInsertedBodyParagraphBelongsToTheClauseBeforeIt() {
        List<RedlineParagraph> body = untagged();
        body.add(5, p("The supplier may also charge for patches.", "Normal", List.of(), Change.INSERTED));
        Alignment a = align(body);
        assertTrue(a.novel().isEmpty());
        AlignedSegment b = a.segment(SegmentKey.clause("b")).orElseThrow();
        assertEquals(List.of(3, 4, 5), b.paragraphs());
        assertEquals("The supplier may also charge for patches.", b.accepted().get(2));
        assertFalse(a.segment(SegmentKey.clause("c")).orElseThrow().changed());
    }

    @Test
    void aDeletedClauseHasNoAcceptedText() {
        List<RedlineParagraph> body = untagged();
        body.set(3, p("Clause B", "heading 2", List.of(), Change.DELETED));
        body.set(4, p("Body of clause b with enough words to compare.", "Normal", List.of(), Change.DELETED));
        AlignedSegment b = align(body).segment(SegmentKey.clause("b")).orElseThrow();
        assertTrue(b.deleted());
        assertTrue(b.tracked());
        assertFalse(b.silent());
    }

    @Test
    void contentControlTagsWinOverText() {
        List<RedlineParagraph> body = new ArrayList<>(sent().body());
        // the body of clause a was replaced entirely, but Word kept the tag
        body.set(2, p("Completely different words from the supplier here.", "Normal", List.of("a"), Change.KEPT));
        AlignedSegment a = align(body).segment(SegmentKey.clause("a")).orElseThrow();
        assertTrue(a.anchored());
        assertTrue(a.silent());
        assertEquals(List.of(1, 2), a.paragraphs());
    }
}
