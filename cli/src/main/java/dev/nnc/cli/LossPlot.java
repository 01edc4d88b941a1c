package dev.nnc.cli;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.DoubleStream;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The loss per epoch of one or more training runs, drawn with XChart as PNG or SVG: one solid line
 * per run for the training loss, and a dashed one for the test loss (of the run's colour when there
 * are several runs).
 */
final class LossPlot {
    static {
        // nnc draws into files, never on a screen: no display needed, none touched
        System.setProperty("java.awt.headless", "true");
    }

    /** matplotlib's default colours, which people know from the tutorials' plots. */
    private static final Color[] PALETTE = {new Color(0x1f77b4), new Color(0xff7f0e), new Color(0x2ca02c),
        new Color(0xd62728), new Color(0x9467bd), new Color(0x8c564b), new Color(0xe377c2), new Color(0x7f7f7f),
        new Color(0xbcbd22), new Color(0x17becf)};
    private static final float[] DASHES = {8f, 5f};

    /**
     * One run's curves: the training loss per epoch and, when there was test data (else null), the test
     * loss; and the loss before training, the yardstick of a sensible scale.
     */
    record Curves(String label, double initialLoss, double[] training, double[] test) {
        DoubleStream losses() {
            return DoubleStream.concat(Arrays.stream(training), test == null ? DoubleStream.empty() : Arrays.stream(test))
                    .filter(Double::isFinite);
        }
    }

    /** The file formats, by file name extension. */
    enum Format {
        PNG, SVG;

        /** The format {@code file}'s name asks for, or null. */
        static Format of(Path file) {
            String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
            return name.endsWith(".png") ? PNG : name.endsWith(".svg") ? SVG : null;
        }
    }

    private LossPlot() {
    }

    /** {@code runs} drawn as the bytes of {@code file}, a PNG or SVG by its extension. */
    static byte[] draw(Path file, String title, String lossName, List<Curves> runs) throws IOException {
        XYChart chart = chart(title, lossName, runs);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        if (Format.of(file) == Format.SVG) {
            VectorGraphicsEncoder.saveVectorGraphic(chart, bytes, VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
        } else {
            BitmapEncoder.saveBitmap(chart, bytes, BitmapEncoder.BitmapFormat.PNG);
        }
        return bytes.toByteArray();
    }

    static XYChart chart(String title, String lossName, List<Curves> runs) {
        XYChart chart = new XYChartBuilder().width(900).height(560).title(title).xAxisTitle("epoch")
                .yAxisTitle("mean loss per sample (" + lossName + ")").build();
        XYStyler styler = chart.getStyler();
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotBackgroundColor(Color.WHITE);
        styler.setPlotGridLinesColor(new Color(0xdddddd));
        styler.setChartTitleBoxVisible(false);
        styler.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
        styler.setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        styler.setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        styler.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        long series = runs.size() + runs.stream().filter(r -> r.test() != null).count();
        // a long legend inside the plot would hide the curves it names
        styler.setLegendPosition(series > 6 ? Styler.LegendPosition.OutsideE : Styler.LegendPosition.InsideNE);
        styler.setLegendBorderColor(new Color(0xbbbbbb));
        styler.setYAxisMin(0.0);
        styler.setYAxisMax(top(runs));
        styler.setXAxisMin(0.0);
        // Half an epoch of room on the right also stops XChart from putting ticks only at data points
        // (it does for equally spaced x values), so the epoch axis gets round ticks: 0, 20, 40...
        styler.setXAxisMax(runs.stream().mapToInt(r -> r.training().length).max().orElse(0) + 0.5);
        styler.setXAxisDecimalPattern("#");
        styler.setYAxisDecimalPattern(top(runs) < 1e-3 ? "0.0##E0" : "0.0####");
        for (int r = 0; r < runs.size(); r++) {
            Curves run = runs.get(r);
            Color color = PALETTE[r % PALETTE.length];
            if (run.training().length == 0) {
                continue; // diverged in its first epoch: nothing to draw, and XChart refuses empty series
            }
            add(chart, run.label(), run.training(), color, new BasicStroke(2.2f));
            if (run.test() != null) {
                String name = runs.size() == 1 ? "test loss" : run.label() + ", test";
                Color testColor = runs.size() == 1 ? PALETTE[1] : color;
                add(chart, name, run.test(), testColor, new BasicStroke(2.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND,
                        10f, DASHES, 0f));
            }
        }
        return chart;
    }

    private static void add(XYChart chart, String name, double[] losses, Color color, BasicStroke stroke) {
        double[] epochs = new double[losses.length];
        for (int e = 0; e < losses.length; e++) {
            epochs[e] = e + 1;
        }
        XYSeries series = chart.addSeries(name, epochs, losses);
        series.setMarker(SeriesMarkers.NONE);
        series.setLineColor(color);
        series.setLineStyle(stroke);
    }

    /**
     * The top of the loss axis: the largest loss of the tame runs, those that never rose above three times
     * their initial loss. A run that blew up then leaves the chart at the top instead of flattening every
     * other curve; when no run is tame, everything is drawn.
     */
    static double top(List<Curves> runs) {
        double tame = runs.stream().filter(r -> !(r.losses().max().orElse(0) > 3 * r.initialLoss()))
                .flatMapToDouble(Curves::losses).max().orElse(Double.NaN);
        double all = runs.stream().flatMapToDouble(Curves::losses).max().orElse(1);
        double top = Double.isNaN(tame) ? all : tame;
        return top > 0 ? 1.05 * top : 1;
    }

}
