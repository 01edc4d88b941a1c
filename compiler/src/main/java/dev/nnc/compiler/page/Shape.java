package dev.nnc.compiler.page;

/** What a diagram is drawn with, in the diagram's coordinates (pixels, y down); SVG and PNG draw the same shapes. */
public sealed interface Shape {
    /** The role of a shape, which each renderer gives its colours. */
    enum Style { INPUT, HIDDEN, OUTPUT, BIAS, EDGE_POSITIVE, EDGE_NEGATIVE, EDGE_BIAS, NAME, VALUE, WEIGHT, TITLE, NOTE }

    enum Anchor { START, MIDDLE, END }

    /** A neuron; {@code tooltip} is its text alternative. */
    record Circle(double cx, double cy, double r, Style style, String tooltip) implements Shape {
    }

    /** An edge; {@code dashed} for a bias. */
    record Line(double x1, double y1, double x2, double y2, double width, Style style, boolean dashed, String tooltip)
            implements Shape {
    }

    /** One line of text with its baseline at {@code y}; {@code halo} keeps it legible over edges. */
    record Label(double x, double y, String text, Anchor anchor, double size, Style style, boolean halo)
            implements Shape {
    }
}
