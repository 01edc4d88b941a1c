package dev.nnc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code nnc explain --html} pages rendered by headless Chromium: every formula typeset as MathML
 * without errors, the diagram present with the worked numbers, nothing fetched, both colour schemes,
 * large networks still small pages, and the worked example looking as docs/mazur-page.png does.
 */
class PageInBrowserTest {
    /** The screenshot in the docs; {@code -Dscreenshot.update=true} writes it anew. */
    static final Path SCREENSHOT = Path.of("../docs/mazur-page.png");
    static final int WIDTH = 1100;
    static final int HEIGHT = 1500;
    private static final String[] WORKED = {"0.593269992", "0.75136507", "0.298371109", "0.35891648", "0.149780716"};
    private static final String PAGE_FACTS = """
            (() => {
              const maths = [...document.querySelectorAll('math')];
              const unsized = maths.filter(m => { const r = m.getBoundingClientRect(); return !(r.width > 0 && r.height > 0); });
              const fractions = [...document.querySelectorAll('mfrac')].map(f => f.getBoundingClientRect().height);
              const svg = document.querySelector('figure svg');
              const box = svg ? svg.getBoundingClientRect() : {width: 0, height: 0};
              return {
                maths: maths.length,
                unsized: unsized.length,
                mathml: maths.every(m => m instanceof MathMLElement),
                merrors: document.querySelectorAll('merror').length,
                fractions: fractions.length,
                lowestFraction: fractions.length ? Math.min(...fractions) : 0,
                svgText: svg ? svg.textContent : '',
                svgWidth: box.width,
                svgHeight: box.height,
                svgLines: svg ? svg.querySelectorAll('line').length : 0,
                svgTitle: svg ? svg.querySelector('title').textContent : '',
                svgDescribed: svg ? svg.getAttribute('aria-labelledby') : '',
                sourceLinks: document.querySelectorAll('.eq-links a[href^="#L"]').length,
                codeLinks: document.querySelectorAll('.eq-links a[href^="#java"]').length,
                javaBlocks: document.querySelectorAll('details.java').length,
                background: getComputedStyle(document.body).backgroundColor,
                tables: document.querySelectorAll('table').length,
                charts: document.querySelectorAll('.charts svg polyline').length
              };
            })()""";

    private static HeadlessChromium chromium;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() throws Exception {
        chromium = HeadlessChromium.start(WIDTH, HEIGHT);
    }

    @AfterAll
    static void stop() throws Exception {
        if (chromium != null) {
            chromium.close();
        }
    }

    private Path page(String nn, String... more) {
        Path html = dir.resolve(Path.of(nn).getFileName().toString().replace(".nn", ".html"));
        String[] args = new String[4 + more.length];
        args[0] = "explain";
        args[1] = nn;
        args[2] = "--html";
        args[3] = "-o" + html;
        System.arraycopy(more, 0, args, 4, more.length);
        Cli run = Cli.run(args);
        assertEquals(0, run.exit(), run.err());
        return html;
    }

    /** Opens {@code html}, checks it fetched nothing but itself, and returns the facts of its DOM. */
    private static JsonNode render(Path html) throws Exception {
        List<String> requests = chromium.open(html);
        assertEquals(List.of(html.toUri().toString()), requests, "the page fetched more than itself");
        JsonNode facts = chromium.evaluate(PAGE_FACTS);
        assertTrue(facts.get("maths").asInt() > 0, "no <math> in " + html);
        assertEquals(0, facts.get("unsized").asInt(), "formulas laid out with no size: " + brief(facts));
        assertEquals(0, facts.get("merrors").asInt(), "formulas typeset with errors: " + brief(facts));
        assertTrue(facts.get("mathml").asBoolean(), "<math> is not a MathML element: " + brief(facts));
        assertTrue(facts.get("svgWidth").asDouble() > 300 && facts.get("svgHeight").asDouble() > 200,
                "the diagram is missing or tiny: " + brief(facts));
        assertTrue(facts.get("svgDescribed").asText().contains("desc"), "the diagram has no text alternative");
        return facts;
    }

    @Test
    void theWorkedExampleIsTypesetAndDrawnWithTheTutorialsNumbers() throws Exception {
        Path html = page("../samples/mazur.nn");
        chromium.colourScheme("light");
        JsonNode facts = render(html);
        for (String value : WORKED) {
            assertTrue(facts.get("svgText").asText().contains(value), value + " not in the diagram: " + brief(facts));
            assertTrue(Files.readString(html).contains("<mn>" + value + "</mn>"), value + " not in the equations");
        }
        assertTrue(facts.get("lowestFraction").asDouble() > 24, "fractions are not stacked: " + brief(facts));
        assertEquals(8, facts.get("javaBlocks").asInt(), brief(facts));
        assertTrue(facts.get("sourceLinks").asInt() >= 20, brief(facts));
        assertTrue(facts.get("codeLinks").asInt() >= 25, brief(facts));
        assertEquals("rgb(255, 255, 255)", facts.get("background").asText());
        assertEquals("The network Mazur", facts.get("svgTitle").asText());
        chromium.colourScheme("dark");
        assertEquals("rgb(13, 17, 23)", chromium.evaluate("getComputedStyle(document.body).backgroundColor").asText());
        chromium.media("print");
        assertEquals("rgb(255, 255, 255)", chromium.evaluate("getComputedStyle(document.body).backgroundColor").asText(),
                "printed black on white even in the dark scheme");
        assertEquals("none", chromium.evaluate("getComputedStyle(document.querySelector('.eq-links')).display").asText());
        chromium.media("");
        chromium.colourScheme("light");
    }

    @Test
    void theScreenshotLooksAsTheOneInTheDocs() throws Exception {
        chromium.colourScheme("light");
        render(page("../samples/mazur.nn"));
        byte[] png = chromium.screenshot(WIDTH, HEIGHT);
        if (Boolean.getBoolean("screenshot.update")) {
            Files.write(SCREENSHOT, png);
        }
        BufferedImage fresh = ImageIO.read(new ByteArrayInputStream(png));
        BufferedImage committed = ImageIO.read(SCREENSHOT.toFile());
        assertTrue(Math.abs(fresh.getWidth() - committed.getWidth()) <= committed.getWidth() / 20
                        && Math.abs(fresh.getHeight() - committed.getHeight()) <= committed.getHeight() / 20,
                "the screenshot is " + fresh.getWidth() + "x" + fresh.getHeight() + ", the docs' "
                        + committed.getWidth() + "x" + committed.getHeight());
        boolean[][] now = Regions.inked(fresh);
        boolean[][] then = Regions.inked(committed);
        int differ = Regions.differing(now, then);
        int cells = Regions.ROWS * Regions.COLUMNS;
        assertTrue(differ <= cells / 8, differ + " of " + cells + " regions changed from blank to inked or back:\nnow\n"
                + Regions.picture(now) + "docs\n" + Regions.picture(then)
                + "regenerate with -Dscreenshot.update=true if intended");
        assertTrue(Regions.count(now) > cells / 4, "the page is mostly blank:\n" + Regions.picture(now));
    }

    @Test
    void irisIsReadableAndSmall() throws Exception {
        Path html = page("../samples/iris.nn");
        assertTrue(Files.size(html) < 2_000_000, Files.size(html) + " bytes");
        JsonNode facts = render(html);
        assertEquals(4 * 8 + 8 * 3, facts.get("svgLines").asInt(), "every weight drawn");
        assertTrue(facts.get("svgHeight").asDouble() < 1400, brief(facts));
    }

    @Test
    void digitsIsThinnedAndSmall() throws Exception {
        Path nn = digits(dir);
        Path html = page(nn.toString());
        assertTrue(Files.size(html) < 2_000_000, Files.size(html) + " bytes");
        JsonNode facts = render(html);
        assertTrue(facts.get("svgLines").asInt() <= 10 * 10 + 10 * 10, "edges not thinned: " + facts.get("svgLines"));
        assertTrue(facts.get("svgText").asText().contains("2048 weights, 100 drawn"), facts.get("svgText").asText());
        assertTrue(facts.get("svgHeight").asDouble() < 900 && facts.get("svgWidth").asDouble() < 1000, brief(facts));
    }

    @Test
    void aTrainingRunAddsATableAndCharts() throws Exception {
        Path html = page("../samples/mazur.nn", "--epochs", "20");
        JsonNode facts = render(html);
        assertEquals(1 + 3, facts.get("charts").asInt(), "the loss and three weights: " + brief(facts));
        JsonNode rows = chromium.evaluate("[...document.querySelectorAll('#training + p + table tbody tr')]"
                + ".map(r => [...r.cells].map(c => c.textContent))");
        assertEquals(List.of("0", "", "0.15", "0.4", "0.55"), strings(rows.get(0)));
        assertEquals(List.of("1", "0.298371109", "0.149780716", "0.35891648", "0.561370121"), strings(rows.get(1)),
                "one epoch of one sample is the worked step");
        assertEquals(21, rows.size());
        assertEquals("20", rows.get(20).get(0).asText());
    }

    /** The facts without the diagram's text, for messages. */
    private static String brief(JsonNode facts) {
        com.fasterxml.jackson.databind.node.ObjectNode copy = facts.deepCopy();
        copy.remove("svgText");
        return copy.toString();
    }

    private static List<String> strings(JsonNode row) {
        List<String> cells = new java.util.ArrayList<>();
        row.forEach(c -> cells.add(c.asText()));
        return cells;
    }

    /** A 64-32-10 network the size of scikit-learn's digits, with a few random samples of its own. */
    static Path digits(Path dir) throws Exception {
        Random random = new Random(7);
        StringBuilder data = new StringBuilder();
        for (int s = 0; s < 3; s++) {
            data.append("        [");
            for (int i = 0; i < 64; i++) {
                data.append(i == 0 ? "" : ", ").append(random.nextInt(17));
            }
            data.append("] -> [");
            int digit = random.nextInt(10);
            for (int k = 0; k < 10; k++) {
                data.append(k == 0 ? "" : ", ").append(k == digit ? "1" : "0");
            }
            data.append("]\n");
        }
        String nn = String.format(Locale.ROOT, """
                network Digits {
                    input x[64] normalize
                    layer h[32] tanh
                    layer p[10] softmax
                    loss cross_entropy
                    weights init xavier seed = 1
                    optimizer adam(rate = 0.001)
                    train epochs = 1 batch = 3
                    data {
                %s    }
                }
                """, data);
        Path file = dir.resolve("digits.nn");
        Files.writeString(file, nn);
        return file;
    }
}
