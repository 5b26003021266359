package io.mc2.report;

import io.mc2.docx.UntrustedText;
import io.mc2.gap.GapReport;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@code mc2 gap -f txt} / {@code --summary}: about ten plain-text lines a negotiator pastes into
 * an email. Treated as outbound, though only the user sends it: it is written from an
 * {@link EmailSummary}, which holds no positions, guidance, verdict names or profile name.
 */
public final class TextSummaryWriter implements ReportWriter {
    /** Clauses named on one line before "and N more". */
    static final int PER_LINE = 6;
    /** Items under review listed one a line before "and N more". */
    static final int REVIEW_LINES = 5;

    @Override
    public String extension() {
        return "txt";
    }

    @Override
    public void write(GapReport report, OutputStream out) throws IOException {
        out.write(render(EmailSummary.of(report)).getBytes(StandardCharsets.UTF_8));
    }

    public String render(EmailSummary s) {
        StringBuilder sb = new StringBuilder();
        int changed = s.accepted().size() + s.countered().size() + s.restored().size() + s.reviewing().size() + s.missing().size();
        sb.append("Our review of ").append(plain(s.file())).append(": ").append(s.clauses()).append(" clauses, ")
                .append(s.unchanged()).append(" returned unchanged, ").append(changed).append(changed == 1 ? " change" : " changes")
                .append(" to answer.\n");
        line(sb, "Acceptable as you returned them", s.accepted());
        line(sb, "We will propose other terms", s.countered());
        line(sb, "We cannot accept these and keep our text", s.restored());
        line(sb, "Not covered by your paper; our draft includes them", s.missing());
        if (!s.reviewing().isEmpty()) {
            sb.append("Still under review on our side (").append(s.reviewing().size()).append("):\n");
            List<EmailSummary.Item> shown = s.reviewing().subList(0, Math.min(REVIEW_LINES, s.reviewing().size()));
            for (EmailSummary.Item i : shown) sb.append("- ").append(plain(i.heading())).append(": ").append(plain(i.detail())).append(".\n");
            if (s.reviewing().size() > shown.size()) sb.append("- and ").append(s.reviewing().size() - shown.size()).append(" more.\n");
        }
        if (changed == 0) sb.append("We accept the document as returned.\n");
        else sb.append("Our marked-up reply follows with the details.\n");
        return sb.toString();
    }

    private static void line(StringBuilder sb, String what, List<EmailSummary.Item> items) {
        if (items.isEmpty()) return;
        sb.append(what).append(" (").append(items.size()).append("): ");
        for (int i = 0; i < Math.min(PER_LINE, items.size()); i++) {
            EmailSummary.Item item = items.get(i);
            if (i > 0) sb.append("; ");
            sb.append(plain(item.heading()));
            if (!item.detail().isEmpty()) sb.append(" (").append(plain(item.detail())).append(')');
        }
        if (items.size() > PER_LINE) sb.append("; and ").append(items.size() - PER_LINE).append(" more");
        sb.append(".\n");
    }

    /** Text from the supplier's file (its name, new headings) with control characters shown, never passed through. */
    private static String plain(String s) {
        return UntrustedText.printable(s);
    }
}
