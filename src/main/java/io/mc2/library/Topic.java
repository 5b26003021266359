package io.mc2.library;

/** A topic of the library; each becomes an article of a draft, in library order. */
public record Topic(String id, String title) {
}
