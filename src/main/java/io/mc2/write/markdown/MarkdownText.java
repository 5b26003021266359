package io.mc2.write.markdown;

/**
 * The one Markdown escaper of mc2, for every piece of text that is not ours (document text,
 * file names, deal facts, profile and library values) in every Markdown output. Markdown syntax
 * characters get a backslash; {@code <}, {@code >} and {@code &} become HTML entities, because a
 * backslash before {@code <} does not stop raw HTML in every Markdown renderer (original Markdown
 * and Python-Markdown pass {@code \<script>} through as a tag). Line breaks become spaces: every
 * use is one line, a table cell or a paragraph.
 */
public final class MarkdownText {
    private MarkdownText() {
    }

    public static String escape(String text) {
        if (text == null) return "";
        StringBuilder sb = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            switch (ch) {
                case '\\', '`', '*', '_', '[', ']', '#', '|', '~', '$', '{', '}', '!', '^' -> sb.append('\\').append(ch);
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '\n', '\r', '\t' -> sb.append(' ');
                default -> sb.append(ch);
            }
        }
        return sb.toString();
    }
}
