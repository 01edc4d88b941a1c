package dev.nnc.compiler.page;

import java.util.Locale;

/**
 * A {@link DiagramLayout} as SVG: a standalone file for {@code nnc draw} or an element inline in
 * the page, with its title and text alternative for screen readers, and colours for light and
 * dark schemes in its own style sheet.
 */
public final class SvgDiagram {
    static final String STYLE = """
            .nnc-net{--ink:#1f2328;--soft:#57606a;--bg:#ffffff;--in:#ddf4ff;--hid:#fff8c5;--outn:#dafbe1;
            --pos:#0969da;--neg:#cf222e;--bias:#8250df;--line:#1f2328}
            @media (prefers-color-scheme: dark){.nnc-net{--ink:#e6edf3;--soft:#9da7b3;--bg:#0d1117;--in:#0c2d6b;
            --hid:#4b3a00;--outn:#033a16;--pos:#58a6ff;--neg:#ff7b72;--bias:#d2a8ff;--line:#e6edf3}}
            @media print{.nnc-net{--ink:#000;--soft:#333;--bg:#fff;--in:#fff;--hid:#fff;--outn:#fff;--pos:#000;
            --neg:#000;--bias:#444;--line:#000}}
            .nnc-net text{font-family:system-ui,-apple-system,'Segoe UI',Roboto,'DejaVu Sans',sans-serif;fill:var(--ink)}
            .nnc-net .halo{paint-order:stroke;stroke:var(--bg);stroke-width:4px;stroke-linejoin:round}
            .nnc-net .NOTE,.nnc-net .VALUE{fill:var(--soft)}
            .nnc-net .WEIGHT{font-weight:600}
            .nnc-net .TITLE{font-weight:600}
            .nnc-net circle{stroke:var(--line);stroke-width:1.5}
            .nnc-net .INPUT{fill:var(--in)}.nnc-net .HIDDEN{fill:var(--hid)}.nnc-net .OUTPUT{fill:var(--outn)}
            .nnc-net .BIAS{fill:var(--bg);stroke:var(--bias)}
            .nnc-net line.EDGE_POSITIVE{stroke:var(--pos)}.nnc-net line.EDGE_NEGATIVE{stroke:var(--neg)}
            .nnc-net line.EDGE_BIAS{stroke:var(--bias)}
            """;

    private SvgDiagram() {
    }

    /** A standalone SVG file. */
    public static String file(DiagramLayout layout) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + element(layout, "nnc-net") + "\n";
    }

    /** The {@code <svg>} element; {@code id} prefixes the ids of its title and description. */
    public static String element(DiagramLayout layout, String id) {
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"nnc-net\" id=\"").append(id)
                .append("\" viewBox=\"0 0 ").append(n(layout.width())).append(' ').append(n(layout.height()))
                .append("\" width=\"").append(n(layout.width())).append("\" height=\"").append(n(layout.height()))
                .append("\" role=\"img\" aria-labelledby=\"").append(id).append("-title ").append(id).append("-desc\">\n")
                .append("<title id=\"").append(id).append("-title\">").append(Html.escape(layout.title())).append("</title>\n")
                .append("<desc id=\"").append(id).append("-desc\">").append(Html.escape(layout.description()))
                .append("</desc>\n")
                .append("<style>\n").append(STYLE).append("</style>\n");
        for (Shape shape : layout.shapes()) {
            svg.append(shape(shape)).append('\n');
        }
        return svg.append("</svg>").toString();
    }

    private static String shape(Shape shape) {
        if (shape instanceof Shape.Circle c) {
            return "<circle cx=\"" + n(c.cx()) + "\" cy=\"" + n(c.cy()) + "\" r=\"" + n(c.r()) + "\" class=\"" + c.style()
                    + "\"><title>" + Html.escape(c.tooltip()) + "</title></circle>";
        }
        if (shape instanceof Shape.Line l) {
            return "<line x1=\"" + n(l.x1()) + "\" y1=\"" + n(l.y1()) + "\" x2=\"" + n(l.x2()) + "\" y2=\"" + n(l.y2())
                    + "\" stroke-width=\"" + n(l.width()) + "\"" + (l.dashed() ? " stroke-dasharray=\"5 4\"" : "")
                    + " class=\"" + l.style() + "\"><title>" + Html.escape(l.tooltip()) + "</title></line>";
        }
        Shape.Label t = (Shape.Label) shape;
        String anchor = switch (t.anchor()) {
            case START -> "start";
            case MIDDLE -> "middle";
            case END -> "end";
        };
        return "<text x=\"" + n(t.x()) + "\" y=\"" + n(t.y()) + "\" font-size=\"" + n(t.size()) + "\" text-anchor=\""
                + anchor + "\" class=\"" + t.style() + (t.halo() ? " halo" : "") + "\">" + Html.escape(t.text())
                + "</text>";
    }

    static String n(double x) {
        String s = String.format(Locale.ROOT, "%.1f", x);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }
}
