package io.mc2.align;

import io.mc2.redline.RedlineDocument;
import io.mc2.redline.RedlineParagraph;
import io.mc2.redline.View;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The draft we sent, as paragraphs keyed by clause: read back from our own .docx, whose anchors
 * are intact (each clause is a content control tagged with its id).
 */
public record SentDraft(List<SentParagraph> paragraphs) {
    private static final Pattern DEFINITION = Pattern.compile("^[\u201c\"](.+?)[\u201d\"] means\\b");

    public SentDraft {
        paragraphs = List.copyOf(paragraphs);
    }

    /** Segments our draft; {@code clauseIds} are the clauses the draft holds (from its properties). */
    public static SentDraft of(RedlineDocument draft, Set<String> clauseIds) {
        List<SentParagraph> out = new ArrayList<>();
        boolean inDefinitions = false;
        for (RedlineParagraph p : draft.body()) {
            if (!p.presentIn(View.ORIGINAL)) continue;
            String text = Text.normalise(p.text(View.ORIGINAL));
            if (text.isEmpty()) continue;
            String tag = clauseTag(p, clauseIds);
            boolean heading = isHeading(p);
            SegmentKey key;
            if (tag != null) {
                key = SegmentKey.clause(tag);
                inDefinitions = false;
            } else if (isContents(p)) {
                key = SegmentKey.CONTENTS;
            } else {
                if (heading) inDefinitions = text.equalsIgnoreCase("Definitions");
                Matcher m = DEFINITION.matcher(text);
                key = inDefinitions && m.find() ? SegmentKey.definition(m.group(1)) : SegmentKey.DOCUMENT;
            }
            out.add(new SentParagraph(text, key, heading, p.numberLabel()));
        }
        return new SentDraft(out);
    }

    static String clauseTag(RedlineParagraph p, Set<String> clauseIds) {
        for (String t : p.contentControlTags()) if (clauseIds.contains(t)) return t;
        for (String b : p.bookmarks()) {
            // bookmark names are the id with non-alphanumerics as '_': compare the same way
            if (!b.startsWith("mc2_")) continue;
            for (String id : clauseIds) if (matchesBookmark(b, id)) return id;
        }
        return null;
    }

    private static boolean matchesBookmark(String bookmark, String id) {
        if (bookmark.length() != id.length() + 4) return false;
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            char expected = Character.isLetterOrDigit(c) && c < 128 ? c : '_';
            if (bookmark.charAt(i + 4) != expected) return false;
        }
        return true;
    }

    static boolean isHeading(RedlineParagraph p) {
        String s = p.styleName() == null ? p.styleId() : p.styleName();
        return s != null && s.toLowerCase(Locale.ROOT).replace(" ", "").startsWith("heading");
    }

    static boolean isContents(RedlineParagraph p) {
        String s = p.styleName() == null ? p.styleId() : p.styleName();
        if (s == null) return false;
        String n = s.toLowerCase(Locale.ROOT).replace(" ", "");
        return n.startsWith("toc") || n.equals("contentsheading");
    }
}
