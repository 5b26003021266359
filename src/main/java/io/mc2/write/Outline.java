package io.mc2.write;

import io.mc2.model.Article;
import io.mc2.model.Block;
import io.mc2.model.ClauseInstance;
import io.mc2.model.Contract;
import io.mc2.problem.ExitCode;
import io.mc2.problem.Mc2Exception;
import java.util.ArrayList;
import java.util.List;

/**
 * The numbering every writer shows, computed the way Word's multilevel list counts: sub-clauses
 * (level 3, "2.1.1") restart under each clause, lettered items (level 4, "(a)") restart after any
 * higher-level number, and unnumbered body paragraphs do not interrupt a sequence. Writers share
 * it so that the Markdown and HTML renderings number exactly as the Word draft does.
 */
public final class Outline {

    /** The heading of the definitions article, when the contract has one. */
    public static final String DEFINITIONS_TITLE = "Definitions";

    private Outline() {
    }

    /**
     * A clause body paragraph with its display label.
     *
     * @param block  the paragraph
     * @param label  "" for body text, "2.1.1" for a sub-clause, "(a)" for an item
     * @param indent 0 for body text, 1 for a sub-clause or an item directly under the clause,
     *               2 for an item under a sub-clause
     */
    public record NumberedBlock(Block block, String label, int indent) {
    }

    /** The clause's body paragraphs with the labels Word's numbering gives them. */
    public static List<NumberedBlock> number(ClauseInstance clause) {
        List<NumberedBlock> out = new ArrayList<>(clause.blocks().size());
        int sub = 0;
        int item = 0;
        boolean underSubclause = false;
        for (Block b : clause.blocks()) {
            switch (b.kind()) {
                case BODY -> {
                    underSubclause = false;
                    out.add(new NumberedBlock(b, "", 0));
                }
                case SUBCLAUSE -> {
                    sub++;
                    item = 0;
                    underSubclause = true;
                    out.add(new NumberedBlock(b, clause.number() + "." + sub, 1));
                }
                case ITEM -> {
                    item++;
                    out.add(new NumberedBlock(b, "(" + letters(item) + ")", underSubclause ? 2 : 1));
                }
            }
        }
        return out;
    }

    /** Word's lowerLetter format: a … z, then aa … zz, then aaa …. */
    public static String letters(int n) {
        if (n < 1) throw new IllegalArgumentException("item numbers start at 1: " + n);
        char c = (char) ('a' + (n - 1) % 26);
        return String.valueOf(c).repeat((n - 1) / 26 + 1);
    }

    /** Where a clause's heading is in an HTML or Markdown draft: its id, limited to characters every renderer keeps in a fragment. */
    public static String anchor(String clauseId) {
        return clauseId.replaceAll("[^A-Za-z0-9_-]", "-");
    }

    /** Where an article's heading is in an HTML or Markdown draft. */
    public static String articleAnchor(int number) {
        return "article-" + number;
    }

    /**
     * Checks that the contract's numbers are the ones a single Word list produces: articles 1, 2, 3 …
     * (the definitions article first when there is one), clauses {@code <article>.1}, {@code .2} ….
     * A Word draft can only show the model's numbers if this holds.
     *
     * @throws Mc2Exception with {@link ExitCode#INTERNAL}: the assembler numbered inconsistently
     */
    public static void requireSequentialNumbers(Contract contract) {
        int expected = 1;
        if (contract.definitionsArticle() != 0) {
            if (contract.definitionsArticle() != 1) {
                throw inconsistent("definitions article is " + contract.definitionsArticle() + ", expected 1");
            }
            expected = 2;
        }
        for (Article a : contract.articles()) {
            if (a.number() != expected) {
                throw inconsistent("article '" + a.title() + "' is numbered " + a.number() + ", expected " + expected);
            }
            int k = 1;
            for (ClauseInstance c : a.clauses()) {
                String want = a.number() + "." + k;
                if (!want.equals(c.number())) {
                    throw inconsistent("clause " + c.id() + " is numbered " + c.number() + ", expected " + want);
                }
                k++;
            }
            expected++;
        }
    }

    /** A definition's meaning as a sentence: the library text may leave out the full stop. */
    public static String sentence(String meaning) {
        String m = meaning == null ? "" : meaning.strip();
        if (m.isEmpty()) return m;
        char last = m.charAt(m.length() - 1);
        return last == '.' || last == ';' || last == ':' ? m : m + ".";
    }

    private static Mc2Exception inconsistent(String detail) {
        return new Mc2Exception(ExitCode.INTERNAL, "contract numbering does not follow Word's list numbering: " + detail);
    }
}
