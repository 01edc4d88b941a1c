package org.knowm.xchart.internal.chartpart;

import java.util.List;
import java.util.Objects;

/**
 * The tick labels XChart wrote on a painted chart's loss axis. XChart draws text as outlines (in PNG
 * and SVG alike), so the labels are read where XChart keeps them, in a package-private part of its
 * chart: this class lives in that package for the tests only.
 */
public final class TickLabels {
    private TickLabels() {
    }

    /** The y axis's labels, bottom to top, without the unlabelled ticks of a log axis. */
    public static List<String> y(Chart<?, ?> painted) {
        List<String> labels = painted.getYAxis().getAxisTickCalculator().getTickLabels();
        return labels.stream().filter(Objects::nonNull).toList();
    }
}
