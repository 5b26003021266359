package io.mc2.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder replaced by the real lint command. */
@Command(name = "lint", description = "Check the clause library and every profile.")
final class LintCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return 0;
    }
}
