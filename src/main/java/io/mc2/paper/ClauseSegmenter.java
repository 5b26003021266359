package io.mc2.paper;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a supplier's paper into clauses: numbered headings ("3.", "Article 4", "4.2 Security Updates",
 * typed or from Word numbering), heading styles, run-in headings ("Security Updates. Supplier shall ..."),
 * and each row of a table of commitments. Text before the first heading (title, recitals) is not a
 * clause; a heading without text of its own (an article over numbered sub-clauses) only gives its
 * sub-clauses their context.
 */
final class ClauseSegmenter {
    private ClauseSegmenter() {
    }

    /** A number typed at the start of a paragraph: "4.", "4.2", "Article 4", "Section 4.2:", "IV." */
    private static final Pattern TYPED_NUMBER = Pattern.compile(
            "^(?:(?:Article|Section|Clause|Part)\\s+)?(\\d{1,3}(?:\\.\\d{1,3})*|[IVX]{1,5})(?:[.):]|\\s*[-\u2013\u2014])?\\s+(?=\\S)(.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    /** A run-in heading: a short phrase ending in a full stop or colon before the text. */
    private static final Pattern RUN_IN = Pattern.compile("^([A-Z][^.:;!?]{2,80}?)[.:]\\s+(\\S.*)$", Pattern.DOTALL);
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.;:])\\s+(?=[A-Z(\"\u201c])|\\s+(?=\\([a-z]{1,3}\\)\\s)");
    private static final Pattern CELL_NUMBER = Pattern.compile("^\\d{1,3}(?:\\.\\d{1,3})*\\.?$");
    private static final java.util.Set<String> SMALL_WORDS = java.util.Set.of("a", "an", "and", "of", "the", "for", "to", "in", "on",
            "or", "by", "with", "at", "from");

    private static final class Open {
        final String number;
        final String title;
        final String context;
        final List<String> sentences = new ArrayList<>();

        Open(String number, String title, String context) {
            this.number = number;
            this.title = title;
            this.context = context;
        }
    }

    static List<SupplierClause> segment(List<PaperBlock> blocks) {
        List<Open> open = new ArrayList<>();
        String article = "";
        boolean seenHeading = false;
        for (int i = 0; i < blocks.size(); i++) {
            PaperBlock b = blocks.get(i);
            if (b.inTable()) {
                int end = i;
                while (end < blocks.size() && blocks.get(end).table() == b.table()) end++;
                table(blocks.subList(i, end), article, open);
                i = end - 1;
                continue;
            }
            String text = b.text().strip();
            if (text.isEmpty()) continue;
            String number = b.number() == null || b.number().isBlank() ? null : b.number().strip();
            if (number != null && number.startsWith("(")) number = null;
            String rest = text;
            Matcher typed = TYPED_NUMBER.matcher(text);
            if (number == null && typed.matches() && startsLikeText(typed.group(2))) {
                number = typed.group(1);
                rest = typed.group(2).strip();
            }
            if (number != null) number = number.replaceAll("[.)]+$", "");
            boolean runIn = titleCase(runInTitle(rest));
            // before the first heading come the document's title and recitals, not clauses
            if (!seenHeading && number == null && !b.heading() && !runIn) continue;
            boolean headingOnly = looksLikeHeading(rest) && (number != null || b.heading() || titleCase(rest) && !rest.endsWith("."))
                    || b.heading() && words(rest) <= 20;
            if (headingOnly) {
                seenHeading = true;
                boolean top = number == null || !number.contains(".");
                open.add(new Open(number, rest, top ? "" : article));
                if (top) article = rest;
                continue;
            }
            Matcher r = RUN_IN.matcher(rest);
            if (runIn && r.matches()) {
                seenHeading = true;
                Open o = new Open(number, r.group(1).strip(), article);
                o.sentences.addAll(sentences(r.group(2)));
                open.add(o);
            } else if (number != null) {
                seenHeading = true;
                Open o = new Open(number, "", article);
                o.sentences.addAll(sentences(rest));
                open.add(o);
            } else if (!open.isEmpty()) {
                open.get(open.size() - 1).sentences.addAll(sentences(rest));
            }
        }
        List<SupplierClause> out = new ArrayList<>();
        int ordinal = 0;
        for (Open o : open) {
            ordinal++;
            if (o.sentences.isEmpty()) continue;
            String label = o.number != null ? o.number : !o.title.isEmpty() ? "\u201c" + o.title + "\u201d" : "\u00b6" + ordinal;
            out.add(new SupplierClause(label, o.title, o.context, o.sentences));
        }
        return out;
    }

    /** Each row of a table of commitments is a clause: its number cell, its short title cell, its other cells as text. */
    private static void table(List<PaperBlock> cells, String article, List<Open> open) {
        Map<Integer, Map<Integer, StringBuilder>> rows = new LinkedHashMap<>();
        for (PaperBlock c : cells) {
            StringBuilder sb = rows.computeIfAbsent(c.row(), k -> new LinkedHashMap<>()).computeIfAbsent(c.column(), k -> new StringBuilder());
            if (!c.text().isBlank()) sb.append(sb.length() == 0 ? "" : " ").append(c.text().strip());
        }
        boolean first = true;
        for (Map<Integer, StringBuilder> row : rows.values()) {
            List<String> texts = row.values().stream().map(StringBuilder::toString).filter(s -> !s.isBlank()).toList();
            boolean header = first && rows.size() > 1 && texts.stream().allMatch(t -> words(t) <= 4);
            first = false;
            if (header || words(String.join(" ", texts)) < 4) continue;
            String number = null;
            int k = 0;
            if (!texts.isEmpty() && CELL_NUMBER.matcher(texts.get(0)).matches()) number = texts.get(k++).replaceAll("\\.$", "");
            String title = "";
            if (texts.size() - k >= 2 && words(texts.get(k)) <= 8 && !texts.get(k).endsWith(".")) title = texts.get(k++);
            Open o = new Open(number, title, article);
            for (; k < texts.size(); k++) o.sentences.addAll(sentences(texts.get(k)));
            open.add(o);
        }
    }

    /** The run-in heading of a paragraph, or "" when it has none: the text after it must read as a sentence. */
    private static String runInTitle(String text) {
        Matcher r = RUN_IN.matcher(text);
        return r.matches() && words(r.group(2)) >= 3 && r.group(2).strip().matches("(?s).*[.;:)\"\u201d]$") ? r.group(1) : "";
    }

    private static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        for (String s : SENTENCE_END.split(text.strip())) if (!s.isBlank()) out.add(s.strip());
        return out;
    }

    /** A heading line: short, not ending like a sentence. */
    private static boolean looksLikeHeading(String text) {
        return words(text) <= 12 && !text.matches("(?s).*[.;,]$") || words(text) <= 12 && text.endsWith(".") && titleCase(text);
    }

    /** Most words capitalised, small words aside: "Security Updates and Patches", not "The supplier shall". */
    static boolean titleCase(String phrase) {
        String[] ws = phrase.strip().split("\\s+");
        if (ws.length == 0 || ws.length > 9) return false;
        int big = 0;
        int counted = 0;
        for (String w : ws) {
            String bare = w.replaceAll("^[^\\p{L}\\d]+|[^\\p{L}\\d]+$", "");
            if (bare.isEmpty() || SMALL_WORDS.contains(bare.toLowerCase(Locale.ROOT))) continue;
            counted++;
            if (Character.isUpperCase(bare.charAt(0)) || Character.isDigit(bare.charAt(0))) big++;
        }
        return counted > 0 && big * 10 >= counted * 8;
    }

    private static boolean startsLikeText(String rest) {
        return !rest.isEmpty() && (Character.isUpperCase(rest.charAt(0)) || rest.charAt(0) == '\u201c' || rest.charAt(0) == '"');
    }

    private static int words(String text) {
        String t = text.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }
}
