package io.mc2.cli;

import io.mc2.problem.ExitCode;
import io.mc2.problem.Mc2Exception;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** The {@code --date} of tracked changes ({@code compare}, {@code respond}): what Word's {@code w:date} may hold. */
final class RevisionDate {
    private RevisionDate() {
    }

    /** An ISO-8601 date or date-time with offset as xsd:dateTime; a plain date becomes midnight UTC. */
    static String parse(String s) {
        String t = s.strip();
        if (t.matches("\\d{4}-\\d{2}-\\d{2}")) t = t + "T00:00:00Z";
        try {
            OffsetDateTime.parse(t);
            return t;
        } catch (DateTimeParseException e) {
            throw new Mc2Exception(ExitCode.USAGE, "--date: not an ISO-8601 date or date-time: " + s.replaceAll("\\p{Cntrl}", "?")
                    + " (e.g. 2026-12-01 or 2026-12-01T09:00:00Z)");
        }
    }
}
