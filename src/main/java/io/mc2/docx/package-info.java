/**
 * The one way mc2 opens a .docx package: {@link io.mc2.docx.DocxPackage#open(java.nio.file.Path, io.mc2.docx.ReadLimits)}.
 * The redline reader, {@code compare} and {@code respond} all sit on it, so a file is one document to
 * every command and passes one set of checks.
 *
 * <p><b>Input:</b> a path (a regular file within {@link io.mc2.docx.ReadLimits#maxFileBytes()}) or the
 * bytes of one. <b>Output:</b> parts as bytes, inflated on demand; content types; relationships with
 * targets resolved inside the package; hardened StAX and DOM parsers ({@link io.mc2.docx.SafeXml}).
 * Anything unsafe or unreadable is {@code Mc2Exception(UNSAFE_DOCUMENT, "<file>: <what is wrong>")}.
 *
 * <p><b>Refused:</b> non-regular files (fifos, devices, folders), files over the size limit, other file
 * kinds told apart by their first bytes (encrypted, legacy .doc, RTF, PDF, XML); zip archives whose
 * central directory and local headers disagree (names, method, sizes, checksum), that hold bytes or
 * local entries the directory does not list, two entries of one name (case-insensitively), encrypted
 * entries, methods other than stored and deflated, multi-volume archives; macro-enabled packages
 * (vbaProject.bin, vbaData.xml, macro content types); a main part that is not a Word document; entry
 * counts, inflated sizes, totals and compression ratios over the limits (counted while inflating, and
 * each part's size and CRC checked against the directory); any XML part whose prolog declares a DTD,
 * whether or not mc2 parses it further. <b>Repaired, with a warning ({@link io.mc2.docx.DocxPackage#repairs()}):</b>
 * one malformation of the main part only, the content control LibreOffice 7.4 opens inside an empty
 * tracked change (see {@code LibreOfficeSdtRepair}); any other malformed XML is refused by the reader
 * that parses it. <b>Supported:</b> zip64 records, data descriptors (also on
 * stored entries), UTF-8 names. <b>Not supported:</b> archive comments are ignored; names are decoded as
 * UTF-8 even without the UTF-8 flag.
 */
package io.mc2.docx;
