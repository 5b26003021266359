/**
 * Negotiation profiles: {@link io.mc2.profile.ProfileResolver} turns a profile id or path into a
 * {@link io.mc2.profile.ResolvedProfile}, following {@code extends} to the root.
 *
 * <p>Input: profile YAML files and the loaded clause library. Output: the effective profile, with
 * the file and line that set every value. Supports: single-parent inheritance with cycle detection
 * (the chain is printed), per-key merging of values and positions, locked clauses, position order
 * and bounds checks, {@code if-not-applicable} (the variant a deal outside a clause's applies-when
 * gets, or leave-out). Does not support yet: multiple parents, profile-level parameter defaults.
 */
package io.mc2.profile;
