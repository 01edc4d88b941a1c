package dev.nnc.compiler.page;

import java.util.ArrayList;
import java.util.List;

/** Two small SVG line charts of a {@link TrainingHistory}: the loss per epoch, and the chosen weights. */
final class HistoryChart {
    private static final double W = 560;
    private static final double H = 220;
    private static final double LEFT = 70;
    private static final double RIGHT = 20;
    private static final double TOP = 30;
    private static final double BOTTOM = 40;
    /** The most points a line has; a longer run is drawn every so many epochs, with its last. */
    static final int POINTS = 400;
    private static final String[] COLOURS = {"var(--pos)", "var(--neg)", "var(--bias)", "#bf8700", "#1a7f37", "#6e7781"};

    private HistoryChart() {
    }

    static String loss(TrainingHistory h) {
        List<Double> xs = new ArrayList<>();
        for (int e = 1; e <= h.epochs(); e++) {
            xs.add((double) e);
        }
        return chart("loss-chart", "Training loss per epoch", "The mean training loss falls from "
                + Numbers.text(h.loss().get(0)) + " after epoch 1 to " + Numbers.text(h.loss().get(h.epochs() - 1))
                + " after epoch " + h.epochs() + ".", xs, List.of(h.loss()), List.of("loss"), 1);
    }

    static String weights(TrainingHistory h) {
        List<Double> xs = new ArrayList<>();
        for (int e = 0; e <= h.epochs(); e++) {
            xs.add((double) e);
        }
        List<List<Double>> series = new ArrayList<>();
        for (int k = 0; k < h.weightNames().size(); k++) {
            List<Double> s = new ArrayList<>();
            for (List<Double> epoch : h.weights()) {
                s.add(epoch.get(k));
            }
            series.add(s);
        }
        List<String> alt = new ArrayList<>();
        for (int k = 0; k < series.size(); k++) {
            alt.add(h.weightNames().get(k) + " from " + Numbers.text(series.get(k).get(0)) + " to "
                    + Numbers.text(series.get(k).get(h.epochs())));
        }
        return chart("weights-chart", "Chosen weights per epoch", "Weights before training and after each epoch: "
                + String.join("; ", alt) + ".", xs, series, h.weightNames(), 0);
    }

    private static String chart(String id, String title, String desc, List<Double> xs, List<List<Double>> series,
                                List<String> names, int firstX) {
        double lo = series.stream().flatMap(List::stream).mapToDouble(Double::doubleValue).filter(Double::isFinite)
                .min().orElse(0);
        double hi = series.stream().flatMap(List::stream).mapToDouble(Double::doubleValue).filter(Double::isFinite)
                .max().orElse(1);
        if (hi == lo) {
            hi = lo + 1;
        }
        double x0 = xs.get(0);
        double x1 = Math.max(xs.get(xs.size() - 1), x0 + 1);
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"nnc-net chart\" viewBox=\"0 0 ")
                .append(SvgDiagram.n(W)).append(' ').append(SvgDiagram.n(H)).append("\" width=\"").append(SvgDiagram.n(W))
                .append("\" height=\"").append(SvgDiagram.n(H)).append("\" role=\"img\" aria-labelledby=\"").append(id)
                .append("-title ").append(id).append("-desc\">\n<title id=\"").append(id).append("-title\">")
                .append(Html.escape(title)).append("</title>\n<desc id=\"").append(id).append("-desc\">")
                .append(Html.escape(desc)).append("</desc>\n");
        double plotW = W - LEFT - RIGHT;
        double plotH = H - TOP - BOTTOM;
        svg.append(line(LEFT, TOP + plotH, LEFT + plotW, TOP + plotH)).append(line(LEFT, TOP, LEFT, TOP + plotH));
        svg.append(text(LEFT - 6, TOP + 4, Numbers.text(hi), "end")).append(text(LEFT - 6, TOP + plotH + 4,
                Numbers.text(lo), "end"));
        svg.append(text(LEFT, TOP + plotH + 16, "epoch " + (int) x0, "start"))
                .append(text(LEFT + plotW, TOP + plotH + 16, "epoch " + (int) x1, "end"));
        for (int k = 0; k < series.size(); k++) {
            StringBuilder points = new StringBuilder();
            for (int i : sampled(xs.size())) {
                double v = series.get(k).get(i);
                if (!Double.isFinite(v)) {
                    continue;
                }
                double px = LEFT + (xs.get(i) - x0) / (x1 - x0) * plotW;
                double py = TOP + (hi - v) / (hi - lo) * plotH;
                points.append(SvgDiagram.n(px)).append(',').append(SvgDiagram.n(py)).append(' ');
            }
            String colour = COLOURS[k % COLOURS.length];
            svg.append("<polyline fill=\"none\" stroke-width=\"2\" style=\"stroke:").append(colour).append("\" points=\"")
                    .append(points.toString().trim()).append("\"><title>").append(Html.escape(names.get(k)))
                    .append("</title></polyline>\n");
            svg.append("<text x=\"").append(SvgDiagram.n(LEFT + 10 + k * 90)).append("\" y=\"18\" font-size=\"12\" style=\"fill:")
                    .append(colour).append("\">").append(Html.escape("— " + names.get(k))).append("</text>\n");
        }
        return svg.append("</svg>").toString();
    }

    /** The indexes of {@code n} points drawn: every one up to {@link #POINTS}, else every so many and the last. */
    static List<Integer> sampled(int n) {
        int every = Math.max(1, (int) Math.ceil(n / (double) POINTS));
        List<Integer> drawn = new ArrayList<>();
        for (int i = 0; i < n; i += every) {
            drawn.add(i);
        }
        if (drawn.get(drawn.size() - 1) != n - 1) {
            drawn.add(n - 1);
        }
        return drawn;
    }

    private static String line(double x1, double y1, double x2, double y2) {
        return "<line x1=\"" + SvgDiagram.n(x1) + "\" y1=\"" + SvgDiagram.n(y1) + "\" x2=\"" + SvgDiagram.n(x2)
                + "\" y2=\"" + SvgDiagram.n(y2) + "\" style=\"stroke:var(--soft)\"/>\n";
    }

    private static String text(double x, double y, String s, String anchor) {
        return "<text x=\"" + SvgDiagram.n(x) + "\" y=\"" + SvgDiagram.n(y) + "\" font-size=\"11\" text-anchor=\""
                + anchor + "\" class=\"NOTE\">" + Html.escape(s) + "</text>\n";
    }
}
