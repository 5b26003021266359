package io.mc2.app;

import io.mc2.assemble.Assembler;
import io.mc2.assemble.ProfileChecks;
import io.mc2.deal.DealFacts;
import io.mc2.deal.DealLoader;
import io.mc2.library.ClauseLibrary;
import io.mc2.library.LibraryLoader;
import io.mc2.model.Contract;
import io.mc2.problem.ExitCode;
import io.mc2.problem.Mc2Exception;
import io.mc2.profile.ProfileResolver;
import io.mc2.profile.ResolvedProfile;
import io.mc2.template.ClauseRenderer;
import io.mc2.write.ContractWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code mc2 draft}: load the library, resolve the profile, read the deal, assemble the contract
 * and write it atomically in the requested format.
 */
public final class DraftWorkflow {
    /** The profile used when none is named. */
    public static final String DEFAULT_PROFILE = "gpo-standard";

    private final List<ContractWriter> writers;

    public DraftWorkflow(List<ContractWriter> writers) {
        this.writers = List.copyOf(writers);
    }

    /**
     * One draft to make.
     *
     * @param format docx, md or html; null to take it from the output's extension
     * @param date   the document date; null for the deal's effective date, else today
     * @param recorded whether a Word draft opens round 1 of a negotiation record (a preview or sample does not)
     * @param record   that record's folder, or null for {@code negotiation/ID} beside the draft
     * @param executionCopy the copy to sign ({@code --final}): no "Draft" header, none of our labels, and
     *                      no negotiation round (it is not sent for redlining)
     */
    public record Request(Path libraryDir, Path profilesDir, String profile, Path deal, LocalDate date, String format,
                          Path output, boolean force, boolean recorded, Path record, boolean executionCopy) {
        /** A draft for negotiation. */
        public Request(Path libraryDir, Path profilesDir, String profile, Path deal, LocalDate date, String format,
                       Path output, boolean force, boolean recorded, Path record) {
            this(libraryDir, profilesDir, profile, deal, date, format, output, force, recorded, record, false);
        }

        /** A draft that opens no negotiation record. */
        public Request(Path libraryDir, Path profilesDir, String profile, Path deal, LocalDate date, String format,
                       Path output, boolean force) {
            this(libraryDir, profilesDir, profile, deal, date, format, output, force, false, null);
        }
    }

    /**
     * What was made.
     *
     * @param warnings what the user should know (a required clause the deal leaves out, a draft the record could not take)
     * @param record   the negotiation record the draft opened, or null (not a Word draft)
     */
    public record Result(Path output, String format, Contract contract, ResolvedProfile profile, List<String> warnings, Path record) {
    }

    public Result run(Request r) {
        String format = OutputFormat.of(r.format(), r.output(), "docx");
        boolean pdf = format.equals("pdf");
        if (pdf) PdfExport.require(r.output());
        ContractWriter writer = writer(pdf ? "docx" : format);
        ClauseLibrary library = LibraryLoader.load(r.libraryDir());
        // what the user asked for first: a mistyped profile matters more than an output left from last time
        ResolvedProfile profile = new ProfileResolver(library, r.profilesDir()).resolve(r.profile());
        DealFacts deal = r.deal() == null ? DealFacts.none() : DealLoader.load(r.deal());
        OutputFile.checkTarget(r.output(), r.force(), inputs(r));
        Contract contract = assemble(library, profile, deal, r.date(), r.executionCopy());
        List<Path> read = inputs(r);
        read.addAll(InputFiles.of(library, profile));
        List<String> dropped = ProfileChecks.droppedRequired(library, profile, deal);
        List<String> warnings = new ArrayList<>();
        if (pdf) {
            // a PDF is for reading and printing: the Word draft is what opens the negotiation record
            byte[] bytes = PdfExport.fromDocx(PdfExport.bytes(out -> writer.write(contract, out)), r.output());
            OutputFile.write(r.output(), r.force(), read, out -> out.write(bytes));
            return new Result(r.output(), "pdf", contract, profile, warnings, null);
        }
        if (!writer.extension().equals("docx") || !r.recorded() || r.executionCopy()) {
            OutputFile.write(r.output(), r.force(), read, out -> writer.write(contract, out));
            return new Result(r.output(), writer.extension(), contract, profile, dropped, null);
        }
        // a Word draft is what we send: it opens round 1 of the negotiation record
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(1 << 16);
        try {
            writer.write(contract, bytes);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        NegotiationRound.Answer first = NegotiationRound.openFirst(r.record(), r.output(), deal.agreementReference(), bytes.toByteArray(),
                warnings);
        OutputFile.write(r.output(), r.force(), read, out -> out.write(first.bytes()));
        first.record();
        Path record = warnings.isEmpty() ? first.folder() : null;
        warnings.addAll(0, dropped);
        return new Result(r.output(), writer.extension(), contract, profile, warnings, record);
    }

    /**
     * The contract of one deal under one profile (the web app holds library and profile warm).
     *
     * @param date the document date; null for the deal's effective date, else today
     */
    public static Contract assemble(ClauseLibrary library, ResolvedProfile profile, DealFacts deal, LocalDate date) {
        return assemble(library, profile, deal, date, false);
    }

    /** As {@link #assemble(ClauseLibrary, ResolvedProfile, DealFacts, LocalDate)}; {@code executionCopy} for the copy to sign. */
    public static Contract assemble(ClauseLibrary library, ResolvedProfile profile, DealFacts deal, LocalDate date, boolean executionCopy) {
        LocalDate day = date != null ? date : deal.effectiveDate() != null ? deal.effectiveDate() : LocalDate.now();
        return new Assembler(new ClauseRenderer()).assemble(library, profile, deal, day, executionCopy);
    }

    /** The writer of one format: docx, md (or markdown) or html. */
    public ContractWriter writer(String format) {
        String f = format.equals("markdown") ? "md" : format;
        for (ContractWriter w : writers) if (w.extension().equals(f)) return w;
        throw new Mc2Exception(ExitCode.USAGE, "unknown output format '" + format + "' (formats: "
                + String.join(", ", writers.stream().map(ContractWriter::extension).toList()) + ", pdf)");
    }

    private List<Path> inputs(Request r) {
        List<Path> in = new ArrayList<>();
        if (r.deal() != null) in.add(r.deal());
        Path profile = Path.of(r.profile());
        if (r.profile().endsWith(".yaml")) in.add(profile);
        return in;
    }

}
