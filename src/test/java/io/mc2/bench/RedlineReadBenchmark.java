package io.mc2.bench;

import io.mc2.redline.FixtureDocx;
import io.mc2.redline.RedlineDocument;
import io.mc2.redline.RedlineReader;
import io.mc2.redline.View;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Warm cost of reading a redline and building its accepted and original views. Goals: a 60-clause
 * redline within 10 ms, a 150-page contract with 500 revisions within 100 ms. The inputs are
 * generated here (document.xml written directly), varied enough to compress like real text.
 *
 * <pre>
 * .ci/bench NAME   (or by hand: mvn -B -q -o test-compile, which writes target/test-classpath.txt)
 * java -cp target/test-classes:target/classes:$(cat target/test-classpath.txt) org.openjdk.jmh.Main RedlineReadBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class RedlineReadBenchmark {

    private static final String[] WORDS = ("supplier customer shall within days notify security patch vulnerability "
            + "device software update breach incident written notice reasonable efforts business hours support "
            + "operating system end of life component inventory agreement party obligation remote access logging "
            + "encryption audit evidence insurance claim liability indemnify data return sanitise certificate").split(" ");

    private Path dir;
    Path clauses60;
    Path pages150;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        dir = Files.createTempDirectory("mc2-bench");
        clauses60 = write("clauses60.docx", 60, 3, 2, 1);
        // ~8 paragraphs of ~60 words per page: 150 pages = 1200 paragraphs, 500 revisions
        pages150 = write("pages150.docx", 300, 4, 500, 2);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        try (var s = Files.walk(dir)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** clauses × (heading + paragraphs), revisions spread evenly, words per sentence scaled by density. */
    public static Path write(Path dir, String name, int clauses, int paragraphsPerClause, int revisions, int density) throws IOException {
        Random random = new Random(42);
        int total = clauses * paragraphsPerClause;
        StringBuilder body = new StringBuilder(1 << 20);
        int revisionsLeft = revisions, id = 1;
        for (int c = 0; c < clauses; c++) {
            body.append("<w:sdt><w:sdtPr><w:tag w:val=\"mc2:clause:c").append(c).append("\"/></w:sdtPr><w:sdtContent>");
            body.append("<w:p><w:pPr><w:pStyle w:val=\"Heading1\"/></w:pPr><w:bookmarkStart w:id=\"").append(c)
                    .append("\" w:name=\"clause_").append(c).append("\"/>").append(FixtureDocx.r(words(random, 4)))
                    .append("<w:bookmarkEnd w:id=\"").append(c).append("\"/></w:p>");
            for (int p = 0; p < paragraphsPerClause; p++) {
                body.append("<w:p><w:pPr><w:numPr><w:ilvl w:val=\"1\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr>");
                for (int s = 0; s < 3 * density; s++) body.append(FixtureDocx.r(words(random, 10) + ". "));
                int index = c * paragraphsPerClause + p;
                int due = (int) ((long) revisions * (index + 1) / total) - (revisions - revisionsLeft);
                for (int k = 0; k < due; k++, revisionsLeft--) {
                    body.append(k % 2 == 0
                            ? FixtureDocx.ins(id++, "Supplier Counsel", "2026-02-03T10:00:00Z", FixtureDocx.r(words(random, 3) + " "))
                            : FixtureDocx.del(id++, "Supplier Counsel", "2026-02-03T10:00:00Z", FixtureDocx.delR(words(random, 3) + " ")));
                    body.append(FixtureDocx.r(words(random, 6) + ". "));
                }
                body.append("</w:p>");
            }
            body.append("</w:sdtContent></w:sdt>");
        }
        body.append("<w:sectPr/>");
        FixtureDocx doc = FixtureDocx.withBody(body.toString())
                .related("numbering", "numbering.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml",
                        "<w:numbering " + FixtureDocx.NS + "><w:abstractNum w:abstractNumId=\"0\">"
                                + "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.\"/></w:lvl>"
                                + "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.%2\"/></w:lvl>"
                                + "</w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num></w:numbering>");
        return doc.write(dir.resolve(name));
    }

    private Path write(String name, int clauses, int paragraphsPerClause, int revisions, int density) throws IOException {
        return write(dir, name, clauses, paragraphsPerClause, revisions, density);
    }

    private static String words(Random random, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) sb.append(' ');
            sb.append(WORDS[random.nextInt(WORDS.length)]);
        }
        return sb.toString();
    }

    private static void readBothViews(Path file, Blackhole bh) {
        RedlineDocument d = RedlineReader.read(file);
        bh.consume(d.paragraphs(View.ACCEPTED));
        bh.consume(d.paragraphs(View.ORIGINAL));
    }

    @Benchmark
    public void redline60Clauses(Blackhole bh) {
        readBothViews(clauses60, bh);
    }

    @Benchmark
    public void contract150Pages500Revisions(Blackhole bh) {
        readBothViews(pages150, bh);
    }
}
