package io.mc2.respond;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.mc2.respond.SupplierNote.Kind;
import io.mc2.respond.SupplierNote.Term;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The wording of our comments to the supplier, decision by decision. */
class SupplierNoteTest {
    static final String WHY = "Patches protect patients.";
    static final Term PATCH = new Term("Patch window", "sixty (60) days", "forty-five (45) days");

    static String text(Kind kind, List<Term> terms) {
        return new SupplierNote(kind, "6.1 Patching", terms, "MC2 v2 #31", WHY).text();
    }

    @Test
    void aCounterSaysWhatWeCannotAcceptWhatWeProposeAndWhy() {
        assertEquals("We cannot accept sixty (60) days; we propose forty-five (45) days, in line with MC2 v2 #31. " + WHY,
                text(Kind.COUNTERED, List.of(PATCH)));
        assertEquals("For Patch window, we cannot accept sixty (60) days; we propose forty-five (45) days, in line with MC2 v2 #31."
                        + " For Notice, we accept five (5) business days. " + WHY,
                text(Kind.COUNTERED, List.of(PATCH, new Term("Notice", "five (5) business days", "five (5) business days"))));
        assertEquals("We cannot accept sixty (60) days; we propose forty-five (45) days. " + WHY,
                new SupplierNote(Kind.COUNTERED, "6.1 Patching", List.of(PATCH), "", WHY).text(), "no reference: none cited");
    }

    @Test
    void everyOtherDecisionHasItsSentence() {
        assertEquals("We accept sixty (60) days.", text(Kind.ACCEPTED, List.of(new Term("Patch window", "sixty (60) days",
                "sixty (60) days"))));
        assertEquals("We accept this change.", text(Kind.ACCEPTED, List.of()));
        assertEquals("We cannot accept this change; we restore the text as sent, in line with MC2 v2 #31. " + WHY,
                text(Kind.REJECTED, List.of()));
        assertEquals("We cannot accept the deletion of this clause; we restore the text as sent, in line with MC2 v2 #31. " + WHY,
                text(Kind.DELETION_REJECTED, List.of()));
        assertEquals("This text was changed without tracked changes. We restore the text as sent, shown as our tracked changes;"
                + " please propose any change as a tracked change. " + WHY, text(Kind.SILENT_EDIT_RESTORED, List.of()));
        assertEquals("This clause was removed without tracked changes; we restore it as sent. " + WHY,
                text(Kind.SILENT_DELETION_RESTORED, List.of()));
        assertEquals("We are reviewing this change and will respond to it separately.", text(Kind.UNDER_REVIEW, List.of()));
        assertEquals("We have updated the Key Terms Schedule to match the clauses as revised: Patch window, forty-five (45) days.",
                text(Kind.SCHEDULE_ALIGNED, List.of(PATCH)));
    }

    @Test
    void noWordingGivesAwayHowWeNegotiate() {
        Pattern internal = Pattern.compile("walk[- ]?away|fall-?back|preferred|escalat|position|profile", Pattern.CASE_INSENSITIVE);
        for (Kind k : Kind.values()) {
            String t = text(k, List.of(PATCH));
            assertFalse(internal.matcher(t).find(), k + ": " + t);
        }
    }
}
