package io.mc2.library;

/** A defined term; {@code definition} is a template that may use {@code $mdm} and {@code $hdo}. */
public record DefinedTerm(String term, String definition) {
}
