package io.mc2.deal;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * The facts of one purchase. Absent facts are null here; the assembler prints them as bracketed
 * blanks such as {@code [MDM NAME]}.
 *
 * @param device device characteristics by name (only those the deal states)
 * @param source the deal file, or null when none was given
 */
public record DealFacts(
        String agreementReference,
        String agreementTitle,
        LocalDate effectiveDate,
        String hdoName,
        String hdoAddress,
        String hdoSignatory,
        String hdoSignatoryTitle,
        String mdmName,
        String mdmAddress,
        String mdmSignatory,
        String mdmSignatoryTitle,
        String productName,
        String productModel,
        Map<String, Boolean> device,
        Path source) {

    public DealFacts {
        device = java.util.Collections.unmodifiableMap(new TreeMap<>(device));
    }

    /** No deal file: every fact is a blank. */
    public static DealFacts none() {
        return new DealFacts(null, null, null, null, null, null, null, null, null, null, null, null, null, Map.of(), null);
    }

    /** The stated facts as ordered key/value pairs (for provenance). */
    public Map<String, String> asMap() {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        put(m, "agreement.reference", agreementReference);
        put(m, "agreement.title", agreementTitle);
        put(m, "agreement.effective-date", effectiveDate == null ? null : effectiveDate.toString());
        put(m, "hdo.name", hdoName);
        put(m, "hdo.address", hdoAddress);
        put(m, "hdo.signatory", hdoSignatory);
        put(m, "hdo.signatory-title", hdoSignatoryTitle);
        put(m, "mdm.name", mdmName);
        put(m, "mdm.address", mdmAddress);
        put(m, "mdm.signatory", mdmSignatory);
        put(m, "mdm.signatory-title", mdmSignatoryTitle);
        put(m, "product.name", productName);
        put(m, "product.model", productModel);
        device.forEach((k, v) -> m.put("device." + k, v.toString()));
        return m;
    }

    private static void put(Map<String, String> m, String k, String v) {
        if (v != null) m.put(k, v);
    }

    /** The inverse of {@link #asMap}: deal facts from the key/value pairs a draft's provenance holds. */
    public static DealFacts fromMap(Map<String, String> m) {
        Map<String, Boolean> device = new TreeMap<>();
        m.forEach((k, v) -> {
            if (k.startsWith("device.")) device.put(k.substring("device.".length()), Boolean.parseBoolean(v));
        });
        LocalDate effective = null;
        String date = m.get("agreement.effective-date");
        if (date != null) {
            try {
                effective = LocalDate.parse(date);
            } catch (java.time.format.DateTimeParseException e) {
                effective = null;
            }
        }
        return new DealFacts(m.get("agreement.reference"), m.get("agreement.title"), effective, m.get("hdo.name"),
                m.get("hdo.address"), m.get("hdo.signatory"), m.get("hdo.signatory-title"), m.get("mdm.name"), m.get("mdm.address"),
                m.get("mdm.signatory"), m.get("mdm.signatory-title"), m.get("product.name"), m.get("product.model"), device, null);
    }
}
