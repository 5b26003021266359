/**
 * The .docx implementation behind {@link io.mc2.redline.RedlineReader}: the package as
 * {@link io.mc2.docx.DocxPackage} opens it, WordprocessingML helpers ({@code Xml}), one streaming reader per story part
 * ({@code StoryReader}: body, headers, footers, footnotes, endnotes, comments), styles and numbering
 * ({@code Styles}, {@code Numbering} with its label counter), and document properties and comment
 * threads ({@code PackageParts}).
 *
 * <p><b>Input:</b> a file path and {@link io.mc2.docx.ReadLimits}. <b>Output:</b> a
 * {@link io.mc2.redline.RedlineDocument}, or {@code Mc2Exception(UNSAFE_DOCUMENT, "<file>: <what is wrong>")}.
 * It does not use docx4j: streaming gives a fast cold start and full control over unknown markup
 * (unknown wrappers are looked through, unknown namespaces skipped).
 *
 * <p><b>Supported / partly / not yet:</b> as listed in {@link io.mc2.redline}. In addition: part names
 * are matched case-insensitively; the main part is found through the package relationships (falling
 * back to word/document.xml); relationship targets are resolved within the package only.
 */
package io.mc2.redline.docx;
