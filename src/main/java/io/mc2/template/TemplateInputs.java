package io.mc2.template;

import java.util.Map;

/**
 * What one rendering of a clause template can see.
 *
 * @param mdm        the manufacturer's defined name, e.g. "Manufacturer"
 * @param hdo        the HDO's defined name, e.g. "Customer"
 * @param parameters the clause's parameters by name
 * @param refs       cross-reference resolver ({@code $ref})
 * @param deal       deal facts ({@code $deal})
 */
public record TemplateInputs(String mdm, String hdo, Map<String, ParameterValue> parameters,
                             CrossReferences refs, DealView deal) {
}
