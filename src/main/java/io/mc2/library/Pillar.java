package io.mc2.library;

/** The MC2 "Bar of Goodness" pillar and term a clause belongs to, where known. */
public record Pillar(String name, String term, boolean verified) {
}
