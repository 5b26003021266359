/**
 * Our counter-redline over a supplier's .docx: {@link io.mc2.respond.RedlineEditor}.
 *
 * <p>The output goes to the supplier, so comments are written only from a
 * {@link io.mc2.respond.SupplierNote} (what we accept or propose, the MC2 reference, the clause's
 * to-supplier rationale), never from free text: positions and internal guidance have no way in.
 *
 * <p>Input: the supplier's .docx as bytes (untrusted: bounded reading, no DTDs, no macros). Body
 * paragraphs are addressed by the index {@code RedlineDocument.body()} gives them. Output: the
 * edited .docx bytes (deterministic: the same edits on the same input give the same bytes).
 *
 * <p>Supported: accepting or rejecting the supplier's tracked changes in a paragraph range, or
 * accepting them in exactly a set of paragraphs (optionally keeping paragraphs whose marks they
 * deleted, so that restored text keeps its place and style) (text
 * insertions, deletions and moves, paragraph-mark changes joining paragraphs, formatting changes,
 * table rows and cells lying wholly in the range); replacing a paragraph's accepted text as our
 * word-level tracked change on top of theirs (our deletion of their inserted text nests inside
 * their insertion, as Word writes it); inserting a paragraph before or after another as our tracked
 * insertion; deleting paragraphs (text and mark, a table row whose paragraphs are all deleted as a
 * row); moving bookmarks off a paragraph we delete; comments on
 * a paragraph range (comments part, relationship and content type created when missing); replies
 * threaded under an existing comment ({@code w14:paraId} on the last paragraph of both, an entry in
 * {@code commentsExtended.xml}, created when missing), anchored where the parent is.
 *
 * <p>Partly supported: a paragraph removed by joining (accept/reject of a mark change) is
 * addressed through the one it joined; new paragraphs have no index; inserted text takes the
 * formatting of the text before it; no {@code commentsIds.xml} durable ids (Word adds them on save).
 *
 * <p>Not supported yet: block-level change wrappers around whole paragraphs, table-level property
 * changes of partly selected tables, edits in headers, footers and notes, resolving comments.
 */
package io.mc2.respond;
