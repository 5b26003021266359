package io.mc2.write;

import io.mc2.model.Article;
import io.mc2.model.Block;
import io.mc2.model.ClauseInstance;
import io.mc2.model.Contract;
import io.mc2.model.ContractMeta;
import io.mc2.model.Definition;
import io.mc2.model.Inline;
import io.mc2.model.KeyTerm;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Hand-built contracts for writer tests: a realistic exhibit (definitions, four articles, nine
 * clauses with sub-clauses, items, values and cross-references, and values full of characters
 * that Markdown, HTML and Velocity treat specially), and a generated large one for benchmarks.
 */
public final class SampleContracts {
    /** A value that must come out literally in every format. */
    public static final String TRICKY_VALUE = "Acme $foo #set <b>& \"Gateway\"";

    private SampleContracts() {
    }

    public static ContractMeta meta() {
        return new ContractMeta(
                "Medical Device Cybersecurity Exhibit",
                "MSA-2026-0042",
                "Riverside Health System, Inc.",
                "Customer",
                "Acme Medical Devices LLC",
                "Manufacturer",
                "Acme InfuSure 3000 infusion pump, model IS-3000",
                "1 December 2026",
                "2026-11-15",
                "MSA-2026-0042 \u00B7 Medical Device Cybersecurity Exhibit \u2014 Draft v1.0.0",
                "This Medical Device Cybersecurity Exhibit (the \u201CExhibit\u201D) is entered into by Riverside Health "
                        + "System, Inc. (\u201CCustomer\u201D) and Acme Medical Devices LLC (\u201CManufacturer\u201D) and "
                        + "forms part of Master Supply Agreement MSA-2026-0042 between them.");
    }

    /** The reference sample: definitions as article 1, then articles 2–5 with nine clauses. */
    public static Contract sample() {
        List<Definition> defs = List.of(
                new Definition("Business Day", "any day other than a Saturday, Sunday or US federal holiday"),
                new Definition("Critical Vulnerability", "a Vulnerability with a CVSS v3.1 base score of 9.0 or higher, "
                        + "or one listed in the CISA Known Exploited Vulnerabilities catalog."),
                new Definition("SBOM", "a machine-readable software bill of materials in CycloneDX or SPDX format."),
                new Definition("Security Patch", "a software or firmware update that remediates a Vulnerability."),
                new Definition("Vulnerability", "a weakness in the Product that could be exploited to compromise the "
                        + "confidentiality, integrity or availability of the Product or Customer data."));

        ClauseBuilder mds2 = clause("mds2-delivery", "2.1", "MDS2 Disclosure", "mdm", "standard")
                .body(t("Manufacturer shall deliver a completed Manufacturer Disclosure Statement for Medical Device "
                        + "Security (MDS2) for the Product "), v("mds2_timing", "before the Effective Date"),
                        t(" and an updated MDS2 with each major release, and warrants that its answers are complete "
                                + "and accurate."));
        ClauseBuilder sbom = clause("sbom-delivery", "2.2", "Software Bill of Materials", "mdm", "standard")
                .body(t("Manufacturer shall deliver an SBOM for the Product that covers:"))
                .item(t("open-source, commercial and proprietary components and libraries;"))
                .item(t("the operating system and its network stacks; and"))
                .item(t("the support level and end-of-support date of each component,"))
                .body(t("at delivery, with each release and within "), v("sbom_update_days", "thirty (30) days"),
                        t(" of a material change, in "), v("sbom_format", "CycloneDX 1.5 or SPDX 2.3"), t(" format."));
        ClauseBuilder patchCritical = clause("patch-critical", "3.1", "Critical Security Patches", "mdm", "strict")
                .body(t("Manufacturer shall validate and make available a Security Patch for each Critical "
                        + "Vulnerability as follows."))
                .sub(t("Manufacturer shall release the Security Patch within "), v("critical_patch_days", "fifteen (15) days"),
                        t(" after Manufacturer becomes aware of the Critical Vulnerability."))
                .sub(t("Until the Security Patch is released, Manufacturer shall:"))
                .item(t("provide written compensating controls within "), v("compensating_days", "three (3) Business Days"),
                        t("; and"))
                .item(t("support Customer in applying them as described in Clause "), x("patch-compensating", "3.3"),
                        t("."));
        ClauseBuilder patchOther = clause("patch-other", "3.2", "Other Security Patches", "mdm", "standard")
                .body(t("For Vulnerabilities other than those covered by Clause "), x("patch-critical", "3.1"),
                        t(", Manufacturer shall make a Security Patch available within "),
                        v("patch_days", "sixty (60) days"), t(" after becoming aware of the Vulnerability."));
        ClauseBuilder compensating = clause("patch-compensating", "3.3", "Compensating Controls", "shared", "standard")
                .body(t("The parties shall cooperate in good faith to implement compensating controls where a Security "
                        + "Patch under Clause "), x("patch-critical", "3.1"), t(" or Clause "), x("patch-other", "3.2"),
                        t(" cannot be applied, and shall review them every "), v("review_months", "six (6) months"),
                        t("."));
        ClauseBuilder vuln = clause("vuln-notice", "4.1", "Vulnerability Notification", "mdm", "strict")
                .body(t("Manufacturer shall notify Customer in writing of any Vulnerability that is actively exploited or "
                        + "listed in the CISA Known Exploited Vulnerabilities catalog within "),
                        v("kev_notice", "three (3) Business Days"), t(" after discovery."));
        ClauseBuilder breach = clause("breach-notice", "4.2", "Security Incident Notification", "mdm", "standard")
                .body(t("Manufacturer shall give Customer initial notice of a security incident affecting the Product "
                        + "within "), v("initial_notice_hours", "forty-eight (48) hours"),
                        t(" and a written report within "), v("written_notice_days", "five (5) days"),
                        t(" after the incident is determined."))
                .sub(t("The written report shall describe the incident, the data affected and the remediation steps, "
                        + "and shall follow the notice process in Clause "), x("vuln-notice", "4.1"), t("."));
        ClauseBuilder remote = clause("remote-access", "4.3", "Remote Access", "shared", "standard")
                .body(t("Manufacturer shall access the Product remotely only through "), v("remote_tool", TRICKY_VALUE),
                        t(", with sessions that Customer approves and can end at any time, and shall keep session logs for "),
                        v("log_retention", "six (6) years"), t("."));
        ClauseBuilder eol = clause("eol-notice", "5.1", "End-of-Life Notices", "mdm", "standard")
                .body(t("Manufacturer shall give Customer written notice of:"))
                .item(t("end of life, at least "), v("eol_months", "twenty-four (24) months"), t(" in advance;"))
                .item(t("end of guaranteed support, at least "), v("eogs_months", "twenty-four (24) months"),
                        t(" in advance; and"))
                .item(t("end of support, at least "), v("eos_months", "thirty-six (36) months"), t(" in advance."));
        ClauseBuilder os = clause("os-support", "5.2", "Supported Operating Systems", "mdm", "standard")
                .body(t("No Product shall run an operating system within "), v("os_margin", "two (2) years"),
                        t(" of its end of support at delivery; Manufacturer shall provide an upgrade path at its own cost, "
                                + "subject to Clause "), x("eol-notice", "5.1"), t("."));

        List<Article> articles = List.of(
                new Article(2, "transparency", "Transparency", List.of(mds2.build(), sbom.build())),
                new Article(3, "patching", "Security Patching",
                        List.of(patchCritical.build(), patchOther.build(), compensating.build())),
                new Article(4, "incident", "Vulnerability and Incident Response",
                        List.of(vuln.build(), breach.build(), remote.build())),
                new Article(5, "lifecycle", "Product Lifecycle", List.of(eol.build(), os.build())));

        Map<String, String> provenance = new LinkedHashMap<>();
        provenance.put("mc2.generator.version", "0.1.0");
        provenance.put("mc2.library.version", "2026.1");
        provenance.put("mc2.library.hash", "3f9a0c1d2e4b5a69");
        provenance.put("mc2.profile.id", "gpo-standard");
        provenance.put("mc2.profile.version", "1.0.0");
        provenance.put("mc2.profile.hash", "b1c2d3e4f5a6b7c8");
        provenance.put("mc2.deal.ref", "MSA-2026-0042");
        return new Contract(meta(), keyTerms(articles), defs, 1, articles, provenance);
    }

    /**
     * A large contract for benchmarks: {@code clauses} clauses spread over articles of six, each
     * with body text, values, a cross-reference, two sub-clauses and two items.
     */
    public static Contract generated(int clauses) {
        List<Article> articles = new ArrayList<>();
        List<ClauseInstance> current = new ArrayList<>();
        int articleNo = 2;
        for (int i = 1; i <= clauses; i++) {
            int k = current.size() + 1;
            String number = articleNo + "." + k;
            String prev = i > 1 ? "clause-" + (i - 1) : "clause-1";
            String prevNumber = k > 1 ? articleNo + "." + (k - 1) : (i > 1 ? (articleNo - 1) + ".6" : number);
            current.add(clause("clause-" + i, number, "Obligation " + i, "mdm", "standard")
                    .body(t("Manufacturer shall perform obligation " + i + " within "), v("days_" + i, "thirty (30) days"),
                            t(" after notice from Customer, subject to Clause "), x(prev, prevNumber),
                            t(", and shall keep records of its performance for "), v("years_" + i, "six (6) years"), t("."))
                    .sub(t("The first part of obligation " + i + " covers the Product and its components."))
                    .sub(t("The second part of obligation " + i + " covers the following:"))
                    .item(t("software supplied by Manufacturer; and"))
                    .item(t("third-party software that Manufacturer distributes with the Product."))
                    .build());
            if (current.size() == 6 || i == clauses) {
                articles.add(new Article(articleNo, "topic-" + articleNo, "Topic " + articleNo, current));
                current = new ArrayList<>();
                articleNo++;
            }
        }
        List<Definition> defs = List.of(new Definition("Product", "the device identified on the cover page."),
                new Definition("Security Patch", "a software or firmware update that remediates a Vulnerability."));
        return new Contract(meta(), keyTerms(articles), defs, 1, articles, Map.of("mc2.generator.version", "0.1.0"));
    }

    private static List<KeyTerm> keyTerms(List<Article> articles) {
        List<KeyTerm> terms = new ArrayList<>();
        for (Article a : articles) {
            for (ClauseInstance c : a.clauses()) {
                for (Block b : c.blocks()) {
                    for (Inline i : b.inlines()) {
                        if (i instanceof Inline.Value v) {
                            terms.add(new KeyTerm(c.id(), c.number(), c.title(), label(v.parameter()), v.text()));
                        }
                    }
                }
            }
        }
        return terms;
    }

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("mds2_timing", "MDS2 delivery"),
            Map.entry("sbom_update_days", "SBOM update after material change"),
            Map.entry("sbom_format", "SBOM format"),
            Map.entry("critical_patch_days", "Critical patch window"),
            Map.entry("compensating_days", "Compensating controls"),
            Map.entry("patch_days", "Other patch window"),
            Map.entry("review_months", "Control review interval"),
            Map.entry("kev_notice", "Exploited vulnerability notice"),
            Map.entry("initial_notice_hours", "Initial incident notice"),
            Map.entry("written_notice_days", "Written incident report"),
            Map.entry("remote_tool", "Remote access channel"),
            Map.entry("log_retention", "Session log retention"),
            Map.entry("eol_months", "End-of-life notice"),
            Map.entry("eogs_months", "End of guaranteed support notice"),
            Map.entry("eos_months", "End-of-support notice"),
            Map.entry("os_margin", "Operating system support margin"));

    private static String label(String parameter) {
        if (LABELS.containsKey(parameter)) return LABELS.get(parameter);
        String words = parameter.replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    static Inline t(String text) {
        return new Inline.Text(text);
    }

    static Inline v(String parameter, String text) {
        return new Inline.Value(parameter, text);
    }

    static Inline x(String target, String number) {
        return new Inline.CrossRef(target, number);
    }

    static ClauseBuilder clause(String id, String number, String title, String party, String variant) {
        return new ClauseBuilder(id, number, title, party, variant);
    }

    /** Collects the blocks of one clause and computes its text hash the way the assembler does. */
    static final class ClauseBuilder {
        private final String id;
        private final String number;
        private final String title;
        private final String party;
        private final String variant;
        private final List<Block> blocks = new ArrayList<>();

        ClauseBuilder(String id, String number, String title, String party, String variant) {
            this.id = id;
            this.number = number;
            this.title = title;
            this.party = party;
            this.variant = variant;
        }

        ClauseBuilder body(Inline... inlines) {
            blocks.add(new Block(Block.Kind.BODY, List.of(inlines)));
            return this;
        }

        ClauseBuilder sub(Inline... inlines) {
            blocks.add(new Block(Block.Kind.SUBCLAUSE, List.of(inlines)));
            return this;
        }

        ClauseBuilder item(Inline... inlines) {
            blocks.add(new Block(Block.Kind.ITEM, List.of(inlines)));
            return this;
        }

        ClauseInstance build() {
            ClauseInstance draft = new ClauseInstance(id, number, title, party, variant, "", blocks, "");
            return new ClauseInstance(id, number, title, party, variant, "MC2 v2", blocks, hash(draft.plainText()));
        }
    }

    static String hash(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
