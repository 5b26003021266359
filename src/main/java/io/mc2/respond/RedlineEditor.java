package io.mc2.respond;

import io.mc2.compare.BodyBlocks;
import io.mc2.compare.CommentsPart;
import io.mc2.compare.ParagraphText;
import io.mc2.compare.RevisionResolver;
import io.mc2.compare.TrackedEdits;
import io.mc2.compare.WordPackage;
import io.mc2.compare.WordXml;
import io.mc2.diff.WordDiff;
import io.mc2.docx.DocxPackage;
import io.mc2.docx.ReadLimits;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Edits a supplier's redline into our counter-redline: resolves the supplier's tracked changes in
 * chosen paragraphs, and adds our own tracked changes and comments. Paragraphs are addressed by
 * the index {@link io.mc2.redline.RedlineDocument#body()} gives them in the document as opened;
 * indexes stay valid after edits (a paragraph that accepting or rejecting joins into the next one
 * is then addressed through that one; paragraphs added by {@link #insertParagraphAfter} have no
 * index).
 */
public final class RedlineEditor {

    private final WordPackage pkg;
    private final String mainPart;
    private final Document doc;
    private final List<Element> paragraphs;
    private final AtomicInteger ids;
    private final CommentsPart comments;
    /** The paragraph each index named when the document was opened. */
    private final List<Element> opened;
    private final NewParagraphs structure;

    private RedlineEditor(WordPackage pkg) {
        this.pkg = pkg;
        this.mainPart = pkg.mainPart();
        this.doc = pkg.parseForEditing(mainPart);
        this.paragraphs = new ArrayList<>(BodyBlocks.paragraphs(doc));
        this.ids = TrackedEdits.idsAbove(doc);
        this.comments = new CommentsPart(pkg, mainPart);
        this.opened = List.copyOf(paragraphs);
        this.structure = new NewParagraphs(doc);
    }

    /** Opens a .docx (untrusted: bounded reading, no DTDs; unreadable input ends in exit code 4). */
    public static RedlineEditor open(byte[] docx) {
        return new RedlineEditor(WordPackage.read(docx, "the document", ReadLimits.defaults()));
    }

    /** Opens a package already opened and checked, so that the editor sees what the reader saw. */
    public static RedlineEditor open(DocxPackage pkg) {
        return new RedlineEditor(WordPackage.of(pkg));
    }

    /** How many body paragraphs the document had when opened. */
    public int paragraphCount() {
        return paragraphs.size();
    }

    /** A paragraph's text as it reads with every tracked change accepted (our own included). */
    public String acceptedText(int paragraph) {
        return ParagraphText.of(paragraph(paragraph), true).text();
    }

    /** Whether the paragraph holds no text in any view: an empty line, not a clause's text. */
    public boolean blank(int paragraph) {
        return ParagraphText.of(paragraph(paragraph), false).text().isBlank();
    }

    /** Accepts the tracked changes in paragraphs [from, to) (and in table rows lying wholly in the range). */
    public int acceptRevisions(int fromParagraph, int toParagraphExclusive) {
        return resolve(fromParagraph, toParagraphExclusive, RevisionResolver.Decision.ACCEPT);
    }

    /** Rejects the tracked changes in paragraphs [from, to): the original text comes back. */
    public int rejectRevisions(int fromParagraph, int toParagraphExclusive) {
        return resolve(fromParagraph, toParagraphExclusive, RevisionResolver.Decision.REJECT);
    }

    /**
     * Accepts the tracked changes of exactly these paragraphs (and of table rows lying wholly among
     * them), nothing between them. With {@code keepParagraphs}, a paragraph whose mark the supplier
     * deleted stays a paragraph of its own (emptied of their deleted text), so that the text we
     * restore into it keeps its place and style.
     */
    public int acceptRevisions(Collection<Integer> indexes, boolean keepParagraphs) {
        List<Integer> list = new ArrayList<>();
        for (int i : indexes) {
            checkRange(i, i + 1);
            list.add(i);
        }
        for (int i : keepParagraphs ? list : List.<Integer>of()) {
            Element p = paragraphs.get(i);
            Element mark = p == null ? null : WordXml.markChange(p);
            if (mark != null && (WordXml.is(mark, "del") || WordXml.is(mark, "moveFrom"))) WordXml.remove(mark);
        }
        return resolve(list, RevisionResolver.Decision.ACCEPT);
    }

    private int resolve(int from, int to, RevisionResolver.Decision decision) {
        checkRange(from, to);
        List<Integer> range = new ArrayList<>();
        for (int i = from; i < to; i++) range.add(i);
        return resolve(range, decision);
    }

    private int resolve(List<Integer> indexes, RevisionResolver.Decision decision) {
        Set<Element> selected = new HashSet<>();
        for (int i : indexes) if (paragraphs.get(i) != null) selected.add(paragraphs.get(i));
        List<Element> all = BodyBlocks.paragraphs(doc);
        RevisionResolver.Outcome outcome = RevisionResolver.resolve(all, selected, decision);
        for (Map.Entry<Element, Element> e : outcome.joined().entrySet()) {
            for (int i = 0; i < paragraphs.size(); i++) if (paragraphs.get(i) == e.getKey()) paragraphs.set(i, e.getValue());
        }
        return outcome.resolved();
    }

    /**
     * Makes the paragraph's accepted text read {@code newText}, as our tracked change: a word diff
     * against the current accepted text, deletions of the runs concerned (their formatting kept)
     * and insertions formatted like the text before them.
     */
    public void replaceText(int paragraph, String newText, String author, String date) {
        Element p = paragraph(paragraph);
        ParagraphText current = ParagraphText.of(p, true);
        List<WordDiff.Piece> pieces = WordDiff.diff(current.text(), newText);
        TrackedEdits edits = edits(author, date);
        edits.rewrite(p, true, pieces, (from, text) -> TrackedEdits.textRuns(doc, styleAt(p, current, from), text));
    }

    /** The run properties for text inserted at an offset of the accepted text: those of the character before. */
    private static Element styleAt(Element p, ParagraphText text, int bOffset) {
        Element run = null;
        if (text.length() > 0) run = text.runAt(Math.max(0, Math.min(text.length() - 1, bOffset - 1)));
        Element rPr = run == null ? null : WordXml.child(run, "rPr");
        return rPr != null ? rPr : TrackedEdits.markRunProperties(p);
    }

    /** Adds a paragraph after the given one, as our tracked insertion, styled like that paragraph. */
    public void insertParagraphAfter(int paragraph, String text, String author, String date) {
        structure.insert(paragraph(paragraph), true, text, edits(author, date));
    }

    /** Adds a paragraph before the given one, as our tracked insertion, styled like that paragraph. */
    public void insertParagraphBefore(int paragraph, String text, String author, String date) {
        structure.insert(paragraph(paragraph), false, text, edits(author, date));
    }

    /**
     * Deletes paragraphs as our tracked change: their text, and their marks where a next paragraph
     * in the same container takes them in; a table row whose paragraphs are all given is deleted
     * as a row.
     */
    public void deleteParagraphs(Collection<Integer> indexes, String author, String date) {
        List<Element> ps = new ArrayList<>();
        for (int i : indexes) if (stands(i) && !ps.contains(paragraphs.get(i))) ps.add(paragraphs.get(i));
        structure.delete(ps, edits(author, date));
    }

    /**
     * Moves the bookmarks held by one paragraph to another: a clause's anchor stays on the text we
     * keep when the paragraph that held it is deleted (Word and LibreOffice drop a bookmark with
     * its text, and cross-references to it break).
     */
    public void moveBookmarks(int fromParagraph, int toParagraph) {
        Element from = paragraph(fromParagraph);
        Element to = paragraph(toParagraph);
        if (from == to) return;
        Element pPr = WordXml.child(to, "pPr");
        java.util.Set<String> ids = new HashSet<>();
        for (Element b : WordXml.elements(from)) {
            if (!WordXml.is(b, "bookmarkStart")) continue;
            ids.add(WordXml.attr(b, "id"));
            to.insertBefore(b, pPr == null ? to.getFirstChild() : pPr.getNextSibling());
        }
        for (Element b : WordXml.elements(from)) if (WordXml.is(b, "bookmarkEnd") && ids.contains(WordXml.attr(b, "id"))) to.appendChild(b);
    }

    /**
     * Whether the paragraph opened at this index is still its own paragraph: not removed with a
     * table row and not joined into another one by accepting or rejecting a mark change.
     */
    public boolean stands(int paragraph) {
        if (paragraph < 0 || paragraph >= paragraphs.size()) return false;
        Element p = paragraphs.get(paragraph);
        return p != null && p == opened.get(paragraph) && NewParagraphs.attached(p);
    }

    /**
     * Adds our comment to the supplier on paragraphs [from, to] (both included), creating the
     * comments part, its content type and relationship when the document has none. Only a
     * {@link SupplierNote} can become a comment: the document goes to the supplier.
     */
    public void addComment(int fromParagraph, int toParagraph, String author, String date, SupplierNote note) {
        addComment(fromParagraph, toParagraph, author, date, note.text());
    }

    /** Adds a comment of any text; package-private, so that nothing outside writes free text to the supplier. */
    void addComment(int fromParagraph, int toParagraph, String author, String date, String text) {
        Element first = paragraph(fromParagraph);
        Element last = paragraph(toParagraph);
        if (toParagraph < fromParagraph) throw new IllegalArgumentException("comment range ends before it starts");
        String id = comments.add(author, date, text);
        Element start = WordXml.create(doc, "commentRangeStart");
        WordXml.set(start, "id", id);
        Element fpPr = WordXml.child(first, "pPr");
        first.insertBefore(start, fpPr == null ? first.getFirstChild() : fpPr.getNextSibling());
        Element end = WordXml.create(doc, "commentRangeEnd");
        WordXml.set(end, "id", id);
        last.appendChild(end);
        Element run = WordXml.create(doc, "r");
        Element ref = WordXml.create(doc, "commentReference");
        WordXml.set(ref, "id", id);
        run.appendChild(ref);
        last.appendChild(run);
    }

    /**
     * Replies to an existing comment with our note to the supplier: the reply is anchored where the
     * comment is and threaded under it. Returns false, changing nothing, when the document has no
     * such comment or no anchor for it.
     */
    public boolean replyToComment(String parentId, String author, String date, SupplierNote note) {
        return replyToComment(parentId, author, date, note.text());
    }

    /** Replies with any text; package-private for the same reason as {@link #addComment(int, int, String, String, String)}. */
    boolean replyToComment(String parentId, String author, String date, String text) {
        Element start = marker("commentRangeStart", parentId);
        Element end = marker("commentRangeEnd", parentId);
        if (start == null || end == null) return false;
        String id = comments.reply(parentId, author, date, text);
        if (id == null) return false;
        Element myStart = WordXml.create(doc, "commentRangeStart");
        WordXml.set(myStart, "id", id);
        WordXml.insertAfter(myStart, start);
        Element myEnd = WordXml.create(doc, "commentRangeEnd");
        WordXml.set(myEnd, "id", id);
        WordXml.insertAfter(myEnd, end);
        Element run = WordXml.create(doc, "r");
        Element ref = WordXml.create(doc, "commentReference");
        WordXml.set(ref, "id", id);
        run.appendChild(ref);
        WordXml.insertAfter(run, myEnd);
        return true;
    }

    private Element marker(String local, String id) {
        NodeList all = doc.getElementsByTagNameNS(WordXml.ns(doc), local);
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (id.equals(WordXml.attr(e, "id"))) return e;
        }
        return null;
    }

    /** The edited document; the same edits on the same input give the same bytes. */
    public byte[] save() {
        pkg.put(mainPart, doc);
        comments.save();
        return pkg.toBytes();
    }

    private TrackedEdits edits(String author, String date) {
        if (author == null || author.isBlank()) throw new IllegalArgumentException("author must not be blank");
        return new TrackedEdits(doc, ids, author, date);
    }

    private Element paragraph(int i) {
        if (i < 0 || i >= paragraphs.size()) {
            throw new IndexOutOfBoundsException("paragraph " + i + " (the document has " + paragraphs.size() + ")");
        }
        Element p = paragraphs.get(i);
        if (p == null) throw new IllegalStateException("paragraph " + i + " was removed with its table row");
        return p;
    }

    private void checkRange(int from, int to) {
        if (from < 0 || to > paragraphs.size() || from > to) {
            throw new IndexOutOfBoundsException("paragraphs [" + from + ", " + to + ") of " + paragraphs.size());
        }
    }

}
