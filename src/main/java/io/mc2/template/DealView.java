package io.mc2.template;

/**
 * {@code $deal} in templates: deal facts as text. Missing facts arrive as bracketed blanks;
 * the text is printed, never evaluated.
 */
public final class DealView {
    private final String hdoName;
    private final String mdmName;
    private final String product;
    private final String agreement;

    public DealView(String hdoName, String mdmName, String product, String agreement) {
        this.hdoName = Markers.clean(hdoName);
        this.mdmName = Markers.clean(mdmName);
        this.product = Markers.clean(product);
        this.agreement = Markers.clean(agreement);
    }

    public String getHdoName() { return hdoName; }

    public String getMdmName() { return mdmName; }

    public String getProduct() { return product; }

    public String getAgreement() { return agreement; }
}
