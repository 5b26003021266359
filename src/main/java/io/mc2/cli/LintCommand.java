package io.mc2.cli;

import io.mc2.app.LintWorkflow;
import io.mc2.problem.ExitCode;
import io.mc2.problem.Problem;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code mc2 lint}: checks the clause library and every profile, printing every problem at once. */
@Command(name = "lint", mixinStandardHelpOptions = true,
        description = {"Check the clause library and every profile: schemas, parameter bounds, positions, "
                + "locked clauses, templates, defined terms, and that each profile assembles.",
            "Problems are printed as file:line:column: message; exit code 3 when there are any."})
final class LintCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @picocli.CommandLine.Mixin
    Folders folders;

    @Override
    public Integer call() {
        LintWorkflow.Result r = new LintWorkflow().run(folders.library(),
                folders.profiles());
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        for (Problem p : r.problems()) err.println(p);
        if (!r.problems().isEmpty()) {
            err.println("mc2: lint found " + r.problems().size() + (r.problems().size() == 1 ? " problem" : " problems"));
            return ExitCode.INVALID_INPUT_FILE.code();
        }
        out.println("ok: " + r.clauses() + " clauses, " + r.definitions() + " defined terms, " + r.profiles().size()
                + " profiles (" + String.join(", ", r.profiles()) + ")");
        return ExitCode.OK.code();
    }
}
