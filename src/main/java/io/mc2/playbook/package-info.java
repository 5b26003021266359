/**
 * The GPO and portfolio view of negotiation profiles: what an effective profile says and where each
 * value comes from ({@link io.mc2.playbook.ProfileExplanation}), what changed between two profiles
 * or two versions of one ({@link io.mc2.playbook.ProfileDiff}), a resolved profile as one standalone
 * file ({@link io.mc2.playbook.StandaloneProfile}), and the per-clause playbook behind a draft
 * ({@link io.mc2.playbook.Playbook}, built by {@link io.mc2.playbook.PlaybookBuilder}) that the
 * negotiator's brief and the published summary are written from.
 *
 * <p>Input: a loaded clause library and resolved profiles. Output: text, Markdown and JSON renderings
 * (strings), standalone profile YAML, and the {@code Playbook} model for {@code io.mc2.write.playbook}.
 *
 * <p>Supports: provenance of every setting (file and line), clause added / removed / included /
 * excluded, variant, acceptable variants, required, locked, parameter values and positions with the
 * direction of each change (stricter or looser for the HDO), party names and document title.
 * Partly supported: a diff of profiles built on different library versions compares only clauses
 * and parameters the current library knows. Not supported yet: diffs of the clause wording itself
 * (a changed template under the same variant name is not reported).
 */
package io.mc2.playbook;
