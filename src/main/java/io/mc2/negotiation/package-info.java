/**
 * The negotiation record: {@link io.mc2.negotiation.NegotiationRecord}.
 *
 * <p>A negotiation is data: each round is what we sent, what came back, the gap report on it and
 * our decisions, kept as plain files in a folder the user names (default
 * {@code negotiation/ID/} beside the draft) with an index, {@code record.json} (schema
 * {@code mc2.negotiation/1}). Round files are created once and never replaced; every recorded
 * document is checked against the SHA-256 the index holds whenever the record is read.
 * {@link io.mc2.negotiation.RoundStamp} puts the round's provenance (record id, round, hash of the
 * accepted text) into a document we send; it names a record, never a path.
 * {@link io.mc2.negotiation.NegotiationStatus} reads the state of every clause across rounds.
 *
 * <p>Internal: nothing here is ever written into an outbound document except the three stamp
 * properties.
 *
 * <p>Not supported yet: several returns for one round (a second, different return is refused),
 * locking against two commands recording the same round at the same instant (the round files'
 * no-replace creation makes one of them fail; the index is the last writer's).
 */
package io.mc2.negotiation;
