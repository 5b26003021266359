package io.mc2.app;

import io.mc2.gap.GapReport;
import io.mc2.library.Clause;
import io.mc2.model.ClauseInstance;
import io.mc2.model.CoverNote;
import io.mc2.paper.PaperReview;
import io.mc2.write.docx.CoverNoteWriter;
import io.mc2.write.docx.DocxContractWriter;
import io.mc2.write.docx.HouseStyle;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@code mc2 respond} to a supplier's own paper: our draft for the deal (what {@code mc2 draft} writes), and a
 * cover note beside it listing, clause by clause, what the paper offered and what our draft requires. The note
 * is built as a {@link CoverNote}, which has no field for a position, a verdict or internal guidance: the
 * review's verdicts decide nothing in it, and our reasons stay with us.
 */
public final class PaperAnswerWorkflow {

    /**
     * One answer.
     *
     * @param output the draft to write; the cover note goes beside it as NAME-cover-note.docx
     */
    public record Request(Path paper, String profile, Path deal, Path libraryDir, Path profilesDir, Path output, boolean force) {
    }

    /** The files written, and the review they answer. */
    public record Result(Path draft, Path coverNote, ReviewWorkflow.Result review) {
    }

    private final HouseStyle house;

    /** Answers in the standard look. */
    public PaperAnswerWorkflow() {
        this(HouseStyle.standard());
    }

    /** Answers with the draft and the cover note in the given look. */
    public PaperAnswerWorkflow(HouseStyle house) {
        this.house = house;
    }

    public Result run(Request r) {
        Path note = coverNote(r.output());
        List<Path> inputs = new ArrayList<>(List.of(r.paper()));
        if (r.deal() != null) inputs.add(r.deal());
        OutputFile.checkTarget(r.output(), r.force(), inputs);
        OutputFile.checkTarget(note, r.force(), inputs);
        ReviewWorkflow.Result review = new ReviewWorkflow().run(new ReviewWorkflow.Request(r.paper(), r.profile(), r.deal(),
                r.libraryDir(), r.profilesDir()));
        String profile = r.profile() != null ? r.profile() : DraftWorkflow.DEFAULT_PROFILE;
        new DraftWorkflow(List.of(new DocxContractWriter(house))).run(new DraftWorkflow.Request(r.libraryDir(), r.profilesDir(), profile,
                r.deal(), null, "docx", r.output(), r.force()));
        byte[] bytes = CoverNoteWriter.write(note(review, r.paper().getFileName().toString()), house);
        inputs.addAll(InputFiles.of(review.library(), review.profile()));
        OutputFile.write(note, r.force(), inputs, o -> o.write(bytes));
        return new Result(r.output(), note, review);
    }

    /** "ours.docx" → "ours-cover-note.docx", in the same folder. */
    static Path coverNote(Path draft) {
        String name = draft.getFileName().toString();
        String stem = name.toLowerCase(java.util.Locale.ROOT).endsWith(".docx") ? name.substring(0, name.length() - 5) : name;
        return draft.resolveSibling(stem + "-cover-note.docx");
    }

    /** What the paper offered and what we require, per clause of our draft, then the paper's clauses that none of ours covers. */
    static CoverNote note(ReviewWorkflow.Result review, String paperName) {
        Map<String, GapReport.ClauseReport> entries = review.report().clauses().stream()
                .collect(Collectors.toMap(GapReport.ClauseReport::id, Function.identity(), (a, b) -> a));
        List<CoverNote.Item> items = new ArrayList<>();
        for (ClauseInstance ci : review.ours().clauses()) {
            GapReport.ClauseReport entry = entries.get(ci.id());
            Clause c = review.library().clauses().get(ci.id());
            String why = c.guidance() == null || c.guidance().toSupplier() == null ? "" : c.guidance().toSupplier().strip();
            items.add(new CoverNote.Item(ci.number() + " " + ci.title(), offered(review.review(), ci.id(), entry), ci.plainText(), why));
        }
        for (PaperReview.Mapping m : review.review().mappings()) {
            if (!m.clauseIds().isEmpty() || m.definitions()) continue;
            String title = m.clause().title().isEmpty() ? "" : " (" + m.clause().title() + ")";
            items.add(new CoverNote.Item("Your clause " + m.clause().label() + title, m.clause().text(),
                    "This is not among our terms, and our draft leaves it out; tell us if it matters to you.", ""));
        }
        List<String> intro = List.of("Thank you for your paper, " + paperName + ". We answer it with our draft, enclosed, which states "
                + "what we require.", "Below, clause by clause of our draft: what your paper says on it, in its own words, and what our "
                + "draft requires. Clauses of your paper that our draft does not cover follow at the end.");
        return new CoverNote("Cover note: our draft in answer to your paper", intro, items);
    }

    /** The paper's own sentences on a clause, with its clause numbers; or that it does not address the clause. */
    private static String offered(PaperReview.Review review, String clauseId, GapReport.ClauseReport entry) {
        if (entry == null || entry.paper() == null) return "Your paper does not address this.";
        Set<String> sentences = new LinkedHashSet<>();
        for (PaperReview.Mapping m : review.mappings()) {
            int i = m.clauseIds().indexOf(clauseId);
            if (i >= 0) sentences.addAll(m.sentences().get(i));
        }
        return "(clause " + entry.paper() + ") " + String.join(" ", sentences);
    }
}
