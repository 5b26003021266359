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
 * @param hdoSignatory     who signs for the HDO, from the deal (name and title may be null: a blank line)
 * @param mdmSignatory     who signs for the MDM, likewise
 * @param executionCopy    the copy to sign ({@code mc2 draft --final}): no "Draft" in the header and no
 *                         labels of ours (content-control tags, variant names) in the document
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
        String preamble,
        Signatory hdoSignatory,
        Signatory mdmSignatory,
        boolean executionCopy) {

    /** A signatory as the deal names them; either part may be null. */
    public record Signatory(String name, String title) {
        public static final Signatory BLANK = new Signatory(null, null);
    }

    /** One line of the signature block: its label and what each party's column prints after it (null: a blank to fill in). */
    public record SignatureLine(String label, String hdo, String mdm) {
    }

    /** The signature block's lines, in order, the deal's signatories filled in. */
    public java.util.List<SignatureLine> signatureLines() {
        return java.util.List.of(new SignatureLine("By:", null, null),
                new SignatureLine("Name:", hdoSignatory.name(), mdmSignatory.name()),
                new SignatureLine("Title:", hdoSignatory.title(), mdmSignatory.title()),
                new SignatureLine("Date:", null, null));
    }

    /** A draft for negotiation with blank signature lines. */
    public ContractMeta(String title, String agreementRef, String hdoName, String hdoShort, String mdmName, String mdmShort,
                        String product, String effectiveDate, String documentDate, String headerText, String preamble) {
        this(title, agreementRef, hdoName, hdoShort, mdmName, mdmShort, product, effectiveDate, documentDate, headerText, preamble,
                Signatory.BLANK, Signatory.BLANK, false);
    }
}
