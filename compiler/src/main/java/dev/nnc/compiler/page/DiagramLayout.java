package dev.nnc.compiler.page;

import dev.nnc.compiler.explain.NetworkPicture;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where everything of a {@link NetworkPicture} goes: neurons in columns, edges, their labels. The
 * one layout that both the SVG and the PNG writer draw. A small network is drawn whole, every edge
 * labelled with its weight as the tutorials do; a larger one shows at most {@link #SHOWN} neurons
 * of a column (the first ones, a gap, the last ones), draws the edges between the neurons shown with
 * a width that grows with the weight's size, labels none, and says under each pair of columns how
 * many weights there are and how many are drawn.
 */
public record DiagramLayout(double width, double height, List<Shape> shapes, String title, String description) {
    /** The most neurons of one column drawn. */
    public static final int SHOWN = 10;
    /** Edges are labelled with their weights up to this many weights. */
    public static final int LABELLED = 24;
    private static final double MARGIN = 90;
    private static final double TOP = 64;
    private static final double LINE = 14;

    public DiagramLayout {
        shapes = List.copyOf(shapes);
    }

    public static DiagramLayout of(NetworkPicture picture) {
        return new Builder(picture).build();
    }

    private static final class Builder {
        private final NetworkPicture picture;
        private final boolean labelled;
        private final boolean detailed;
        private final double radius;
        private final double rowGap;
        private final double columnGap;
        private final int rows;
        private final List<Shape> edges = new ArrayList<>();
        private final List<Shape> nodes = new ArrayList<>();
        private final List<Shape> labels = new ArrayList<>();
        /** Per column, the neurons drawn and their centre's y. */
        private final List<Map<Integer, Double>> drawn = new ArrayList<>();

        Builder(NetworkPicture picture) {
            this.picture = picture;
            this.labelled = picture.weightCount() <= LABELLED;
            this.detailed = picture.columns().stream().allMatch(c -> c.neurons().size() <= SHOWN);
            int lines = picture.columns().stream().flatMap(c -> c.neurons().stream())
                    .mapToInt(n -> visible(n, labelled).size()).max().orElse(0);
            this.radius = detailed ? 22 : 13;
            this.rowGap = detailed ? Math.max(labelled ? 140 : 70, 2 * radius + 22 + LINE * lines) : 40;
            this.columnGap = labelled ? 300 : 230;
            this.rows = picture.columns().stream().mapToInt(c -> Math.min(c.neurons().size(), SHOWN + 1)).max()
                    .orElse(1);
        }

        DiagramLayout build() {
            double body = rows * rowGap;
            for (int c = 0; c < picture.columns().size(); c++) {
                column(c, body);
            }
            for (NetworkPicture.Edge e : picture.edges()) {
                edge(e);
            }
            double biasY = TOP + body + (detailed ? 10 : 30);
            boolean anyBias = false;
            for (int c = 1; c < picture.columns().size(); c++) {
                Optional<NetworkPicture.Bias> bias = picture.columns().get(c).bias();
                if (bias.isPresent()) {
                    bias(c, bias.get(), biasY);
                    anyBias = true;
                }
            }
            double bottom = biasY + (anyBias ? 60 : 0);
            bottom = pairNotes(bottom);
            if (picture.loss().isPresent()) {
                labels.add(new Shape.Label(MARGIN - 40, bottom + 16, picture.loss().get(), Shape.Anchor.START, 14,
                        Shape.Style.TITLE, false));
                bottom += 30;
            }
            double width = 2 * MARGIN + (picture.columns().size() - 1) * columnGap + 40;
            List<Shape> all = new ArrayList<>(edges);
            all.addAll(nodes);
            all.addAll(labels);
            return new DiagramLayout(width, bottom + 10, all, "The network " + picture.name(), Description.of(picture));
        }

        private double x(int column) {
            return MARGIN + column * columnGap;
        }

        private void column(int c, double body) {
            NetworkPicture.Column column = picture.columns().get(c);
            int n = column.neurons().size();
            List<Integer> shown = shown(n);
            boolean gap = shown.size() < n;
            int slots = shown.size() + (gap ? 1 : 0);
            double top = TOP + (body - slots * rowGap) / 2 + rowGap / 2 - (detailed ? LINE * 1.5 : 0);
            Map<Integer, Double> ys = new LinkedHashMap<>();
            int slot = 0;
            for (int j : shown) {
                if (gap && j == shown.get(SHOWN - 2)) {
                    labels.add(new Shape.Label(x(c), top + slot * rowGap + 5, "⋮ " + (n - shown.size()) + " more",
                            Shape.Anchor.MIDDLE, 12, Shape.Style.NOTE, true));
                    slot++;
                }
                double y = top + slot++ * rowGap;
                ys.put(j, y);
                neuron(c, column.neurons().get(j), x(c), y);
            }
            drawn.add(ys);
            labels.add(new Shape.Label(x(c), 26, column.title(), Shape.Anchor.MIDDLE, 13, Shape.Style.TITLE, false));
            labels.add(new Shape.Label(x(c), 44, n + (n == 1 ? " neuron" : " neurons"), Shape.Anchor.MIDDLE, 11,
                    Shape.Style.NOTE, false));
        }

        /** The neurons of a column of {@code n} drawn: all, or the first ones and the last two. */
        private static List<Integer> shown(int n) {
            List<Integer> shown = new ArrayList<>();
            for (int j = 0; j < n; j++) {
                if (n <= SHOWN || j < SHOWN - 2 || j >= n - 2) {
                    shown.add(j);
                }
            }
            return shown;
        }

        private void neuron(int c, NetworkPicture.Neuron neuron, double x, double y) {
            Shape.Style style = c == 0 ? Shape.Style.INPUT
                    : c == picture.columns().size() - 1 ? Shape.Style.OUTPUT : Shape.Style.HIDDEN;
            String tooltip = neuron.name() + (neuron.values().isEmpty() ? "" : ": " + String.join(", ", neuron.values()));
            nodes.add(new Shape.Circle(x, y, radius, style, tooltip));
            labels.add(new Shape.Label(x, y + (detailed ? 5 : 4), neuron.name(), Shape.Anchor.MIDDLE, detailed ? 14 : 10,
                    Shape.Style.NAME, false));
            if (detailed) {
                List<String> values = visible(neuron, labelled);
                for (int k = 0; k < values.size(); k++) {
                    labels.add(new Shape.Label(x, y + radius + 14 + k * LINE, values.get(k), Shape.Anchor.MIDDLE,
                            11, Shape.Style.VALUE, true));
                }
            }
        }

        private void edge(NetworkPicture.Edge e) {
            Double y1 = drawn.get(e.column() - 1).get(e.from());
            Double y2 = drawn.get(e.column()).get(e.to());
            if (y1 == null || y2 == null) {
                return;
            }
            double x1 = x(e.column() - 1) + radius;
            double x2 = x(e.column()) - radius;
            double largest = picture.edges().stream().filter(o -> o.column() == e.column())
                    .mapToDouble(o -> Math.abs(o.value())).max().orElse(1);
            double width = labelled ? 1.6 : 0.4 + 2.6 * (largest == 0 ? 0 : Math.abs(e.value()) / largest);
            edges.add(new Shape.Line(x1, y1, x2, y2, width, e.value() < 0 ? Shape.Style.EDGE_NEGATIVE
                    : Shape.Style.EDGE_POSITIVE, false, e.name() + " = " + e.text()));
            if (labelled) {
                double t = 0.3;
                double lx = x1 + t * (x2 - x1);
                double ly = y1 + t * (y2 - y1);
                labels.add(new Shape.Label(lx, ly - 3, e.name() + " = " + first(e.text()), Shape.Anchor.MIDDLE, 12,
                        Shape.Style.WEIGHT, true));
                rest(e.text()).ifPresent(after -> labels.add(new Shape.Label(lx, ly + 11, after, Shape.Anchor.MIDDLE, 11,
                        Shape.Style.VALUE, true)));
            }
        }

        /**
         * The values written under a neuron: all of them in a small network; in a larger one only its output and
         * delta (or an input's value), the rest being in the tooltip.
         */
        private static List<String> visible(NetworkPicture.Neuron neuron, boolean labelled) {
            if (labelled || neuron.values().size() <= 1) {
                return neuron.values();
            }
            return neuron.values().stream().filter(v -> v.startsWith("out ") || v.startsWith("δ ")).toList();
        }

        /** {@code 0.4} of {@code 0.4 → 0.35891648}. */
        private static String first(String text) {
            int arrow = text.indexOf(" → ");
            return arrow < 0 ? text : text.substring(0, arrow);
        }

        private static Optional<String> rest(String text) {
            int arrow = text.indexOf(" → ");
            return arrow < 0 ? Optional.empty() : Optional.of(text.substring(arrow + 1));
        }

        private void bias(int c, NetworkPicture.Bias bias, double y) {
            double x = x(c - 1);
            double r = detailed ? 16 : 10;
            nodes.add(new Shape.Circle(x, y, r, Shape.Style.BIAS, bias.name() + " = " + bias.value()));
            labels.add(new Shape.Label(x, y + 4, "b", Shape.Anchor.MIDDLE, 12, Shape.Style.NAME, false));
            labels.add(new Shape.Label(x, y + r + 14, bias.name() + " = " + bias.value(), Shape.Anchor.MIDDLE, 11,
                    Shape.Style.VALUE, true));
            if (labelled) {
                for (double ty : drawn.get(c).values()) {
                    edges.add(new Shape.Line(x + r, y, x(c) - radius, ty, 1, Shape.Style.EDGE_BIAS, true,
                            bias.name() + " into " + picture.columns().get(c).title()));
                }
            }
        }

        /** Under each pair of columns whose edges are not all drawn: how many weights, how many drawn. */
        private double pairNotes(double bottom) {
            boolean any = false;
            for (int c = 1; c < picture.columns().size(); c++) {
                int total = picture.columns().get(c - 1).neurons().size() * picture.columns().get(c).neurons().size();
                int shown = drawn.get(c - 1).size() * drawn.get(c).size();
                if (shown < total) {
                    labels.add(new Shape.Label((x(c - 1) + x(c)) / 2, bottom + 14, total + " weights, " + shown
                            + " drawn", Shape.Anchor.MIDDLE, 11, Shape.Style.NOTE, true));
                    any = true;
                }
            }
            if (!labelled) {
                labels.add(new Shape.Label(MARGIN - 40, bottom + (any ? 32 : 14),
                        "Edge width grows with the weight's size; blue positive, red negative.", Shape.Anchor.START, 11,
                        Shape.Style.NOTE, false));
                return bottom + (any ? 40 : 22);
            }
            return bottom;
        }
    }
}
