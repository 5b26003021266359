package io.mc2.write.docx;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.docx4j.XmlUtils;
import org.docx4j.wml.DocDefaults;
import org.docx4j.wml.Style;
import org.docx4j.wml.Styles;

/**
 * The one look every Word document mc2 writes shares: the draft, the brief, the Word report and the
 * cover note take their style sheet, page set-up and letterhead from here. {@link #standard()} is the
 * draft's own look (Times New Roman 11 pt, US Letter, 1-inch margins); {@link #from(Path)} takes the
 * look of a user's reference document, as pandoc's {@code --reference-doc} does: the definitions of
 * the styles mc2 uses (and the styles they are based on), the document defaults, the first section's
 * page size and margins, and its default header and footer with their images. Nothing else of that
 * document is read: not its body, comments or properties.
 */
public final class HouseStyle {
    /** The paragraph style of table cells: small, left-aligned (body text is justified). */
    public static final String TABLE_TEXT = WordStyles.TABLE_TEXT;

    private static final HouseStyle STANDARD = new HouseStyle(null, List.of(), PageLayout.US_LETTER, null, null);

    private final DocDefaults defaults;
    private final List<Style> referenceStyles;
    private final PageLayout page;
    private final Letterhead header;
    private final Letterhead footer;

    HouseStyle(DocDefaults defaults, List<Style> referenceStyles, PageLayout page, Letterhead header, Letterhead footer) {
        this.defaults = defaults;
        this.referenceStyles = List.copyOf(referenceStyles);
        this.page = page;
        this.header = header;
        this.footer = footer;
    }

    /** The draft's own look: what every document gets without {@code --reference-doc}. */
    public static HouseStyle standard() {
        return STANDARD;
    }

    /**
     * The look of a reference .docx, read as untrusted input through the one .docx reader and its
     * limits; an unreadable or unsafe file is an {@code UNSAFE_DOCUMENT} error naming it.
     */
    public static HouseStyle from(Path referenceDoc) {
        return ReferenceDocument.read(referenceDoc);
    }

    /** True for {@link #standard()}: its parts need no JAXB context to be written. */
    public boolean isStandard() {
        return this == STANDARD;
    }

    public PageLayout page() {
        return page;
    }

    /** The reference document's header (paragraphs and images) to put above ours, or null. */
    public Letterhead header() {
        return header;
    }

    /** The reference document's footer to put above ours, or null. */
    public Letterhead footer() {
        return footer;
    }

    /**
     * The style sheet: the draft's styles, then {@code own} (a writer's extra styles, based on Normal),
     * each replaced by the reference document's style of the same id or name where it has one, plus
     * the reference styles those are based on.
     */
    public Styles styles(List<Style> own) {
        Styles sheet = WordStyles.styles();
        sheet.getStyle().addAll(own);
        if (isStandard()) return sheet;
        if (defaults != null) sheet.setDocDefaults(XmlUtils.deepCopy(defaults));
        List<Style> list = sheet.getStyle();
        Map<String, String> rename = new HashMap<>();
        Map<String, Style> taken = new HashMap<>();
        Set<String> ids = new HashSet<>();
        for (Style ours : list) {
            ids.add(ours.getStyleId());
            Style theirs = reference(ours);
            if (theirs == null) continue;
            taken.put(ours.getStyleId(), theirs);
            rename.put(theirs.getStyleId(), ours.getStyleId());
        }
        List<Style> bases = new ArrayList<>();
        Deque<String> todo = new ArrayDeque<>();
        taken.values().forEach(s -> push(todo, s));
        while (!todo.isEmpty()) {
            String id = todo.pop();
            if (rename.containsKey(id) || ids.contains(id)) continue;
            Style base = byId(id);
            if (base == null) continue;
            rename.put(id, id);
            ids.add(id);
            bases.add(base);
            push(todo, base);
        }
        for (int i = 0; i < list.size(); i++) {
            Style ours = list.get(i);
            Style theirs = taken.get(ours.getStyleId());
            if (theirs != null) list.set(i, adopt(theirs, ours.getStyleId(), ours.isDefault(), rename, ids));
        }
        for (Style b : bases) list.add(adopt(b, b.getStyleId(), null, rename, ids));
        return sheet;
    }

    private Style reference(Style ours) {
        Style byId = byId(ours.getStyleId());
        if (byId != null && ours.getType().equals(byId.getType())) return byId;
        String name = ours.getName() == null ? null : ours.getName().getVal().toLowerCase(Locale.ROOT);
        for (Style s : referenceStyles) {
            if (s.getName() != null && s.getName().getVal().toLowerCase(Locale.ROOT).equals(name)
                    && ours.getType().equals(s.getType())) {
                return s;
            }
        }
        return null;
    }

    private Style byId(String id) {
        for (Style s : referenceStyles) if (id.equals(s.getStyleId())) return s;
        return null;
    }

    private static void push(Deque<String> todo, Style s) {
        if (s.getBasedOn() != null) todo.push(s.getBasedOn().getVal());
    }

    /**
     * A copy of a reference style under our id, its links renamed to ours and dropped where they
     * lead out of our sheet; its list numbering dropped (the reference's lists are not carried).
     */
    private static Style adopt(Style theirs, String id, Boolean isDefault, Map<String, String> rename, Set<String> ids) {
        Style s = XmlUtils.deepCopy(theirs);
        s.setStyleId(id);
        s.setDefault(Boolean.TRUE.equals(isDefault) ? Boolean.TRUE : null);
        if (s.getBasedOn() != null) {
            String to = rename.getOrDefault(s.getBasedOn().getVal(), s.getBasedOn().getVal());
            if (ids.contains(to)) s.getBasedOn().setVal(to);
            else s.setBasedOn(null);
        }
        if (s.getNext() != null) {
            String to = rename.getOrDefault(s.getNext().getVal(), s.getNext().getVal());
            if (ids.contains(to)) s.getNext().setVal(to);
            else s.setNext(null);
        }
        s.setLink(null);
        if (s.getPPr() != null) s.getPPr().setNumPr(null);
        return s;
    }

    /** A root object as XML: without JAXB for the standard look, through it for reference styles. */
    byte[] xml(Object root) {
        return isStandard() ? AnnotatedXml.write(root) : PackageArchive.marshal(root);
    }

    /**
     * A header or footer taken from the reference document: its block content (paragraphs, tables)
     * and the images it shows, under the relationship ids its content names.
     */
    public record Letterhead(List<Object> content, List<Image> images) {
        public Letterhead {
            content = List.copyOf(content);
            images = List.copyOf(images);
        }

        /** A fresh copy of the content, to place in one document. */
        public List<Object> copyOfContent() {
            List<Object> out = new ArrayList<>();
            for (Object o : content) out.add(XmlUtils.deepCopy(o));
            return out;
        }
    }

    /** An image of a letterhead: the relationship id its drawing names, a file extension, content type and bytes. */
    public record Image(String relationshipId, String extension, String contentType, byte[] bytes) {
    }
}
