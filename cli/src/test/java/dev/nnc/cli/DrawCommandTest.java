package dev.nnc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnc.compiler.explain.NetworkPicture;
import dev.nnc.compiler.page.DiagramLayout;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** {@code nnc draw}: the diagram as SVG or PNG from one layout, worked or with trained weights. */
class DrawCommandTest {
    /** The diagram in the README and docs/explain.md. */
    private static final Path DOCS_SVG = Path.of("../docs/mazur-net.svg");
    private static final Pattern SIZE = Pattern.compile("<svg [^>]*width=\"([0-9.]+)\" height=\"([0-9.]+)\"");

    @TempDir
    Path dir;

    @Test
    void drawsTheWorkedExampleAsSvgWithItsNumbers() throws Exception {
        Path svg = dir.resolve("mazur.svg");
        Cli run = Cli.run("draw", "../samples/mazur.nn", "-o", svg.toString());
        assertEquals(0, run.exit(), run.err());
        assertEquals(svg + System.lineSeparator(), run.out());
        String text = Files.readString(svg);
        for (String value : new String[] {"0.593269992", "0.75136507", "0.298371109", "0.35891648", "0.149780716"}) {
            assertTrue(text.contains(value), value);
        }
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
        assertEquals("svg", xml.getDocumentElement().getTagName());
        assertEquals(6 + 2, xml.getElementsByTagName("circle").getLength(), "six neurons and two biases");
        assertEquals(Files.readString(DOCS_SVG), text,
                DOCS_SVG + " is out of date: regenerate it with './nnc draw samples/mazur.nn -o docs/mazur-net.svg'");
    }

    @Test
    void thePngIsTheSameLayoutAtTwiceTheSize() throws Exception {
        Path svg = dir.resolve("iris.svg");
        Path png = dir.resolve("iris.png");
        assertEquals(0, Cli.run("draw", "../samples/iris.nn", "-o", svg.toString()).exit());
        Cli run = Cli.run("draw", "../samples/iris.nn", "-o", png.toString());
        assertEquals(0, run.exit(), run.err());
        Matcher size = SIZE.matcher(Files.readString(svg));
        assertTrue(size.find());
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals((int) Math.ceil(Double.parseDouble(size.group(1)) * 2), image.getWidth());
        assertEquals((int) Math.ceil(Double.parseDouble(size.group(2)) * 2), image.getHeight());
        boolean[][] inked = Regions.inked(image);
        assertTrue(Regions.count(inked) > Regions.ROWS * Regions.COLUMNS / 3, "mostly blank:\n" + Regions.picture(inked));
    }

    @Test
    void aPngOfHundredsOfLayersIsDrawnSmallerNotOutOfMemory() {
        List<NetworkPicture.Column> columns = new ArrayList<>();
        List<NetworkPicture.Edge> edges = new ArrayList<>();
        for (int c = 0; c <= 1000; c++) {
            columns.add(new NetworkPicture.Column("layer " + c, List.of(new NetworkPicture.Neuron("n" + c, List.of())),
                    Optional.empty()));
            if (c > 0) {
                edges.add(new NetworkPicture.Edge(c, 0, 0, "w" + c, 0.5, "0.5"));
            }
        }
        DiagramLayout layout = DiagramLayout.of(new NetworkPicture("Deep", columns, edges, Optional.empty()));
        double scale = PngDiagram.scale(layout);
        assertTrue(scale < 1, "scale " + scale);
        assertTrue(layout.width() * layout.height() * scale * scale <= PngDiagram.MAX_PIXELS);
        assertEquals(2.0, PngDiagram.scale(DiagramLayout.of(new NetworkPicture("Small", columns.subList(0, 3),
                edges.subList(0, 2), Optional.empty()))));
    }

    @Test
    void drawsTrainedWeightsFromAWeightsFile() throws Exception {
        Path weights = dir.resolve("w.json");
        Cli train = Cli.run("train", "../samples/mazur.nn", "--epochs", "3", "--save", weights.toString());
        assertEquals(0, train.exit(), train.err());
        Path svg = dir.resolve("trained.svg");
        Cli run = Cli.run("draw", "../samples/mazur.nn", "--weights", weights.toString(), "-o", svg.toString());
        assertEquals(0, run.exit(), run.err());
        String text = Files.readString(svg);
        assertFalse(text.contains("w5 = 0.4<"), "the initial w5 drawn instead of the trained one");
        assertTrue(text.contains("b1 = 0.35<"), "the frozen bias keeps its value");
        assertFalse(text.contains("→"), "no worked step with trained weights");
    }

    @Test
    void aNetworkWithoutDataIsDrawnWithItsWeights() throws Exception {
        Path svg = dir.resolve("net.svg");
        Cli run = Cli.run("draw", "../benchmarks/src/main/nn/net_2_2_2.nn", "-o", svg.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(Files.readString(svg).contains("w1 = "), Files.readString(svg));
    }

    @Test
    void anOutputThatIsNeitherSvgNorPngIsAUsageError() {
        Cli run = Cli.run("draw", "../samples/mazur.nn", "-o", dir.resolve("net.pdf").toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("name the output NET.svg or NET.png"), run.err());
        assertFalse(Files.exists(dir.resolve("net.pdf")));
    }

    @Test
    void epochsNeedHtml() {
        Cli run = Cli.run("explain", "../samples/mazur.nn", "--epochs", "3");
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("--epochs needs --html"), run.err());
    }
}
