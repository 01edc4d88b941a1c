package dev.nnc.compiler.page;

import java.util.Map;

/**
 * The LaTeX that {@code nnc explain} writes, as MathML Core, which browsers typeset without a
 * script or a font download: groups, sub- and superscripts, {@code \frac}, {@code \tfrac},
 * {@code \sqrt}, {@code \text}, {@code \operatorname}, Greek letters, the operators and functions
 * the explanation uses. A command outside that subset becomes an {@code <merror>} (which the
 * browser test looks for), never an exception.
 */
public final class TexToMathMl {
    private static final Map<String, String> LETTERS = Map.ofEntries(
            Map.entry("alpha", "α"), Map.entry("beta", "β"), Map.entry("gamma", "γ"), Map.entry("delta", "δ"),
            Map.entry("epsilon", "ε"), Map.entry("varepsilon", "ε"), Map.entry("eta", "η"), Map.entry("theta", "θ"),
            Map.entry("lambda", "λ"), Map.entry("mu", "μ"), Map.entry("sigma", "σ"), Map.entry("tau", "τ"),
            Map.entry("rho", "ρ"), Map.entry("phi", "φ"), Map.entry("pi", "π"), Map.entry("partial", "∂"),
            Map.entry("infty", "∞"), Map.entry("nabla", "∇"));
    private static final Map<String, String> UPRIGHT = Map.of("Delta", "Δ", "Sigma", "Σ", "Gamma", "Γ");
    private static final Map<String, String> OPERATORS = Map.ofEntries(
            Map.entry("cdot", "·"), Map.entry("times", "×"), Map.entry("le", "≤"), Map.entry("leq", "≤"),
            Map.entry("ge", "≥"), Map.entry("geq", "≥"), Map.entry("gt", ">"), Map.entry("lt", "<"),
            Map.entry("to", "→"), Map.entry("rightarrow", "→"), Map.entry("approx", "≈"), Map.entry("ne", "≠"),
            Map.entry("pm", "±"), Map.entry("lVert", "‖"), Map.entry("rVert", "‖"), Map.entry("mid", "|"),
            Map.entry("{", "{"), Map.entry("}", "}"), Map.entry("sum", "∑"));
    private static final java.util.Set<String> FUNCTIONS = java.util.Set.of("ln", "log", "exp", "max", "min", "tanh",
            "sinh", "cosh", "sin", "cos", "sign", "arg", "argmax");
    private static final Map<String, String> SPACES = Map.of("quad", "1em", "qquad", "2em", ",", "0.1667em",
            ";", "0.2778em", ":", "0.2222em", " ", "0.25em", "!", "0em");

    private final String tex;
    private int at;
    /** Whether the next atom starts an operand: at the start, after an operator or an opening bracket. */
    private boolean operandNext = true;

    private TexToMathMl(String tex) {
        this.tex = tex;
    }

    /** {@code tex} as a {@code <math>} element, displayed as a block or inline. */
    public static String convert(String tex, boolean block) {
        String body = new TexToMathMl(tex).list(false);
        return "<math" + (block ? " display=\"block\"" : "") + "><mrow>" + body + "</mrow></math>";
    }

    /** Atoms up to the end, or up to the closing brace of a group (consumed) when {@code inGroup}. */
    private String list(boolean inGroup) {
        StringBuilder out = new StringBuilder();
        operandNext = true;
        while (true) {
            skipSpaces();
            if (at >= tex.length()) {
                if (inGroup) {
                    out.append(error("missing }"));
                }
                return out.toString();
            }
            if (tex.charAt(at) == '}') {
                at++;
                if (inGroup) {
                    operandNext = false;
                    return out.toString();
                }
                out.append(error("unmatched }"));
                continue;
            }
            out.append(scripts(atom()));
        }
    }

    /** {@code base} with the sub- and superscripts that follow it. */
    private String scripts(Atom base) {
        String sub = null;
        String sup = null;
        while (true) {
            skipSpaces();
            if (at < tex.length() && (tex.charAt(at) == '_' || tex.charAt(at) == '^')) {
                char which = tex.charAt(at++);
                skipSpaces();
                String arg = at < tex.length() ? argument() : error("missing script");
                if (which == '_') {
                    sub = arg;
                } else {
                    sup = arg;
                }
            } else {
                break;
            }
        }
        if (sub == null && sup == null) {
            return base.markup();
        }
        String kind = base.largeOperator() ? "munderover" : "msubsup";
        if (sub != null && sup != null) {
            return "<" + kind + ">" + base.markup() + sub + sup + "</" + kind + ">";
        }
        String single = base.largeOperator() ? (sub != null ? "munder" : "mover") : (sub != null ? "msub" : "msup");
        return "<" + single + ">" + base.markup() + (sub != null ? sub : sup) + "</" + single + ">";
    }

    /** One argument: a braced group as an {@code <mrow>}, or a single atom. */
    private String argument() {
        skipSpaces();
        if (at < tex.length() && tex.charAt(at) == '{') {
            at++;
            return "<mrow>" + list(true) + "</mrow>";
        }
        return at < tex.length() ? atom().markup() : error("missing argument");
    }

    /** A braced argument's raw text (for {@code \text}, {@code \operatorname}). */
    private String rawArgument() {
        skipSpaces();
        if (at >= tex.length() || tex.charAt(at) != '{') {
            return at < tex.length() ? String.valueOf(tex.charAt(at++)) : "";
        }
        int depth = 0;
        int start = ++at;
        while (at < tex.length() && (tex.charAt(at) != '}' || depth > 0)) {
            depth += tex.charAt(at) == '{' ? 1 : tex.charAt(at) == '}' ? -1 : 0;
            at++;
        }
        String text = tex.substring(start, Math.min(at, tex.length()));
        at = Math.min(at + 1, tex.length());
        return text;
    }

    private record Atom(String markup, boolean largeOperator) {
        static Atom of(String markup) {
            return new Atom(markup, false);
        }
    }

    private Atom atom() {
        char ch = tex.charAt(at);
        if (ch == '{') {
            at++;
            return Atom.of("<mrow>" + list(true) + "</mrow>");
        }
        if (ch == '\\') {
            return command();
        }
        if (Character.isLetter(ch)) {
            int start = at;
            while (at < tex.length() && Character.isLetter(tex.charAt(at))) {
                at++;
            }
            operandNext = false;
            return Atom.of("<mi>" + escape(tex.substring(start, at)) + "</mi>");
        }
        if (Character.isDigit(ch) || (ch == '.' && at + 1 < tex.length() && Character.isDigit(tex.charAt(at + 1)))) {
            int start = at;
            while (at < tex.length() && (Character.isDigit(tex.charAt(at)) || tex.charAt(at) == '.')) {
                at++;
            }
            operandNext = false;
            return Atom.of("<mn>" + tex.substring(start, at) + "</mn>");
        }
        at++;
        if (ch == '^' || ch == '_') {
            return Atom.of(error("script without a base"));
        }
        String op = ch == '-' ? "−" : ch == '\'' ? "′" : String.valueOf(ch);
        boolean fence = "()[]|".indexOf(ch) >= 0;
        boolean sign = (ch == '-' || ch == '+') && operandNext;
        operandNext = "([=+-,<>:/".indexOf(ch) >= 0;
        return Atom.of("<mo" + (fence ? " stretchy=\"false\"" : "") + (sign ? " form=\"prefix\"" : "") + ">"
                + escape(op) + "</mo>");
    }

    private Atom command() {
        at++;
        int start = at;
        if (at < tex.length() && !Character.isLetter(tex.charAt(at))) {
            at++;
        } else {
            while (at < tex.length() && Character.isLetter(tex.charAt(at))) {
                at++;
            }
        }
        String name = tex.substring(start, at);
        boolean operator = OPERATORS.containsKey(name) || name.equals("sum");
        Atom atom = command(name);
        if (!SPACES.containsKey(name) && !name.equals("left") && !name.equals("right")) {
            operandNext = operator;
        }
        return atom;
    }

    private Atom command(String name) {
        if (name.equals("frac") || name.equals("tfrac") || name.equals("dfrac")) {
            String fraction = "<mfrac>" + argument() + argument() + "</mfrac>";
            return Atom.of(name.equals("tfrac") ? "<mstyle displaystyle=\"false\" scriptlevel=\"0\">" + fraction + "</mstyle>"
                    : fraction);
        }
        if (name.equals("sqrt")) {
            return Atom.of("<msqrt>" + argument() + "</msqrt>");
        }
        if (name.equals("text") || name.equals("mathrm") || name.equals("textrm")) {
            return Atom.of("<mtext>" + escape(rawArgument()).replace(' ', '\u00a0') + "</mtext>");
        }
        if (name.equals("operatorname")) {
            return Atom.of("<mi>" + escape(rawArgument()) + "</mi><mo>\u2061</mo>");
        }
        if (name.equals("left") || name.equals("right")) {
            skipSpaces();
            return at < tex.length() ? atom() : Atom.of("");
        }
        if (LETTERS.containsKey(name)) {
            return Atom.of("<mi>" + LETTERS.get(name) + "</mi>");
        }
        if (UPRIGHT.containsKey(name)) {
            return Atom.of("<mi mathvariant=\"normal\">" + UPRIGHT.get(name) + "</mi>");
        }
        if (name.equals("sum")) {
            return new Atom("<mo largeop=\"true\" movablelimits=\"true\">∑</mo>", true);
        }
        if (OPERATORS.containsKey(name)) {
            return Atom.of("<mo>" + escape(OPERATORS.get(name)) + "</mo>");
        }
        if (FUNCTIONS.contains(name)) {
            return Atom.of("<mi>" + name + "</mi><mo>\u2061</mo>");
        }
        if (SPACES.containsKey(name)) {
            return Atom.of("<mspace width=\"" + SPACES.get(name) + "\"/>");
        }
        return Atom.of(error("\\" + name));
    }

    private void skipSpaces() {
        while (at < tex.length() && Character.isWhitespace(tex.charAt(at))) {
            at++;
        }
    }

    private static String error(String what) {
        return "<merror><mtext>" + escape(what) + "</mtext></merror>";
    }

    static String escape(String text) {
        return Html.escape(text);
    }
}
