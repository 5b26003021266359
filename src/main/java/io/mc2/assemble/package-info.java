/**
 * Assembly: clause library + resolved profile + deal facts → {@link io.mc2.model.Contract}.
 *
 * <p>Supports: clause selection by profile and applies-when, article and clause numbering by
 * topic, variant rendering with the profile's values, cross-references, used definitions only
 * (with the terms their definitions use), a key-terms schedule of only the parameters the sent
 * wording states, the execution copy (no "Draft" header), provenance, text hashes; and
 * {@link io.mc2.assemble.TemplateCheck} and {@link io.mc2.assemble.ProfileChecks} (a parameter the
 * sent wording ignores, a required clause applies-when can drop) for lint. Does not support yet: clause ordering inside a
 * topic other than library order.
 */
package io.mc2.assemble;
