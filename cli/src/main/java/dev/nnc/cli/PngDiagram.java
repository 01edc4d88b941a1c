package dev.nnc.cli;

import dev.nnc.compiler.page.DiagramLayout;
import dev.nnc.compiler.page.Shape;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * A {@link DiagramLayout} drawn with Java2D (headless) as PNG, at twice its size for slides (smaller
 * for a diagram of hundreds of layers): the same shapes the SVG has, in the light colours.
 */
final class PngDiagram {
    private static final double SCALE = 2;
    /** The most pixels drawn (80 MB of image): a diagram of hundreds of layers is drawn smaller than twice its size. */
    static final double MAX_PIXELS = 20e6;
    private static final Color INK = new Color(0x1f2328);
    private static final Color SOFT = new Color(0x57606a);
    private static final Map<Shape.Style, Color> FILL = Map.of(
            Shape.Style.INPUT, new Color(0xddf4ff), Shape.Style.HIDDEN, new Color(0xfff8c5),
            Shape.Style.OUTPUT, new Color(0xdafbe1), Shape.Style.BIAS, Color.WHITE);
    private static final Map<Shape.Style, Color> STROKE = Map.of(
            Shape.Style.EDGE_POSITIVE, new Color(0x0969da), Shape.Style.EDGE_NEGATIVE, new Color(0xcf222e),
            Shape.Style.EDGE_BIAS, new Color(0x8250df), Shape.Style.BIAS, new Color(0x8250df));

    private PngDiagram() {
    }

    static byte[] bytes(DiagramLayout layout) throws IOException {
        System.setProperty("java.awt.headless", "true");
        double scale = scale(layout);
        int width = (int) Math.ceil(layout.width() * scale);
        int height = (int) Math.ceil(layout.height() * scale);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.scale(scale, scale);
            for (Shape shape : layout.shapes()) {
                draw(g, shape);
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        return png.toByteArray();
    }

    /** Twice the layout's size, or less when that would be more than {@link #MAX_PIXELS}. */
    static double scale(DiagramLayout layout) {
        return Math.min(SCALE, Math.sqrt(MAX_PIXELS / (layout.width() * layout.height())));
    }

    private static void draw(Graphics2D g, Shape shape) {
        if (shape instanceof Shape.Circle c) {
            Ellipse2D circle = new Ellipse2D.Double(c.cx() - c.r(), c.cy() - c.r(), 2 * c.r(), 2 * c.r());
            g.setColor(FILL.getOrDefault(c.style(), Color.WHITE));
            g.fill(circle);
            g.setColor(STROKE.getOrDefault(c.style(), INK));
            g.setStroke(new BasicStroke(1.5f));
            g.draw(circle);
        } else if (shape instanceof Shape.Line l) {
            g.setColor(STROKE.getOrDefault(l.style(), INK));
            g.setStroke(l.dashed() ? new BasicStroke((float) l.width(), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10,
                    new float[] {5, 4}, 0) : new BasicStroke((float) l.width()));
            g.draw(new Line2D.Double(l.x1(), l.y1(), l.x2(), l.y2()));
        } else if (shape instanceof Shape.Label t) {
            boolean bold = t.style() == Shape.Style.WEIGHT || t.style() == Shape.Style.TITLE;
            g.setFont(new Font(Font.SANS_SERIF, bold ? Font.BOLD : Font.PLAIN, (int) Math.round(t.size())));
            FontMetrics metrics = g.getFontMetrics();
            int w = metrics.stringWidth(t.text());
            double x = switch (t.anchor()) {
                case START -> t.x();
                case MIDDLE -> t.x() - w / 2.0;
                case END -> t.x() - w;
            };
            if (t.halo()) {
                g.setColor(Color.WHITE);
                g.fillRect((int) Math.floor(x - 2), (int) Math.floor(t.y() - metrics.getAscent() + 1), w + 4,
                        metrics.getAscent() + 2);
            }
            boolean soft = t.style() == Shape.Style.NOTE || t.style() == Shape.Style.VALUE;
            g.setColor(soft ? SOFT : INK);
            g.drawString(t.text(), (float) x, (float) t.y());
        }
    }
}
