package io.mc2.serve;

import io.mc2.problem.ExitCode;
import io.mc2.problem.Mc2Exception;

/**
 * What a refusal of mc2's says on a web page: the CLI's one-line message without the server's
 * temporary folders (a document is named by its file name), and the HTTP status its exit code
 * stands for.
 */
final class Messages {
    private Messages() {
    }

    /** The message with every path into the workspace cut down to the file name. */
    static String plain(String message, Workspace workspace) {
        String root = workspace.root().toString();
        String m = message == null ? "" : message;
        // uploads are at ROOT/ID/NAME, ROOT/ID/in/NAME or ROOT/ID/out/...: keep NAME
        m = m.replaceAll(java.util.regex.Pattern.quote(root) + "/[0-9a-f]{32}/(?:(?:in|out)/)?", "");
        return m.replace(root, "(temporary folder)");
    }

    /** 422 for a document mc2 will not use, 400 for a request it does not understand, 500 for the rest. */
    static int status(Mc2Exception e) {
        ExitCode code = e.exitCode();
        return switch (code) {
            case UNSAFE_DOCUMENT, USAGE -> 422;
            default -> 500;
        };
    }
}
