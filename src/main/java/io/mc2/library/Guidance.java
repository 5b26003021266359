package io.mc2.library;

/** Advice for negotiators: why the clause matters, what suppliers change, and our fallback argument. */
public record Guidance(String why, String supplierChanges, String fallback) {
}
