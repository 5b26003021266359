package io.mc2.write.playbook;

import io.mc2.playbook.Playbook;
import java.io.IOException;
import java.io.OutputStream;

/** Renders a {@link Playbook} in one format; deterministic; the caller makes the file write atomic. */
public interface PlaybookWriter {

    /** File extension without the dot, e.g. "docx". */
    String extension();

    void write(Playbook playbook, OutputStream out) throws IOException;

    /** "MDM duty", "HDO duty", "shared duty". */
    static String duty(String party) {
        return switch (party) {
            case "mdm" -> "MDM duty";
            case "hdo" -> "HDO duty";
            default -> "shared duty";
        };
    }

    /** The line under a clause heading: references, whose duty, required, locked, condition. */
    static String status(Playbook.Entry e) {
        StringBuilder sb = new StringBuilder();
        sb.append(e.mc2().isEmpty() ? "no MC2 reference" : e.mc2());
        sb.append(" \u00B7 ").append(duty(e.party()));
        sb.append(" \u00B7 ").append(e.required() ? "required (deleting it is a deal-breaker)" : "not required");
        if (e.locked()) sb.append(" \u00B7 locked");
        if (!e.appliesWhen().isEmpty()) sb.append(" \u00B7 applies when: ").append(e.appliesWhen());
        return sb.toString();
    }

    /** "Wording sent: balanced. Acceptable variants, best first: strong, balanced." */
    static String wordingChoice(Playbook.Entry e) {
        return "Wording sent: " + e.variant() + ". Acceptable variants, best first: " + String.join(", ", e.acceptableVariants())
                + ".";
    }

    String[] TABLE_HEAD = {"Parameter", "Sent", "Preferred", "Fallback", "Walk-away"};

    static String[] cells(Playbook.Row r) {
        return new String[] {r.label(), r.sent(), r.preferred(), r.fallback(), r.walkAway()};
    }

    String WHY = "Why it matters";
    String SUPPLIER_CHANGES = "What suppliers typically change";
    String OUR_ANSWER = "Our answer";
}
