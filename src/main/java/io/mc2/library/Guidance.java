package io.mc2.library;

/**
 * What the library says about a clause beyond its wording.
 *
 * <p>{@code why}, {@code supplierChanges} and {@code fallback} are advice for our negotiators and
 * never leave the building; {@code toSupplier} is the one part written for the other side of the
 * table: why we require the clause, in words fit for the manufacturer (it goes into the comments of
 * a counter-redline).
 *
 * @param toSupplier empty when the clause has none (the shipped library gives every clause one)
 */
public record Guidance(String why, String supplierChanges, String fallback, String toSupplier) {
}
