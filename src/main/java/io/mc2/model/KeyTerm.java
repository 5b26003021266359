package io.mc2.model;

/** A row of the key-terms schedule: where the value is used, what it is, and the value. */
public record KeyTerm(String clauseId, String clauseNumber, String clauseTitle, String label, String value) {
}
