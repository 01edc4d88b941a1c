package dev.nnc.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.TickLabels;

/** The loss plot's axis (linear or logarithmic), its validation curve and its best epoch's marker. */
class LossPlotTest {
    private static LossPlot.Curves training(double... losses) {
        return new LossPlot.Curves("training loss", losses[0], losses, null);
    }

    private static LossPlot.Curves validated(int best) {
        return new LossPlot.Curves("training loss", 0.7, new double[] {0.6, 0.4, 0.3, 0.25, 0.22},
                new double[] {0.65, 0.5, 0.45, 0.47, 0.5}, new double[] {0.62, 0.48, 0.41, 0.43, 0.46}, OptionalInt.of(best));
    }

    private static XYChart painted(List<LossPlot.Curves> runs, boolean logarithmic) {
        XYChart chart = LossPlot.chart("t", "mse", runs, logarithmic);
        BufferedImage image = new BufferedImage(900, 560, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        chart.paint(g, 900, 560);
        g.dispose();
        return chart;
    }

    @Test
    void theAxisTurnsLogarithmicByItselfBeyondThreeDecades() {
        LossPlot.Range below = LossPlot.range(List.of(training(1.0, 0.5, 0.0011)));
        assertEquals(0.0011, below.min(), 0.0);
        assertEquals(1.0, below.max(), 0.0);
        assertFalse(below.spansDecades(), "1/0.0011 = 909");
        assertFalse(below.logarithmic(false));
        assertTrue(below.logarithmic(true), "asked for, a log axis needs no span");
        LossPlot.Range above = LossPlot.range(List.of(training(1.0, 0.5, 0.0009)));
        assertTrue(above.spansDecades(), "1/0.0009 = 1111");
        assertTrue(above.logarithmic(false));
        LossPlot.Range exactly = new LossPlot.Range(0.002, 2.0);
        assertFalse(exactly.spansDecades(), "three decades exactly are not more than three");
    }

    @Test
    void aLossOfZeroOrLessKeepsTheAxisLinearEvenWhenAsked() {
        LossPlot.Range zero = LossPlot.range(List.of(training(1e6, 1.0, 0.0)));
        assertFalse(zero.positive());
        assertFalse(zero.spansDecades());
        assertFalse(zero.logarithmic(true));
        LossPlot.Range negative = LossPlot.range(List.of(new LossPlot.Curves("r", 5, new double[] {5, 1},
                null, new double[] {2, -0.5}, OptionalInt.empty())));
        assertEquals(-0.5, negative.min(), 0.0, "a validation loss counts too");
        assertFalse(negative.logarithmic(true));
    }

    @Test
    void aBlownUpRunDoesNotMakeTheAxisLogarithmic() {
        LossPlot.Curves calm = new LossPlot.Curves("a", 1.6, new double[] {1.5, 1.0, 0.5}, null);
        LossPlot.Curves wild = new LossPlot.Curves("b", 1.6, new double[] {1.6, 49, 1e10}, null);
        LossPlot.Range range = LossPlot.range(List.of(calm, wild));
        assertEquals(1.5, range.max(), 0.0, "the wild run leaves the chart at the top, as on a linear axis");
        assertFalse(range.spansDecades());
    }

    @Test
    void aLogAxisIsLabelledAtEveryPowerOfTen() {
        XYChart chart = painted(List.of(training(0.5, 0.05, 0.004, 0.0021)), true);
        assertEquals(List.of("0.001", "0.01", "0.1", "1"), TickLabels.y(chart));
        assertEquals(0.001, chart.getStyler().getYAxisMin(), 1e-18);
        assertEquals(1.0, chart.getStyler().getYAxisMax(), 0.0);
        assertTrue(chart.getYAxisTitle().endsWith(", log scale"), chart.getYAxisTitle());
        // a decade is the same height wherever it is
        double decade = chart.getScreenYFromChart(0.01) - chart.getScreenYFromChart(0.1);
        assertEquals(decade, chart.getScreenYFromChart(0.1) - chart.getScreenYFromChart(1), 1.0);
        assertTrue(decade > 100, "three decades share the plot's height: " + decade);

        XYChart wide = painted(List.of(training(20, 3, 0.2, 2e-5)), true);
        assertEquals(List.of("1E-5", "1E-4", "0.001", "0.01", "0.1", "1", "10", "100"), TickLabels.y(wide));

        XYChart within = painted(List.of(training(0.8, 0.5, 0.3)), true);
        assertEquals(List.of("0.1", "1"), TickLabels.y(within), "at least the decades around the losses");

        XYChart linear = painted(List.of(training(0.8, 0.5, 0.3)), false);
        assertFalse(linear.getYAxisTitle().contains("log"), linear.getYAxisTitle());
        assertEquals(0.0, linear.getStyler().getYAxisMin(), 0.0);
    }

    @Test
    void theValidationCurveAndTheBestEpochAreSeriesOfTheirOwn() {
        XYChart chart = LossPlot.chart("t", "mse", List.of(validated(3)), false);
        assertEquals(List.of("training loss", "test loss", "validation loss", "best epoch 3"),
                List.copyOf(chart.getSeriesMap().keySet()));
        XYSeries validation = chart.getSeriesMap().get("validation loss");
        assertArrayEquals(new double[] {0.62, 0.48, 0.41, 0.43, 0.46}, validation.getYData(), 0.0);
        assertArrayEquals(new double[] {1, 2, 3, 4, 5}, validation.getXData(), 0.0);
        XYSeries marker = chart.getSeriesMap().get("best epoch 3");
        assertArrayEquals(new double[] {3, 3}, marker.getXData(), 0.0, "a vertical line at epoch 3");
        assertArrayEquals(new double[] {0, LossPlot.top(List.of(validated(3)))}, marker.getYData(), 0.0,
                "from the bottom of the axis to its top");

        XYChart study = LossPlot.chart("t", "mse", List.of(validated(3),
                new LossPlot.Curves("rate 2", 0.7, new double[] {0.6, 0.5}, null, new double[] {0.6, 0.55},
                        OptionalInt.of(2))), true);
        assertTrue(study.getSeriesMap().containsKey("rate 2, validation"), study.getSeriesMap().keySet().toString());
        assertTrue(study.getSeriesMap().containsKey("rate 2: best epoch 2"), study.getSeriesMap().keySet().toString());
        assertArrayEquals(new double[] {0.1, 1}, study.getSeriesMap().get("rate 2: best epoch 2").getYData(), 1e-15,
                "on a log axis, from decade to decade");
    }

    @Test
    void theSvgDrawsTheValidationCurveDottedAndTheMarkerAsAVerticalDashedLine() throws Exception {
        String svg = new String(LossPlot.draw(Path.of("loss.svg"), "t", "mse", List.of(validated(3)), false),
                StandardCharsets.UTF_8);
        assertTrue(svg.trim().endsWith("</svg>"));
        // the validation loss: green, dotted, one segment between each two epochs (and one in the legend)
        List<double[]> validation = lines(svg, "rgb(44,160,44)", "2.2", "2,4");
        assertEquals(4 + 1, validation.size());
        double epoch3 = validation.get(1)[1];
        assertEquals(epoch3, validation.get(2)[0], 0.0, "segments meet at epoch 3");
        // the marker: gray, dashed, vertical at epoch 3 over the plot's height (and a short line in the legend)
        List<double[]> marker = lines(svg, "rgb(85,85,85)", "1.2", "4,4");
        assertEquals(2, marker.size());
        double[] vertical = marker.get(0);
        assertEquals(epoch3, vertical[0], 0.0);
        assertEquals(epoch3, vertical[1], 0.0);
        assertTrue(vertical[2] - vertical[3] > 400, "from the bottom of the plot to its top: " + vertical[2] + " to "
                + vertical[3]);
        double[] legend = marker.get(1);
        assertEquals(legend[2], legend[3], 0.0, "horizontal in the legend");
    }

    /** The {@code <line>} elements of {@code svg} of that colour, width and dashes, as {x1, x2, y1, y2}. */
    private static List<double[]> lines(String svg, String color, String width, String dashes) {
        String style = Pattern.quote("stroke:" + color + ";stroke-width:" + width + ";") + "[^\"]*"
                + Pattern.quote("stroke-dasharray:" + dashes + ";");
        Matcher line = Pattern.compile("<line style=\"fill:none;(" + style + ")\" x1=\"([-0-9.]+)\" x2=\"([-0-9.]+)\" "
                + "y1=\"([-0-9.]+)\" y2=\"([-0-9.]+)\"/>").matcher(svg);
        List<double[]> found = new ArrayList<>();
        while (line.find()) {
            found.add(new double[] {Double.parseDouble(line.group(2)), Double.parseDouble(line.group(3)),
                Double.parseDouble(line.group(4)), Double.parseDouble(line.group(5))});
        }
        return found;
    }

    @Test
    void thePngShowsTheMarkerAtTheBestEpoch() throws Exception {
        List<LossPlot.Curves> runs = List.of(validated(4));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(LossPlot.draw(Path.of("loss.png"), "t", "mse", runs, true)));
        assertEquals(900, image.getWidth());
        XYChart chart = painted(runs, true);
        int x = (int) Math.round(chart.getScreenXFromChart(4));
        int gray = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int dx = -1; dx <= 1; dx++) {
                if ((image.getRGB(x + dx, y) & 0xffffff) == 0x555555) {
                    gray++;
                }
            }
        }
        assertTrue(gray > 100, "the marker's gray at epoch 4's column: " + gray + " pixels");
    }
}
