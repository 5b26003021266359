package io.mc2.cli;

import io.mc2.app.StatusWorkflow;
import io.mc2.negotiation.NegotiationStatus;
import io.mc2.report.StatusWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code mc2 status}: where a negotiation stands, clause by clause, across its rounds. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = {"Show a negotiation's state from its record: for every clause whether it is agreed, open, escalated or "
                + "beyond walk-away after the latest return, who moved last, the verdict and our decision in each round, and "
                + "its current text.",
            "Internal: it names our verdicts; never send it to the supplier."},
        footer = {"", "Exit codes: 0 every clause agreed; 1 something is still open; 2 usage; 4 the record was changed outside mc2.",
            "", "Examples:", "  mc2 status", "  mc2 status --record negotiation/MSA-2026-0042 -f html > status.html"})
final class StatusCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--record", paramLabel = "DIR",
            description = "The negotiation record (default: the only one in negotiation/ of the working folder).")
    Path record;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "md", description = "md, html or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Override
    public Integer call() {
        NegotiationStatus status = new StatusWorkflow().run(record);
        spec.commandLine().getOut().print(StatusWriter.write(status, format));
        return status.allAgreed() ? 0 : 1;
    }
}
