package dev.nnc.cli;

import java.util.List;
import java.util.Locale;

/**
 * A confusion matrix as text: a title line, then the true class down the side and the predicted
 * class across, each column as wide as its widest name or count plus one (at least four).
 */
final class ConfusionTable {
    private ConfusionTable() {
    }

    /**
     * @param names one per class, in class order
     * @param minSide the least width of the side column; names are right-aligned in it when it is
     *     wider than 0 (so numbers line up), left-aligned otherwise
     */
    static String text(int[][] counts, List<String> names, String title, int minSide) {
        int width = 4;
        int side = Math.max(minSide, 1);
        for (int c = 0; c < counts.length; c++) {
            width = Math.max(width, names.get(c).length() + 1);
            side = Math.max(side, names.get(c).length());
            for (int count : counts[c]) {
                width = Math.max(width, Integer.toString(count).length() + 1);
            }
        }
        String sideFormat = "  %" + (minSide > 0 ? "" : "-") + side + "s";
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "  %s%n", title))
                .append(String.format(Locale.ROOT, sideFormat, ""));
        for (String name : names) {
            s.append(String.format(Locale.ROOT, "%" + width + "s", name));
        }
        s.append(System.lineSeparator());
        for (int r = 0; r < counts.length; r++) {
            s.append(String.format(Locale.ROOT, sideFormat, names.get(r)));
            for (int count : counts[r]) {
                s.append(String.format(Locale.ROOT, "%" + width + "d", count));
            }
            s.append(System.lineSeparator());
        }
        return s.toString();
    }
}
