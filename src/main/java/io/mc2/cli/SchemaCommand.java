package io.mc2.cli;

import io.mc2.problem.ExitCode;
import io.mc2.problem.Mc2Exception;
import io.mc2.yaml.SchemaCheck;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mc2 schema NAME}: prints a shipped JSON Schema (for editors and other tools). */
@Command(name = "schema", mixinStandardHelpOptions = true,
        description = {"Print the JSON Schema of a file format: clause, definitions, library, profile, deal, language-rules, gap-report, gap-matrix or negotiation (the record index).",
            "Editors with yaml-language-server validate and complete YAML files: save a schema "
                + "(mc2 schema profile > profile.schema.json) and start the YAML file with a line such as:",
            "  # yaml-language-server: $schema=profile.schema.json"})
final class SchemaCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "NAME", description = "clause, definitions, library, profile, deal, language-rules, gap-report, gap-matrix or negotiation")
    String name;

    @Override
    public Integer call() {
        if (!SchemaCheck.names().contains(name)) {
            throw new Mc2Exception(ExitCode.USAGE, "no schema named '" + name + "' (schemas: "
                    + String.join(", ", SchemaCheck.names()) + ")");
        }
        spec.commandLine().getOut().print(SchemaCheck.text(name));
        return 0;
    }
}
