package io.mc2.redline.docx;

import io.mc2.problem.ExitCode;
import io.mc2.problem.Mc2Exception;
import io.mc2.redline.Change;
import io.mc2.redline.ComplexFields;
import io.mc2.redline.Revision;
import io.mc2.redline.TableCell;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Streams one WordprocessingML "story" part (document body, header, footer, footnotes, endnotes,
 * comments) into paragraphs of tracked segments, and its tracked changes into revisions.
 *
 * <p>Wrappers that only group runs (hyperlinks, smart tags, custom XML, content controls, simple
 * fields, bidi overrides) are looked through; complex fields show their result, never their
 * instruction; drawings, text boxes and math are skipped.
 */
final class StoryReader {

    /** Where an element sits, which decides what its children can be. */
    private enum Level { BLOCK, TABLE, ROW, INLINE }

    /** An open tracked change: text and row/cell changes nest, so they form a stack. */
    private static final class Frame {
        final Change kind;
        final String type;
        final String author;
        final String date;
        final int slot;
        final int paragraph;
        final StringBuilder text = new StringBuilder();

        Frame(Change kind, String type, String author, String date, int slot, int paragraph) {
            this.kind = kind;
            this.type = type;
            this.author = author;
            this.date = date;
            this.slot = slot;
            this.paragraph = paragraph;
        }
    }

    private static final class TableState {
        final int index;
        final int depth;
        int row;
        int column;

        TableState(int index, int depth) {
            this.index = index;
            this.depth = depth;
        }
    }

    /** One comment from comments.xml with its paragraphs. */
    record CommentBody(String id, String author, String date, List<ParagraphBuilder> paragraphs) {
    }

    private static final int MAX_FRAME_TEXT = 1_000_000;

    private final Path file;
    private final String part;
    private final String kind;
    private final XMLStreamReader x;
    private final Revisions revisions;
    private final CommentAnchors anchors;
    private final boolean anchorsCountParagraphs;

    final List<ParagraphBuilder> paragraphs = new ArrayList<>();
    final List<CommentBody> comments = new ArrayList<>();
    /** Read as "textboxes": for each text box, its first paragraph's index in {@link #paragraphs} and the body paragraph it is anchored in. */
    final List<int[]> boxes = new ArrayList<>();
    private int outerParagraphs;

    private ParagraphBuilder current;
    private final ArrayList<Frame> frames = new ArrayList<>();
    private int goneWhenAccepted;
    private int goneWhenRejected;
    private final ComplexFields fields = new ComplexFields();
    private final ArrayList<String> tags = new ArrayList<>();
    private final List<String> pendingBookmarks = new ArrayList<>();
    private final List<String> pendingComments = new ArrayList<>();
    private final ArrayDeque<TableState> tables = new ArrayDeque<>();
    private int tableCount;
    private TableCell cell;
    private StringBuilder runText;
    private int depth;

    /**
     * @param kind    body, header, footer, footnotes, endnotes or comments: the revisions' part
     * @param anchors where comment ranges are collected; paragraph indexes are kept only for the body
     */
    StoryReader(Path file, String part, String kind, byte[] data, Revisions revisions, CommentAnchors anchors) {
        this.file = file;
        this.part = part;
        this.kind = kind;
        this.x = Xml.open(file, part, data);
        this.revisions = revisions;
        this.anchors = anchors;
        this.anchorsCountParagraphs = kind.equals("body");
    }

    /** Reads the whole part. */
    StoryReader read() {
        try {
            while (x.hasNext()) {
                if (x.next() == XMLStreamConstants.START_ELEMENT) {
                    root();
                    break;
                }
            }
            while (x.hasNext()) x.next();
            x.close();
        } catch (XMLStreamException | RuntimeException e) {
            if (e instanceof Mc2Exception m) throw m;
            if (e instanceof XMLStreamException || e instanceof IllegalStateException
                    || e instanceof java.util.NoSuchElementException) {
                throw Xml.broken(file, part, e);
            }
            throw (RuntimeException) e;
        }
        return this;
    }

    private void root() throws XMLStreamException {
        String local = x.getLocalName();
        if (kind.equals("textboxes")) {
            textBoxes();
            return;
        }
        switch (local) {
            case "document" -> {
                boolean body = false;
                while (x.hasNext()) {
                    int e = x.next();
                    if (e == XMLStreamConstants.END_ELEMENT) return;
                    if (e != XMLStreamConstants.START_ELEMENT) continue;
                    if (Xml.isWord(x.getNamespaceURI()) && x.getLocalName().equals("body")) {
                        // Word reads one body; another tool might read the other: one view or none
                        if (body) throw ambiguous("two w:body elements");
                        body = true;
                        children(Level.BLOCK);
                    } else {
                        Xml.skip(x);
                    }
                }
            }
            case "footnotes", "endnotes" -> {
                while (x.hasNext()) {
                    int e = x.next();
                    if (e == XMLStreamConstants.END_ELEMENT) return;
                    if (e != XMLStreamConstants.START_ELEMENT) continue;
                    String type = Xml.attr(x, "type");
                    boolean note = x.getLocalName().equals("footnote") || x.getLocalName().equals("endnote");
                    // separators are layout, not text
                    if (note && (type == null || type.equals("normal"))) children(Level.BLOCK);
                    else Xml.skip(x);
                }
            }
            case "comments" -> {
                while (x.hasNext()) {
                    int e = x.next();
                    if (e == XMLStreamConstants.END_ELEMENT) return;
                    if (e != XMLStreamConstants.START_ELEMENT) continue;
                    if (!x.getLocalName().equals("comment")) {
                        Xml.skip(x);
                        continue;
                    }
                    String id = Xml.attr(x, "id"), author = Xml.attr(x, "author"), date = Xml.date(x);
                    int from = paragraphs.size();
                    children(Level.BLOCK);
                    comments.add(new CommentBody(id, author, date, new ArrayList<>(paragraphs.subList(from, paragraphs.size()))));
                }
            }
            default -> children(Level.BLOCK);
        }
    }

    /**
     * Every text box of the part (w:txbxContent), each read as block content: the body paragraphs
     * around them are only counted, for the anchor. A box drawn twice through mc:AlternateContent
     * (DrawingML in the Choice, VML in the Fallback) is read once: the Choice's, else the Fallback's.
     */
    private void textBoxes() throws XMLStreamException {
        enter();
        while (x.hasNext()) {
            int e = x.next();
            if (e == XMLStreamConstants.END_ELEMENT) break;
            if (e != XMLStreamConstants.START_ELEMENT) continue;
            String ns = x.getNamespaceURI();
            String local = x.getLocalName();
            if (Xml.MC.equals(ns) && local.equals("AlternateContent")) {
                alternateBoxes();
            } else if (Xml.isWord(ns) && local.equals("txbxContent")) {
                boxes.add(new int[] {paragraphs.size(), outerParagraphs - 1});
                children(Level.BLOCK);
            } else {
                if (Xml.isWord(ns) && local.equals("p")) outerParagraphs++;
                textBoxes();
            }
        }
        depth--;
    }

    private void alternateBoxes() throws XMLStreamException {
        enter();
        int before = boxes.size();
        while (x.hasNext()) {
            int e = x.next();
            if (e == XMLStreamConstants.END_ELEMENT) break;
            if (e != XMLStreamConstants.START_ELEMENT) continue;
            boolean branch = Xml.MC.equals(x.getNamespaceURI()) && (x.getLocalName().equals("Choice") || x.getLocalName().equals("Fallback"));
            if (branch && boxes.size() == before) textBoxes();
            else Xml.skip(x);
        }
        depth--;
    }

    private void enter() {
        if (++depth > Xml.MAX_DEPTH) {
            throw new Mc2Exception(ExitCode.UNSAFE_DOCUMENT, file + ": " + io.mc2.docx.UntrustedText.printable(part) + " is nested more than "
                    + Xml.MAX_DEPTH + " elements deep; refusing it");
        }
    }

    /** Reads the children of the current element up to its end tag. */
    private void children(Level level) throws XMLStreamException {
        enter();
        while (x.hasNext()) {
            int e = x.next();
            if (e == XMLStreamConstants.END_ELEMENT) break;
            if (e != XMLStreamConstants.START_ELEMENT) continue;
            String ns = x.getNamespaceURI();
            String local = x.getLocalName();
            if (!Xml.isWord(ns)) {
                if (Xml.MC.equals(ns) && local.equals("AlternateContent")) alternate(level);
                else if (Xml.MATH.equals(ns) && level == Level.INLINE) math(local);
                else Xml.skip(x);
                continue;
            }
            switch (local) {
                case "sdt" -> contentControl(level);
                case "customXml", "smartTag" -> children(level);
                case "bookmarkStart" -> bookmark();
                case "commentRangeStart" -> {
                    String id = Xml.attr(x, "id");
                    // a range without an id belongs to no comment: there is nothing to anchor
                    if (id != null) {
                        if (current != null) current.commentIds.add(id);
                        else pendingComments.add(id);
                        anchors.start(id, anchorParagraph());
                    }
                    Xml.skip(x);
                }
                case "commentRangeEnd" -> {
                    anchors.end(Xml.attr(x, "id"));
                    Xml.skip(x);
                }
                default -> {
                    switch (level) {
                        case BLOCK -> block(local);
                        case TABLE -> tableChild(local);
                        case ROW -> rowChild(local);
                        case INLINE -> inline(local);
                    }
                }
            }
        }
        depth--;
    }

    private void block(String local) throws XMLStreamException {
        switch (local) {
            case "p" -> paragraph();
            case "tbl" -> table();
            case "tcPr" -> cellProperties();
            case "ins" -> tracked(Change.INSERTED, "insertion", Level.BLOCK);
            case "del" -> tracked(Change.DELETED, "deletion", Level.BLOCK);
            case "moveFrom" -> tracked(Change.MOVED_FROM, "move-from", Level.BLOCK);
            case "moveTo" -> tracked(Change.MOVED_TO, "move-to", Level.BLOCK);
            case "sectPr" -> formattingInside("sectPrChange");
            default -> Xml.skip(x);
        }
    }

    private void tableChild(String local) throws XMLStreamException {
        switch (local) {
            case "tr" -> row();
            case "tblPr" -> formattingInside("tblPrChange");
            case "tblGrid" -> formattingInside("tblGridChange");
            default -> Xml.skip(x);
        }
    }

    private void rowChild(String local) throws XMLStreamException {
        switch (local) {
            case "tc" -> cell();
            case "trPr" -> rowProperties();
            default -> Xml.skip(x);
        }
    }

    private void inline(String local) throws XMLStreamException {
        switch (local) {
            case "r" -> run();
            case "pPr" -> paragraphProperties();
            case "ins" -> tracked(Change.INSERTED, "insertion", Level.INLINE);
            case "del" -> tracked(Change.DELETED, "deletion", Level.INLINE);
            case "moveFrom" -> tracked(Change.MOVED_FROM, "move-from", Level.INLINE);
            case "moveTo" -> tracked(Change.MOVED_TO, "move-to", Level.INLINE);
            case "hyperlink", "fldSimple", "dir", "bdo", "sdtContent" -> children(Level.INLINE);
            case "customXmlPr", "smartTagPr", "proofErr", "permStart", "permEnd", "bookmarkEnd",
                    "moveFromRangeStart", "moveFromRangeEnd", "moveToRangeStart", "moveToRangeEnd",
                    "customXmlInsRangeStart", "customXmlInsRangeEnd", "customXmlDelRangeStart",
                    "customXmlDelRangeEnd", "customXmlMoveFromRangeStart", "customXmlMoveFromRangeEnd",
                    "customXmlMoveToRangeStart", "customXmlMoveToRangeEnd", "rPr", "subDoc" -> Xml.skip(x);
            // unknown wrappers may still hold runs: look inside rather than lose text
            default -> children(Level.INLINE);
        }
    }

    /**
     * mc:AlternateContent: a Choice needs an extension namespace (w14, wps, w16se ...), so the
     * Fallback, written in the base vocabulary, is read.
     */
    private void alternate(Level level) throws XMLStreamException {
        enter();
        while (x.hasNext()) {
            int e = x.next();
            if (e == XMLStreamConstants.END_ELEMENT) break;
            if (e != XMLStreamConstants.START_ELEMENT) continue;
            if (Xml.MC.equals(x.getNamespaceURI()) && x.getLocalName().equals("Fallback")) {
                if (level == null) runChildren();
                else children(level);
            } else {
                Xml.skip(x);
            }
        }
        depth--;
    }

    private int paragraphIndex() {
        return current != null ? current.index : paragraphs.size();
    }

    private int anchorParagraph() {
        return anchorsCountParagraphs ? paragraphIndex() : -1;
    }

    private void bookmark() throws XMLStreamException {
        String name = Xml.attr(x, "name");
        if (name != null) {
            if (current != null) current.bookmarks.add(name);
            else pendingBookmarks.add(name);
        }
        Xml.skip(x);
    }

    private void contentControl(Level level) throws XMLStreamException {
        enter();
        String tag = null;
        boolean pushed = false;
        boolean content = false;
        while (x.hasNext()) {
            int e = x.next();
            if (e == XMLStreamConstants.END_ELEMENT) break;
            if (e != XMLStreamConstants.START_ELEMENT) continue;
            String local = x.getLocalName();
            if (local.equals("sdtPr")) {
                tag = sdtTag();
            } else if (local.equals("sdtContent")) {
                if (content) throw ambiguous("a content control with two w:sdtContent elements");
                content = true;
                if (tag != null && !pushed) {
                    tags.add(tag);
                    pushed = true;
                    if (level == Level.INLINE && current != null && !current.tags.contains(tag)) current.tags.add(tag);
                }
                children(level);
            } else {
                Xml.skip(x);
            }
        }
        if (pushed) tags.remove(tags.size() - 1);
        depth--;
    }

    private Mc2Exception ambiguous(String what) {
        return new Mc2Exception(io.mc2.problem.ExitCode.UNSAFE_DOCUMENT, file + ": " + io.mc2.docx.UntrustedText.printable(part)
                + " holds " + what + "; refusing a document that reads differently to different tools");
    }

    private String sdtTag() throws XMLStreamException {
        String tag = null;
        int d = 1;
        while (d > 0 && x.hasNext()) {
            int e = x.next();
            if (e == XMLStreamConstants.START_ELEMENT) {
                d++;
                if (d == 2 && x.getLocalName().equals("tag") && Xml.isWord(x.getNamespaceURI())) tag = Xml.attr(x, "val");
            } else if (e == XMLStreamConstants.END_ELEMENT) {
                d--;
            }
        }
        return tag;
    }

    // ---- paragraphs and runs

    private void paragraph() throws XMLStreamException {
        revisions.budget().paragraph(part);
        ParagraphBuilder p = new ParagraphBuilder(paragraphs.size(), cell, new ArrayList<>(tags));
        p.paraId = x.getAttributeValue(Xml.W14, "paraId");
        p.bookmarks.addAll(pendingBookmarks);
        pendingBookmarks.clear();
        p.commentIds.addAll(pendingComments);
        pendingComments.clear();
        ParagraphBuilder outer = current;
        current = p;
        int pPrSlot = revisions.reserve();
        children(Level.INLINE);
        current = outer;
        if (p.propertiesChanged) {
            revisions.fill(pPrSlot, new Revision("formatting", pPrAuthor,
                    pPrDate, p.acceptedText(), p.index, kind));
        }
        pPrAuthor = null;
        pPrDate = null;
        if (p.mark != Change.KEPT) {
            String type = switch (p.mark) {
                case INSERTED -> "paragraph-insertion";
                case DELETED -> "paragraph-deletion";
                case MOVED_FROM -> "paragraph-move-from";
                case MOVED_TO -> "paragraph-move-to";
                case KEPT -> "";
            };
            revisions.add(new Revision(type, p.markAuthor, p.markDate, "", p.index, kind));
        }
        for (Frame f : frames) {
            if (f.text.length() > 0 && f.text.length() < MAX_FRAME_TEXT) f.text.append(" | ");
        }
        anchors.paragraphEnd();
        if (outer == null) paragraphs.add(p);
    }

    private String pPrAuthor;
    private String pPrDate;

    private void paragraphProperties() throws XMLStreamException {
        enter();
        while (x.hasNext()) {
            int e = x.next();
            if (e == XMLStreamConstants.END_ELEMENT) break;
            if (e != XMLStreamConstants.START_ELEMENT) continue;
            switch (x.getLocalName()) {
                case "pStyle" -> {
                    current.styleId = Xml.attr(x, "val");
                    Xml.skip(x);
                }
                case "numPr" -> numberingProperties();
                case "rPr" -> markProperties();
                case "pPrChange" -> {
                    current.propertiesChanged = true;
                    pPrAuthor = Xml.attr(x, "author");
                    pPrDate = Xml.date(x);
                    Xml.skip(x);
                }
                case "sectPr" -> formattingInside("sectPrChange");
                default -> Xml.skip(x);
            }
        }
        depth--;
    }

    private void numberingProperties() throws XMLStreamException {
        int d = 1;
        while (d > 0 && x.hasNext()) {
            int e = x.next();
            if (e == XMLStreamConstants.START_ELEMENT) {
                d++;
                if (d == 2 && x.getLocalName().equals("numId")) current.numId = Styles.number(Xml.attr(x, "val"));
                else if (d == 2 && x.getLocalName().equals("ilvl")) current.ilvl = Styles.number(Xml.attr(x, "val"));
            } else if (e == XMLStreamConstants.END_ELEMENT) {
                d--;
            }
        }
    }

    /** pPr/rPr: the paragraph mark's own insertion, deletion or move. */
    private void markProperties() throws XMLStreamException {
        enter();
        while (x.hasNext()) {
            int e = x.next();
            if (e == XMLStreamConstants.END_ELEMENT) break;
            if (e != XMLStreamConstants.START_ELEMENT) continue;
            Change mark = switch (x.getLocalName()) {
                case "ins" -> Change.INSERTED;
                case "del" -> Change.DELETED;
                case "moveFrom" -> Change.MOVED_FROM;
                case "moveTo" -> Change.MOVED_TO;
                default -> null;
            };
            if (mark != null && Xml.isWord(x.getNamespaceURI())) {
                current.mark = mark;
                current.markAuthor = Xml.attr(x, "author");
                current.markDate = Xml.date(x);
            } else if (x.getLocalName().equals("rPrChange")) {
                revisions.add(new Revision("formatting", Xml.attr(x, "author"), Xml.date(x), "",
                        current.index, kind));
            }
            Xml.skip(x);
        }
        depth--;
    }

    private void run() throws XMLStreamException {
        enter();
        StringBuilder outerRun = runText;
        runText = new StringBuilder();
        int outerSlot = formattingSlot;
        String outerAuthor = fAuthor, outerDate = fDate;
        formattingSlot = -1;
        runChildren();
        if (formattingSlot >= 0) {
            revisions.fill(formattingSlot, new Revision("formatting", fAuthor, fDate, runText.toString(),
                    paragraphIndex(), kind));
        }
        formattingSlot = outerSlot;
        fAuthor = outerAuthor;
        fDate = outerDate;
        if (outerRun != null) outerRun.append(runText);
        runText = outerRun;
        depth--;
    }

    /**
     * An element of an equation (OMML): its runs (m:r) are read as runs, their m:t as text, and the
     * structures around them (fractions, scripts, radicals ...) are looked through; their
     * properties are not text. Tracked changes inside an equation (w:ins, w:del around m:r) are read
     * as anywhere else.
     */
    private void math(String local) throws XMLStreamException {
        if (local.equals("r")) run();
        else if (local.endsWith("Pr")) Xml.skip(x);
        else children(Level.INLINE);
    }

    private int formattingSlot = -1;
    private String fAuthor;
    private String fDate;

    private void runChildren() throws XMLStreamException {
        enter();
        while (x.hasNext()) {
            int e = x.next();
            if (e == XMLStreamConstants.END_ELEMENT) break;
            if (e != XMLStreamConstants.START_ELEMENT) continue;
            if (!Xml.isWord(x.getNamespaceURI())) {
                if (Xml.MC.equals(x.getNamespaceURI()) && x.getLocalName().equals("AlternateContent")) alternate(null);
                else if (Xml.MATH.equals(x.getNamespaceURI()) && x.getLocalName().equals("t")) emit(Xml.text(x));
                else Xml.skip(x);
                continue;
            }
            switch (x.getLocalName()) {
                case "t", "delText" -> emit(Xml.text(x));
                case "tab", "ptab" -> {
                    emit("\t");
                    Xml.skip(x);
                }
                case "br" -> {
                    String type = Xml.attr(x, "type");
                    if (type == null || type.equals("textWrapping")) emit("\n");
                    Xml.skip(x);
                }
                case "cr" -> {
                    emit("\n");
                    Xml.skip(x);
                }
                case "noBreakHyphen" -> {
                    emit("-");
                    Xml.skip(x);
                }
                case "sym" -> {
                    emit(io.mc2.docx.SymbolCharacter.of(Xml.attr(x, "font"), Xml.attr(x, "char")));
                    Xml.skip(x);
                }
                case "fldChar" -> {
                    fields.fieldChar(Xml.attr(x, "fldCharType"));
                    Xml.skip(x);
                }
                case "commentReference" -> {
                    anchors.reference(Xml.attr(x, "id"), anchorParagraph());
                    Xml.skip(x);
                }
                case "rPr" -> {
                    int d = 1;
                    while (d > 0 && x.hasNext()) {
                        int ev = x.next();
                        if (ev == XMLStreamConstants.START_ELEMENT) {
                            d++;
                            if (d == 2 && x.getLocalName().equals("rPrChange") && formattingSlot < 0) {
                                formattingSlot = revisions.reserve();
                                fAuthor = Xml.attr(x, "author");
                                fDate = Xml.date(x);
                            }
                        } else if (ev == XMLStreamConstants.END_ELEMENT) {
                            d--;
                        }
                    }
                }
                // instrText/delInstrText are field instructions: never shown
                default -> Xml.skip(x);
            }
        }
        depth--;
    }

    private void emit(String s) {
        if (s.isEmpty() || fields.inInstruction() || current == null) return;
        boolean inAccepted = goneWhenAccepted == 0, inOriginal = goneWhenRejected == 0;
        Frame top = frames.isEmpty() ? null : frames.get(frames.size() - 1);
        if (top == null) current.add(s, Change.KEPT, null, null, inAccepted, inOriginal);
        else current.add(s, top.kind, top.author, top.date, inAccepted, inOriginal);
        revisions.budget().text(part, s.length(), current.length());
        for (int i = 0; i < frames.size(); i++) {
            StringBuilder t = frames.get(i).text;
            if (t.length() < MAX_FRAME_TEXT) t.append(s);
        }
        if (runText != null) runText.append(s);
        anchors.append(s, inAccepted, inOriginal);
    }

    // ---- tracked changes

    private Frame push(Change kind, String type) {
        Frame f = new Frame(kind, type, Xml.attr(x, "author"), Xml.date(x), revisions.reserve(), paragraphIndex());
        frames.add(f);
        if (!kind.presentIn(io.mc2.redline.View.ACCEPTED)) goneWhenAccepted++;
        if (!kind.presentIn(io.mc2.redline.View.ORIGINAL)) goneWhenRejected++;
        return f;
    }

    private void popTo(int size) {
        while (frames.size() > size) {
            Frame f = frames.remove(frames.size() - 1);
            if (!f.kind.presentIn(io.mc2.redline.View.ACCEPTED)) goneWhenAccepted--;
            if (!f.kind.presentIn(io.mc2.redline.View.ORIGINAL)) goneWhenRejected--;
            String text = f.text.toString();
            if (text.endsWith(" | ")) text = text.substring(0, text.length() - 3);
            revisions.fill(f.slot, new Revision(f.type, f.author, f.date, text, f.paragraph, kind));
        }
    }

    private void tracked(Change change, String type, Level level) throws XMLStreamException {
        int before = frames.size();
        push(change, type);
        children(level);
        popTo(before);
    }

    private void formattingInside(String changeElement) throws XMLStreamException {
        int d = 1;
        while (d > 0 && x.hasNext()) {
            int e = x.next();
            if (e == XMLStreamConstants.START_ELEMENT) {
                d++;
                if (d == 2 && x.getLocalName().equals(changeElement)) {
                    revisions.add(new Revision("formatting", Xml.attr(x, "author"), Xml.date(x), "",
                            paragraphIndex(), kind));
                }
            } else if (e == XMLStreamConstants.END_ELEMENT) {
                d--;
            }
        }
    }

    // ---- tables

    private void table() throws XMLStreamException {
        TableState t = new TableState(tableCount++, tables.size() + 1);
        tables.push(t);
        TableCell outerCell = cell;
        children(Level.TABLE);
        cell = outerCell;
        tables.pop();
    }

    private void row() throws XMLStreamException {
        TableState t = tables.peek();
        int before = frames.size();
        if (t != null) t.column = 0;
        children(Level.ROW);
        popTo(before);
        if (t != null) t.row++;
    }

    private void rowProperties() throws XMLStreamException {
        int d = 1;
        while (d > 0 && x.hasNext()) {
            int e = x.next();
            if (e == XMLStreamConstants.START_ELEMENT) {
                d++;
                if (d != 2 || !Xml.isWord(x.getNamespaceURI())) continue;
                switch (x.getLocalName()) {
                    case "ins" -> push(Change.INSERTED, "table-row-insertion");
                    case "del" -> push(Change.DELETED, "table-row-deletion");
                    case "trPrChange" -> revisions.add(new Revision("formatting", Xml.attr(x, "author"),
                            Xml.date(x), "", paragraphIndex(), kind));
                    default -> { }
                }
            } else if (e == XMLStreamConstants.END_ELEMENT) {
                d--;
            }
        }
    }

    private void cell() throws XMLStreamException {
        TableState t = tables.peek();
        TableCell outerCell = cell;
        int before = frames.size();
        int column = t == null ? 0 : t.column++;
        cell = newCell(t, column);
        children(Level.BLOCK);
        popTo(before);
        cell = outerCell;
    }

    private TableCell newCell(TableState t, int column) {
        Change change = frames.isEmpty() ? Change.KEPT : frames.get(frames.size() - 1).kind;
        if (change == Change.MOVED_FROM) change = Change.DELETED;
        if (change == Change.MOVED_TO) change = Change.INSERTED;
        return t == null ? new TableCell(0, 0, column, 1, change) : new TableCell(t.index, t.row, column, t.depth, change);
    }

    private void cellProperties() throws XMLStreamException {
        TableState t = tables.peek();
        boolean changed = false;
        int d = 1;
        while (d > 0 && x.hasNext()) {
            int e = x.next();
            if (e == XMLStreamConstants.START_ELEMENT) {
                d++;
                if (d != 2 || !Xml.isWord(x.getNamespaceURI())) continue;
                switch (x.getLocalName()) {
                    case "cellIns" -> {
                        push(Change.INSERTED, "table-cell-insertion");
                        changed = true;
                    }
                    case "cellDel" -> {
                        push(Change.DELETED, "table-cell-deletion");
                        changed = true;
                    }
                    case "cellMerge" -> revisions.add(new Revision("table-cell-merge", Xml.attr(x, "author"),
                            Xml.date(x), "", paragraphIndex(), kind));
                    case "tcPrChange" -> revisions.add(new Revision("formatting", Xml.attr(x, "author"),
                            Xml.date(x), "", paragraphIndex(), kind));
                    default -> { }
                }
            } else if (e == XMLStreamConstants.END_ELEMENT) {
                d--;
            }
        }
        if (changed && cell != null) cell = newCell(t, cell.column());
    }
}
