package io.mc2.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mc2.align.SentDraft;
import io.mc2.assemble.Assembler;
import io.mc2.deal.DealFacts;
import io.mc2.deal.DealLoader;
import io.mc2.library.ClauseLibrary;
import io.mc2.library.LibraryLoader;
import io.mc2.model.ClauseInstance;
import io.mc2.model.Contract;
import io.mc2.profile.ProfileResolver;
import io.mc2.redline.RedlineReader;
import io.mc2.template.ClauseRenderer;
import io.mc2.write.docx.DocxContractWriter;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code mc2 gap} takes the draft we sent from the writer's objects instead of saving and reading
 * a .docx: for every shipped profile, with and without deal facts, that must give exactly what our
 * reader gets from the saved draft (text, clause of each paragraph, headings, numbers).
 */
class RegeneratedDraftTest {
    @TempDir
    Path tmp;

    @TestFactory
    Stream<DynamicTest> draftParagraphsEqualTheSavedDraftReadBack() throws java.io.IOException {
        ClauseLibrary library = LibraryLoader.load(Path.of("clauses"));
        ProfileResolver resolver = new ProfileResolver(library, Path.of("profiles"));
        DealFacts sample = DealLoader.load(Path.of("output-samples/sample-deal.yaml"));
        return OutputSamplesTest.profiles().stream().flatMap(id -> Stream.of(
                DynamicTest.dynamicTest(id + " with the sample deal", () -> check(library, resolver, id, sample)),
                DynamicTest.dynamicTest(id + " without deal facts", () -> check(library, resolver, id, DealFacts.none()))));
    }

    private void check(ClauseLibrary library, ProfileResolver resolver, String profile, DealFacts deal) throws Exception {
        Contract contract = new Assembler(new ClauseRenderer()).assemble(library, resolver.resolve(profile), deal, LocalDate.of(2026, 12, 1));
        Set<String> ids = new LinkedHashSet<>();
        for (ClauseInstance c : contract.clauses()) ids.add(c.id());
        Path file = tmp.resolve(profile + ".docx");
        try (OutputStream out = Files.newOutputStream(file)) {
            new DocxContractWriter().write(contract, out);
        }
        SentDraft read = SentDraft.of(RedlineReader.read(file), ids);
        SentDraft built = SentDraft.of(PreparedDrafts.regenerate(contract), ids);
        assertTrue(read.paragraphs().size() > 100, "paragraphs read: " + read.paragraphs().size());
        for (int i = 0; i < Math.min(read.paragraphs().size(), built.paragraphs().size()); i++) {
            assertEquals(read.paragraphs().get(i), built.paragraphs().get(i), profile + ": paragraph " + i);
        }
        assertEquals(read.paragraphs().size(), built.paragraphs().size(), profile + ": paragraph count");
    }
}
