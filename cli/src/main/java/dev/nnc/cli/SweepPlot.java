package dev.nnc.cli;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import javax.imageio.ImageIO;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * {@code nnc sweep --plot}: one panel per setting of the grid, side by side in one PNG: the metric
 * (validation accuracy, or loss) against the setting's values, each point the best row with that value.
 * Settings that span more than two decades (rates, weight decays) get a logarithmic axis.
 */
final class SweepPlot {
    private static final int WIDTH = 460;
    private static final int HEIGHT = 380;

    private SweepPlot() {
    }

    static byte[] draw(SweepTable table) throws IOException {
        List<XYChart> charts = new ArrayList<>();
        for (String setting : table.settings()) {
            charts.add(chart(table, setting));
        }
        int panels = Math.max(1, charts.size());
        BufferedImage image = new BufferedImage(WIDTH * panels, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        for (int i = 0; i < charts.size(); i++) {
            Graphics2D panel = (Graphics2D) g.create(i * WIDTH, 0, WIDTH, HEIGHT);
            charts.get(i).paint(panel, WIDTH, HEIGHT);
            panel.dispose();
        }
        if (charts.isEmpty()) {
            g.setColor(Color.DARK_GRAY);
            g.drawString("a grid of no settings: nothing to plot", 20, HEIGHT / 2);
        }
        g.dispose();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "png", bytes);
        return bytes.toByteArray();
    }

    /** The best metric at each value of {@code setting}. */
    private static XYChart chart(SweepTable table, String setting) {
        TreeMap<Double, Double> best = new TreeMap<>();
        for (SweepTable.Row row : table.rows()) {
            if (row.hasDiverged()) {
                continue;
            }
            double x = Double.parseDouble(row.settings().get(setting));
            double y = table.classification() ? 100 * row.accuracy() : row.loss();
            // rows come best first: the first row with a value is its best
            best.putIfAbsent(x, y);
        }
        String metric = table.classification() ? "validation accuracy (%)" : "validation loss";
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(table.network() + ": " + setting)
                .xAxisTitle(setting).yAxisTitle(metric).build();
        var styler = chart.getStyler();
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotBackgroundColor(Color.WHITE);
        styler.setPlotGridLinesColor(new Color(0xdddddd));
        styler.setChartTitleBoxVisible(false);
        styler.setLegendVisible(false);
        styler.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        styler.setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        styler.setYAxisDecimalPattern(table.classification() ? "0.##" : "0.####E0");
        if (best.isEmpty()) {
            return chart;
        }
        double low = best.firstKey();
        double high = best.lastKey();
        boolean logarithmic = low > 0 && high / low > 100;
        styler.setXAxisLogarithmic(logarithmic);
        styler.setXAxisDecimalPattern(logarithmic ? "0.###E0" : "0.####");
        if (low == high) {
            styler.setXAxisMin(low - 1);
            styler.setXAxisMax(high + 1);
        }
        XYSeries series = chart.addSeries(String.format(Locale.ROOT, "best %s", table.metric()),
                new ArrayList<>(best.keySet()), new ArrayList<>(best.values()));
        series.setMarker(SeriesMarkers.CIRCLE);
        series.setLineColor(new Color(0x1f77b4));
        series.setMarkerColor(new Color(0x1f77b4));
        return chart;
    }
}
