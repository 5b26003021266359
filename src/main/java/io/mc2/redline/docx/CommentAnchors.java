package io.mc2.redline.docx;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Collects the text between each comment's range start and end, in both views. */
final class CommentAnchors {

    static final class Anchor {
        final StringBuilder accepted = new StringBuilder();
        final StringBuilder original = new StringBuilder();
        int paragraph = -1;

        String text() {
            String a = accepted.toString().strip();
            return a.isEmpty() ? original.toString().strip() : a;
        }
    }

    private static final int MAX_ANCHOR_CHARS = 100_000;

    private final Map<String, Anchor> byId = new HashMap<>();
    private final List<Anchor> open = new ArrayList<>();

    void start(String id, int paragraph) {
        if (id == null) return;
        Anchor a = byId.computeIfAbsent(id, k -> new Anchor());
        if (a.paragraph < 0) a.paragraph = paragraph;
        if (!open.contains(a)) open.add(a);
    }

    void end(String id) {
        Anchor a = id == null ? null : byId.get(id);
        if (a != null) open.remove(a);
    }

    /** A comment reference without a range still tells where the comment is. */
    void reference(String id, int paragraph) {
        if (id == null) return;
        Anchor a = byId.computeIfAbsent(id, k -> new Anchor());
        if (a.paragraph < 0) a.paragraph = paragraph;
    }

    void append(String text, boolean inAccepted, boolean inOriginal) {
        for (int i = 0; i < open.size(); i++) {
            Anchor a = open.get(i);
            if (inAccepted && a.accepted.length() < MAX_ANCHOR_CHARS) a.accepted.append(text);
            if (inOriginal && a.original.length() < MAX_ANCHOR_CHARS) a.original.append(text);
        }
    }

    void paragraphEnd() {
        for (int i = 0; i < open.size(); i++) {
            Anchor a = open.get(i);
            if (a.accepted.length() > 0 && a.accepted.length() < MAX_ANCHOR_CHARS) a.accepted.append('\n');
            if (a.original.length() > 0 && a.original.length() < MAX_ANCHOR_CHARS) a.original.append('\n');
        }
    }

    Anchor get(String id) {
        return byId.get(id);
    }
}
