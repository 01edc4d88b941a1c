package dev.nnc.compiler.page;

import dev.nnc.compiler.explain.Block;
import dev.nnc.compiler.explain.Explanation;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * An {@link Explanation} as one self-contained HTML page: the network drawn as SVG with the worked
 * numbers, the derivation with its equations as MathML (typeset by the browser, nothing fetched),
 * each equation linked to its line of the {@code .nn} file (listed at the end) and to the generated
 * statements (in a collapsible block), and, after a training run, a table and charts of it. Light
 * and dark colour schemes, and a print style.
 */
public final class HtmlPage {
    private static final String CSS = """
            :root{color-scheme:light dark;--ink:#1f2328;--soft:#57606a;--bg:#ffffff;--panel:#f6f8fa;--rule:#d0d7de;
            --link:#0969da;--mark:#fff8c5}
            @media (prefers-color-scheme: dark){:root{--ink:#e6edf3;--soft:#9da7b3;--bg:#0d1117;--panel:#161b22;
            --rule:#30363d;--link:#58a6ff;--mark:#3b2e00}}
            body{margin:0;background:var(--bg);color:var(--ink);
            font:16px/1.55 system-ui,-apple-system,'Segoe UI',Roboto,'DejaVu Sans',sans-serif}
            main{max-width:74rem;margin:0 auto;padding:1rem 1.5rem 3rem}
            a{color:var(--link)}
            h1,h2,h3,h4{line-height:1.25;margin:1.6em 0 .5em}
            h2{border-bottom:1px solid var(--rule);padding-bottom:.2em}
            code,pre{font-family:ui-monospace,SFMono-Regular,'DejaVu Sans Mono',Menlo,Consolas,monospace;font-size:.9em}
            pre{background:var(--panel);padding:.75rem 1rem;overflow-x:auto;border-radius:6px;margin:.3rem 0}
            table{border-collapse:collapse;margin:.6rem 0}
            th,td{border:1px solid var(--rule);padding:.25rem .7rem;text-align:left}
            th{background:var(--panel)}
            .eq{display:flex;align-items:center;gap:.75rem;margin:.5rem 0}
            .eq-math{flex:1;min-width:0;overflow-x:auto;overflow-y:hidden;padding:.3rem 0}
            .eq-links{font-size:.72rem;white-space:nowrap;color:var(--soft);display:flex;flex-direction:column;text-align:right}
            math{font-family:'STIX Two Math','Latin Modern Math','DejaVu Math TeX Gyre',math}
            math[display=block]{font-size:1.08em}
            figure{margin:1rem 0;overflow-x:auto}
            figcaption{color:var(--soft);font-size:.9rem}
            details.java{margin:.3rem 0 1rem}
            details.java summary{cursor:pointer;color:var(--soft)}
            .source .ln{display:block}
            .source .ln a{display:inline-block;width:2.5em;color:var(--soft);text-decoration:none;user-select:none}
            .source .ln:target{background:var(--mark)}
            .charts{display:flex;flex-wrap:wrap;gap:1rem}
            @media print{:root{--ink:#000;--soft:#333;--bg:#fff;--panel:#f4f4f4;--rule:#999;--link:#000;--mark:#fff}
            main{max-width:none;padding:0}.eq-links{display:none}a{text-decoration:none}
            figure,.eq,pre,table{break-inside:avoid}h2,h3,h4{break-after:avoid}}
            """;
    private static final String SCRIPT = """
            function openTarget(){var t=location.hash&&document.getElementById(location.hash.slice(1));
            if(t&&t.tagName==='DETAILS'){t.open=true;}}
            addEventListener('hashchange',openTarget);addEventListener('DOMContentLoaded',openTarget);
            addEventListener('beforeprint',function(){document.querySelectorAll('details').forEach(function(d){d.open=true;});});
            """;

    private final Explanation explanation;
    private final Optional<TrainingHistory> history;
    private final Inline inline;

    private HtmlPage(Explanation explanation, Optional<TrainingHistory> history) {
        this.explanation = explanation;
        this.history = history;
        this.inline = new Inline(explanation.sourceName());
    }

    /** The page of {@code explanation}, with the run {@code history} when there is one. */
    public static String of(Explanation explanation, Optional<TrainingHistory> history) {
        return new HtmlPage(explanation, history).write();
    }

    private String write() {
        List<Block> blocks = explanation.blocks();
        StringBuilder html = new StringBuilder();
        String title = blocks.stream().filter(b -> b instanceof Block.Heading).map(b -> ((Block.Heading) b).title())
                .findFirst().orElse(explanation.sourceName()).replace("`", "");
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"color-scheme\" content=\"light dark\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                        + "style-src 'unsafe-inline'; script-src 'unsafe-inline'\">\n")
                .append("<meta name=\"generator\" content=\"nnc explain --html\">\n")
                .append("<title>").append(Html.escape(title)).append("</title>\n")
                .append("<style>\n").append(CSS).append(SvgDiagram.STYLE).append("</style>\n")
                .append("<script>\n").append(SCRIPT).append("</script>\n</head>\n<body>\n<main>\n");
        OptionalInt section = OptionalInt.empty();
        boolean drawn = false;
        int equation = 0;
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (block instanceof Block.Heading h) {
                if (!drawn && h.level() == 2) {
                    figure(html);
                    drawn = true;
                }
                OptionalInt line = inline.firstLine(h.title());
                if (line.isPresent()) {
                    section = line;
                } else if (h.level() <= 2) {
                    section = OptionalInt.empty();
                }
                html.append("<h").append(h.level()).append('>').append(inline.html(h.title())).append("</h")
                        .append(h.level()).append(">\n");
            } else if (block instanceof Block.Paragraph p) {
                html.append("<p>").append(inline.html(p.text())).append("</p>\n");
            } else if (block instanceof Block.Equation e) {
                equation++;
                html.append("<div class=\"eq\" id=\"eq").append(equation).append("\"><div class=\"eq-math\">")
                        .append(TexToMathMl.convert(e.tex(), true)).append("</div><div class=\"eq-links\">");
                if (section.isPresent()) {
                    html.append("<a href=\"#L").append(section.getAsInt()).append("\" title=\"the line of ")
                            .append(Html.escape(explanation.sourceName())).append(" it comes from\">")
                            .append(Html.escape(explanation.sourceName())).append(':').append(section.getAsInt())
                            .append("</a>");
                }
                OptionalInt code = nextCode(blocks, i);
                if (code.isPresent()) {
                    html.append("<a href=\"#java").append(code.getAsInt()).append("\" title=\"the generated statements\">")
                            .append(Html.escape(explanation.javaFile())).append("</a>");
                }
                html.append("</div></div>\n");
            } else if (block instanceof Block.Bullets b) {
                html.append("<ul>\n");
                b.items().forEach(item -> html.append("<li>").append(inline.html(item)).append("</li>\n"));
                html.append("</ul>\n");
            } else if (block instanceof Block.Table t) {
                table(html, t.header().stream().map(inline::html).toList(),
                        t.rows().stream().map(r -> r.stream().map(inline::html).toList()).toList());
            } else if (block instanceof Block.Code c) {
                html.append("<details class=\"java\" id=\"java").append(i).append("\"><summary>")
                        .append(Html.escape(explanation.javaFile())).append(": ").append(c.lines().size())
                        .append(c.lines().size() == 1 ? " line" : " lines").append("</summary><pre><code>");
                c.lines().forEach(line -> html.append(Html.escape(line)).append('\n'));
                html.append("</code></pre></details>\n");
            }
        }
        if (!drawn) {
            figure(html);
        }
        history.ifPresent(h -> training(html, h));
        source(html);
        return html.append("</main>\n</body>\n</html>\n").toString();
    }

    /** The index of the code block that quotes block {@code i}'s statements: the next one in its section. */
    private static OptionalInt nextCode(List<Block> blocks, int i) {
        for (int k = i + 1; k < blocks.size(); k++) {
            if (blocks.get(k) instanceof Block.Code) {
                return OptionalInt.of(k);
            }
            if (blocks.get(k) instanceof Block.Heading h && h.level() <= 3) {
                return OptionalInt.empty();
            }
        }
        return OptionalInt.empty();
    }

    private void figure(StringBuilder html) {
        DiagramLayout layout = DiagramLayout.of(explanation.picture());
        html.append("<figure id=\"diagram\">\n").append(SvgDiagram.element(layout, "net")).append('\n')
                .append("<figcaption>").append(Html.escape(caption())).append("</figcaption>\n</figure>\n");
    }

    private String caption() {
        boolean labelled = explanation.picture().weightCount() <= DiagramLayout.LABELLED;
        return "The network of " + explanation.sourceName() + " on the first training sample: each neuron's net input, "
                + "output and delta δ = ∂E/∂net"
                + (labelled ? ", and each weight before → after one step." : "; hover over an edge for its weight.");
    }

    private void training(StringBuilder html, TrainingHistory h) {
        html.append("<h2 id=\"training\">Training for ").append(h.epochs()).append(h.epochs() == 1 ? " epoch" : " epochs")
                .append("</h2>\n<p>The mean training loss of each epoch and the chosen weights after it, as ")
                .append("<code>nnc train</code> computes them with the generated class.</p>\n");
        List<String> header = new java.util.ArrayList<>(List.of("epoch", "loss"));
        h.weightNames().forEach(header::add);
        List<List<String>> rows = new java.util.ArrayList<>();
        for (int e : shownEpochs(h.epochs())) {
            List<String> row = new java.util.ArrayList<>();
            row.add(Integer.toString(e));
            row.add(e == 0 ? "" : Numbers.text(h.loss().get(e - 1)));
            h.weights().get(e).forEach(w -> row.add(Numbers.text(w)));
            rows.add(row);
        }
        table(html, header.stream().map(Html::escape).toList(), rows.stream().map(r -> r.stream().map(Html::escape)
                .toList()).toList());
        html.append("<div class=\"charts\">\n").append(HistoryChart.loss(h)).append('\n')
                .append(HistoryChart.weights(h)).append("\n</div>\n");
    }

    /** Every epoch up to 20, else 0, every so many and the last. */
    public static List<Integer> shownEpochs(int epochs) {
        List<Integer> shown = new java.util.ArrayList<>();
        int every = Math.max(1, (int) Math.ceil(epochs / 20.0));
        for (int e = 0; e <= epochs; e += every) {
            shown.add(e);
        }
        if (shown.get(shown.size() - 1) != epochs) {
            shown.add(epochs);
        }
        return shown;
    }

    private static void table(StringBuilder html, List<String> header, List<List<String>> rows) {
        html.append("<table>\n<thead><tr>");
        header.forEach(h -> html.append("<th>").append(h).append("</th>"));
        html.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : rows) {
            html.append("<tr>");
            row.forEach(c -> html.append("<td>").append(c).append("</td>"));
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table>\n");
    }

    private void source(StringBuilder html) {
        html.append("<h2 id=\"source\">The source, ").append(Html.escape(explanation.sourceName()))
                .append("</h2>\n<pre class=\"source\"><code>");
        List<String> lines = explanation.sourceLines();
        for (int n = 1; n <= lines.size(); n++) {
            html.append("<span class=\"ln\" id=\"L").append(n).append("\"><a href=\"#L").append(n).append("\">").append(n)
                    .append("</a>").append(Html.escape(lines.get(n - 1))).append("</span>");
        }
        html.append("</code></pre>\n");
    }
}
