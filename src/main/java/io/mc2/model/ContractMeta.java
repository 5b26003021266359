package io.mc2.model;

/**
 * The front matter of a contract. Missing deal facts arrive here already as visible bracketed
 * blanks such as {@code [MDM NAME]}; writers print these fields as they are.
 *
 * @param title            document title, e.g. "Medical Device Cybersecurity Exhibit"
 * @param agreementRef     the agreement reference the exhibit belongs to
 * @param hdoName          the health delivery organisation's legal name
 * @param hdoShort         its defined short name in the contract, e.g. "Customer"
 * @param mdmName          the manufacturer's legal name
 * @param mdmShort         its defined short name, e.g. "Manufacturer"
 * @param product          product or device name and model, as one phrase
 * @param effectiveDate    the effective date as a lawyer writes it, e.g. "1 December 2026"
 * @param documentDate     ISO date used for document properties (deterministic output)
 * @param headerText       the running header, e.g. "MSA-2026-0042 · Medical Device Cybersecurity Exhibit — Draft v1.0.0"
 *                         (outbound: no profile name)
 * @param preamble         the opening paragraph naming the parties (plain text)
 */
public record ContractMeta(
        String title,
        String agreementRef,
        String hdoName,
        String hdoShort,
        String mdmName,
        String mdmShort,
        String product,
        String effectiveDate,
        String documentDate,
        String headerText,
        String preamble) {
}
