package dev.nnc.cli;

import java.awt.image.BufferedImage;

/**
 * A screenshot reduced to a grid of regions, each inked (something drawn there) or blank, for
 * comparing pages for gross changes only: fonts and anti-aliasing may differ, the layout may not.
 */
final class Regions {
    static final int ROWS = 15;
    static final int COLUMNS = 10;
    /** A region is inked when more than this share of its pixels differ from the background. */
    private static final double INK = 0.004;

    private Regions() {
    }

    static boolean[][] inked(BufferedImage image) {
        int background = image.getRGB(image.getWidth() - 1, image.getHeight() - 1);
        boolean[][] inked = new boolean[ROWS][COLUMNS];
        for (int r = 0; r < ROWS; r++) {
            for (int c = 0; c < COLUMNS; c++) {
                int x0 = c * image.getWidth() / COLUMNS;
                int x1 = (c + 1) * image.getWidth() / COLUMNS;
                int y0 = r * image.getHeight() / ROWS;
                int y1 = (r + 1) * image.getHeight() / ROWS;
                int ink = 0;
                for (int y = y0; y < y1; y++) {
                    for (int x = x0; x < x1; x++) {
                        if (distance(image.getRGB(x, y), background) > 60) {
                            ink++;
                        }
                    }
                }
                inked[r][c] = ink > INK * (x1 - x0) * (y1 - y0);
            }
        }
        return inked;
    }

    static int differing(boolean[][] a, boolean[][] b) {
        int differ = 0;
        for (int r = 0; r < ROWS; r++) {
            for (int c = 0; c < COLUMNS; c++) {
                differ += a[r][c] != b[r][c] ? 1 : 0;
            }
        }
        return differ;
    }

    static int count(boolean[][] a) {
        return differing(a, new boolean[ROWS][COLUMNS]);
    }

    static String picture(boolean[][] a) {
        StringBuilder s = new StringBuilder();
        for (boolean[] row : a) {
            for (boolean cell : row) {
                s.append(cell ? '#' : '.');
            }
            s.append('\n');
        }
        return s.toString();
    }

    private static int distance(int p, int q) {
        return Math.abs(((p >> 16) & 0xff) - ((q >> 16) & 0xff)) + Math.abs(((p >> 8) & 0xff) - ((q >> 8) & 0xff))
                + Math.abs((p & 0xff) - (q & 0xff));
    }
}
