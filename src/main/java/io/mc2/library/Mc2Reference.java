package io.mc2.library;

/** Where a clause sits in MC2: the version, the clause or section, and whether the reference is confirmed. */
public record Mc2Reference(int version, String ref, boolean verified, String note) {

    /** e.g. "MC2 v2 #31 (unverified)". */
    public String display() {
        return "MC2 v" + version + " " + ref + (verified ? "" : " (unverified)");
    }
}
