package io.mc2.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder replaced by the real lint command. */
@Command(name = "draft", description = "Assemble a Word contract draft.")
final class DraftCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return 0;
    }
}
