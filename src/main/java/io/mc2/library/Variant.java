package io.mc2.library;

/**
 * One named wording of a clause: a Velocity template.
 *
 * @param name     e.g. strong, balanced, lenient
 * @param template the template text
 * @param line     the line of the template's first text line in the clause file (for error messages)
 */
public record Variant(String name, String template, int line) {
}
