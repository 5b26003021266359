package io.mc2.model;

/** A defined term and its meaning (plain text, may use other defined terms). */
public record Definition(String term, String meaning) {
}
