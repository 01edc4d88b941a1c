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
import java.util.Objects;
import java.util.OptionalInt;
import java.util.stream.DoubleStream;
import java.util.stream.Stream;
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
 * per run for the training loss, a dashed one for the test loss and a dotted one for the validation
 * loss (of the run's colour when there are several runs), and a thin vertical line at the epoch whose
 * parameters early stopping kept. The loss axis is linear, or logarithmic with a label at every decade
 * when asked or when the losses span more than three decades, provided every loss is positive.
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
    private static final float[] DOTS = {2f, 4f};
    private static final float[] MARKER_DASHES = {4f, 4f};
    private static final Color MARKER = new Color(0x555555);
    /** Losses whose largest is more than this many times the smallest are drawn on a log axis unasked. */
    static final double AUTOMATIC_LOG_SPAN = 1000;

    /**
     * One run's curves: the training loss per epoch and, when there was test data (else null), the test
     * loss, and when there was validation data (else null), the validation loss; the epoch whose
     * parameters were kept (from 1), when early stopping chose one; and the loss before training, the
     * yardstick of a sensible scale. After a long run the curves have the loss of every {@code every}th
     * epoch: entry {@code i} is epoch {@code 1 + i·every}.
     */
    record Curves(String label, double initialLoss, double[] training, double[] test, double[] validation,
                  OptionalInt bestEpoch, int every) {
        /** Curves with every epoch's loss. */
        Curves(String label, double initialLoss, double[] training, double[] test, double[] validation,
               OptionalInt bestEpoch) {
            this(label, initialLoss, training, test, validation, bestEpoch, 1);
        }

        /** A run without validation data. */
        Curves(String label, double initialLoss, double[] training, double[] test) {
            this(label, initialLoss, training, test, null, OptionalInt.empty());
        }

        /** The last epoch drawn. */
        int lastEpoch() {
            return training.length == 0 ? 0 : 1 + (training.length - 1) * every;
        }

        DoubleStream losses() {
            return Stream.of(training, test, validation).filter(Objects::nonNull).flatMapToDouble(Arrays::stream)
                    .filter(Double::isFinite);
        }
    }

    /**
     * The losses the loss axis shows: from the smallest of all to the largest of the tame runs (see
     * {@link #top}).
     */
    record Range(double min, double max) {
        /** Whether a logarithmic axis can show every loss: none is zero or negative. */
        boolean positive() {
            return min > 0;
        }

        /** Whether the losses span more than three decades, all positive: then the axis is logarithmic unasked. */
        boolean spansDecades() {
            return positive() && max / min > AUTOMATIC_LOG_SPAN;
        }

        /** Whether the axis is logarithmic, {@code asked} for or not: never when some loss is not positive. */
        boolean logarithmic(boolean asked) {
            return positive() && (asked || spansDecades());
        }

        /** The log axis's bottom: the power of ten at or below the smallest loss. */
        double bottomDecade() {
            return Math.pow(10, Math.floor(Math.log10(min)));
        }

        /** The log axis's top: the power of ten at or above the largest loss, at least a decade above the bottom. */
        double topDecade() {
            double top = Math.pow(10, Math.ceil(Math.log10(max)));
            return top > bottomDecade() ? top : 10 * bottomDecade();
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

    /**
     * {@code runs} drawn as the bytes of {@code file}, a PNG or SVG by its extension, on a logarithmic
     * loss axis when {@code logarithmic} (then every loss must be positive: see {@link Range#logarithmic}).
     */
    static byte[] draw(Path file, String title, String lossName, List<Curves> runs, boolean logarithmic)
            throws IOException {
        XYChart chart = chart(title, lossName, runs, logarithmic);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        if (Format.of(file) == Format.SVG) {
            VectorGraphicsEncoder.saveVectorGraphic(chart, bytes, VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
        } else {
            BitmapEncoder.saveBitmap(chart, bytes, BitmapEncoder.BitmapFormat.PNG);
        }
        return bytes.toByteArray();
    }

    static XYChart chart(String title, String lossName, List<Curves> runs, boolean logarithmic) {
        XYChart chart = new XYChartBuilder().width(900).height(560).title(title).xAxisTitle("epoch")
                .yAxisTitle("mean loss per sample (" + lossName + ")" + (logarithmic ? ", log scale" : "")).build();
        XYStyler styler = chart.getStyler();
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotBackgroundColor(Color.WHITE);
        styler.setPlotGridLinesColor(new Color(0xdddddd));
        styler.setChartTitleBoxVisible(false);
        styler.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
        styler.setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        styler.setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        styler.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        long series = runs.stream().mapToLong(r -> 1 + (r.test() == null ? 0 : 1) + (r.validation() == null ? 0 : 1)
                + (r.bestEpoch().isPresent() ? 1 : 0)).sum();
        // a long legend inside the plot would hide the curves it names
        styler.setLegendPosition(series > 6 ? Styler.LegendPosition.OutsideE : Styler.LegendPosition.InsideNE);
        styler.setLegendBorderColor(new Color(0xbbbbbb));
        double bottom;
        double top;
        if (logarithmic) {
            Range range = range(runs);
            bottom = range.bottomDecade();
            top = range.topDecade();
            styler.setYAxisLogarithmic(true);
            // a label at every power of ten (XChart writes 1E-4, 0.001 ... 1000, 1E4), a tick at each multiple
            styler.setYAxisLogarithmicDecadeOnly(true);
        } else {
            bottom = 0.0;
            top = top(runs);
            styler.setYAxisDecimalPattern(top < 1e-3 ? "0.0##E0" : "0.0####");
        }
        styler.setYAxisMin(bottom);
        styler.setYAxisMax(top);
        styler.setXAxisMin(0.0);
        // Half an epoch of room on the right also stops XChart from putting ticks only at data points
        // (it does for equally spaced x values), so the epoch axis gets round ticks: 0, 20, 40...
        styler.setXAxisMax(runs.stream().mapToInt(Curves::lastEpoch).max().orElse(0) + 0.5);
        styler.setXAxisDecimalPattern("#");
        for (int r = 0; r < runs.size(); r++) {
            Curves run = runs.get(r);
            Color color = PALETTE[r % PALETTE.length];
            if (run.training().length == 0) {
                continue; // diverged in its first epoch: nothing to draw, and XChart refuses empty series
            }
            boolean alone = runs.size() == 1;
            add(chart, run.label(), run.training(), run.every(), color, new BasicStroke(2.2f));
            if (run.test() != null) {
                add(chart, alone ? "test loss" : run.label() + ", test", run.test(), run.every(),
                        alone ? PALETTE[1] : color, dashed(2.2f, DASHES));
            }
            if (run.validation() != null && run.validation().length > 0) {
                add(chart, alone ? "validation loss" : run.label() + ", validation", run.validation(), run.every(),
                        alone ? PALETTE[2] : color, dashed(2.2f, DOTS));
            }
            if (run.bestEpoch().isPresent()) {
                int best = run.bestEpoch().getAsInt();
                XYSeries marker = chart.addSeries((alone ? "" : run.label() + ": ") + "best epoch " + best,
                        new double[] {best, best}, new double[] {bottom, top});
                marker.setMarker(SeriesMarkers.NONE);
                marker.setLineColor(alone ? MARKER : color);
                marker.setLineStyle(dashed(1.2f, MARKER_DASHES));
            }
        }
        return chart;
    }

    private static BasicStroke dashed(float width, float[] dashes) {
        return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, dashes, 0f);
    }

    private static void add(XYChart chart, String name, double[] losses, int every, Color color, BasicStroke stroke) {
        double[] epochs = new double[losses.length];
        for (int e = 0; e < losses.length; e++) {
            epochs[e] = 1 + (double) e * every;
        }
        XYSeries series = chart.addSeries(name, epochs, losses);
        series.setMarker(SeriesMarkers.NONE);
        series.setLineColor(color);
        series.setLineStyle(stroke);
    }

    /**
     * The top of the loss axis: a little above the largest loss of the tame runs, those that never rose
     * above three times their initial loss. A run that blew up then leaves the chart at the top instead of
     * flattening every other curve; when no run is tame, everything is drawn.
     */
    static double top(List<Curves> runs) {
        double largest = largest(runs);
        return largest > 0 ? 1.05 * largest : 1;
    }

    /** The largest loss of the tame runs (see {@link #top}), or of all runs when none is tame. */
    private static double largest(List<Curves> runs) {
        double tame = runs.stream().filter(r -> !(r.losses().max().orElse(0) > 3 * r.initialLoss()))
                .flatMapToDouble(Curves::losses).max().orElse(Double.NaN);
        double all = runs.stream().flatMapToDouble(Curves::losses).max().orElse(1);
        return Double.isNaN(tame) ? all : tame;
    }

    /** The losses the axis shows: from the smallest finite loss of any run to {@link #top}'s largest one. */
    static Range range(List<Curves> runs) {
        return new Range(runs.stream().flatMapToDouble(Curves::losses).min().orElse(1), largest(runs));
    }

}
