package io.mc2.playbook;

import io.mc2.library.Guidance;
import io.mc2.model.ClauseInstance;
import java.util.List;

/**
 * The per-clause playbook behind a profile, ready for a writer: for every included clause its
 * number, wording choice, acceptable variants, values and positions, MC2 references, and either
 * the negotiator's guidance (a {@link Kind#BRIEF}) or the wording sent (a {@link Kind#SUMMARY}).
 *
 * @param header   the running header on every page; for a brief, {@link #CONFIDENTIAL}
 * @param facts    label and value lines under the title (profile, version, publisher, library …)
 * @param articles topics in draft order, numbered as the draft numbers them
 */
public record Playbook(Kind kind, String title, String header, List<Fact> facts, String introduction,
                       List<Article> articles) {

    /** The notice every page of a negotiator's brief carries. */
    public static final String CONFIDENTIAL = "CONFIDENTIAL \u2014 internal negotiation brief, do not send to the supplier";

    /** Who a playbook is for. */
    public enum Kind {
        /** The negotiator's brief: positions and guidance; never sent to the supplier. */
        BRIEF,
        /** The published summary of a profile: wording sent, values and positions. */
        SUMMARY
    }

    public Playbook {
        facts = List.copyOf(facts);
        articles = List.copyOf(articles);
    }

    public boolean confidential() {
        return kind == Kind.BRIEF;
    }

    /** A label and its value, e.g. "Profile" and "gpo-standard 1.0.0". */
    public record Fact(String label, String value) {
    }

    /** A numbered topic. */
    public record Article(String number, String title, List<Entry> clauses) {
        public Article {
            clauses = List.copyOf(clauses);
        }
    }

    /**
     * One clause.
     *
     * @param mc2          MC2 references as one display string, possibly empty
     * @param appliesWhen  the deal condition, empty when the clause always applies
     * @param wording      the clause as drafted with the profile's values (numbered like the draft); null in a brief
     * @param guidance     advice for negotiators; null in a summary
     */
    public record Entry(String id, String number, String title, String party, String mc2, String appliesWhen,
                        String variant, List<String> acceptableVariants, boolean required, boolean locked,
                        List<Row> parameters, ClauseInstance wording, Guidance guidance) {
        public Entry {
            acceptableVariants = List.copyOf(acceptableVariants);
            parameters = List.copyOf(parameters);
        }
    }

    /**
     * A parameter's value and positions as text ({@link PositionText#UNSET} where the profile sets none).
     *
     * @param sent the value in the draft
     */
    public record Row(String label, String sent, String preferred, String fallback, String walkAway) {
    }
}
