package io.mc2.cli;

import io.mc2.problem.ExitCode;
import io.mc2.problem.Mc2Exception;
import io.mc2.write.docx.HouseStyle;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --reference-doc FILE.docx}: the look (styles, page, letterhead) of the Word documents a command writes. */
final class ReferenceDocOption {
    @Option(names = "--reference-doc", paramLabel = "STYLES.docx",
            description = "Take fonts, sizes, colours, heading styles, page size, margins and the header/footer (with its logo) "
                    + "from this Word document; nothing else of it is read.")
    Path referenceDoc;

    /**
     * The house style for a document of {@code format} (null: Word) written to {@code output}; a reference
     * doc with any other format, or as the output itself, is a usage error.
     */
    HouseStyle house(String format, Path output) {
        if (referenceDoc == null) return HouseStyle.standard();
        if (format != null && !format.equals("docx") && !format.equals("pdf")) {
            throw new Mc2Exception(ExitCode.USAGE, "--reference-doc styles Word output only (docx or pdf), not " + format);
        }
        if (output != null && sameFile(output, referenceDoc)) {
            throw new Mc2Exception(ExitCode.USAGE, output + ": is the --reference-doc; mc2 never writes over a file it reads");
        }
        return HouseStyle.from(referenceDoc);
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return java.nio.file.Files.exists(a) && java.nio.file.Files.exists(b) && java.nio.file.Files.isSameFile(a, b);
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
