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

    /** The house style for a document of {@code format} (null: Word); a reference doc with any other format is a usage error. */
    HouseStyle house(String format) {
        if (referenceDoc == null) return HouseStyle.standard();
        if (format != null && !format.equals("docx") && !format.equals("pdf")) {
            throw new Mc2Exception(ExitCode.USAGE, "--reference-doc styles Word output only (docx or pdf), not " + format);
        }
        return HouseStyle.from(referenceDoc);
    }
}
