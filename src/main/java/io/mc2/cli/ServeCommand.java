package io.mc2.cli;

import io.mc2.serve.UploadLimits;
import io.mc2.serve.WebServer;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code mc2 serve}: starts the web app and waits until stopped. Only this command loads the HTTP
 * server's classes: picocli builds only the command that runs, and nothing here names them outside
 * {@link #call}.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Start the web app: new draft, review a return, portfolio of returns, profiles. "
                + "Open the address it prints in a browser; stop it with Ctrl-C.",
            "It listens on this computer only (127.0.0.1) unless --host says otherwise. Uploads are kept in a temporary "
                + "folder and removed after use."},
        footer = {"", "Examples:", "  mc2 serve", "  mc2 serve --port 0          # any free port (printed)",
            "  mc2 serve --records negotiation   # negotiation records in ./negotiation"})
final class ServeCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080", description = "Port to listen on; 0 for any free port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this computer only).")
    String host;

    @Option(names = "--records", paramLabel = "DIR",
            description = "Keep negotiation records in DIR (one folder per negotiation, as mc2 draft/gap/respond keep them): "
                    + "record drafts as round 1, rate returns against what we last sent, record counter-redlines. "
                    + "Default: keep none.")
    java.nio.file.Path records;

    @picocli.CommandLine.Mixin
    Folders folders;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) throw new io.mc2.problem.Mc2Exception(io.mc2.problem.ExitCode.USAGE, "--port must be 0 to 65535");
        WebServer.serveUntilStopped(new WebServer.Options(host, port, folders.library(), folders.profiles(), UploadLimits.defaults(),
                records),
                spec.commandLine().getOut(), spec.commandLine().getErr());
        return 0;
    }
}
