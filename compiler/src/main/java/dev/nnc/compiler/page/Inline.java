package dev.nnc.compiler.page;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The inline Markdown of explanation text as HTML: math between dollars as MathML, code between
 * backtick fences as {@code <code>}, a {@code file.nn:4} code span as a link to that line of the
 * source listing, and everything else as escaped text.
 */
final class Inline {
    private final Pattern sourceLine;

    /** Inline text of the explanation of {@code sourceName} ({@code mazur.nn}). */
    Inline(String sourceName) {
        this.sourceLine = Pattern.compile(Pattern.quote(sourceName) + ":(\\d+)");
    }

    String html(String text) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (at < text.length()) {
            char c = text.charAt(at);
            if (c == '`') {
                int run = run(text, at);
                String fence = "`".repeat(run);
                int close = closing(text, at + run, fence);
                if (close >= 0) {
                    String code = text.substring(at + run, close);
                    if (run > 1 && code.startsWith(" ") && code.endsWith(" ") && code.length() > 1) {
                        code = code.substring(1, code.length() - 1);
                    }
                    out.append(code(code));
                    at = close + run;
                    continue;
                }
            } else if (c == '$') {
                int close = text.indexOf('$', at + 1);
                if (close > at + 1) {
                    out.append(TexToMathMl.convert(text.substring(at + 1, close), false));
                    at = close + 1;
                    continue;
                }
            }
            out.append(Html.escape(String.valueOf(c)));
            at++;
        }
        return out.toString();
    }

    /** The line of the source that {@code code} names ({@code mazur.nn:4}), if it names one. */
    OptionalInt line(String code) {
        Matcher m = sourceLine.matcher(code);
        return m.matches() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
    }

    /** The first source line that inline text links to, if any. */
    OptionalInt firstLine(String text) {
        Matcher m = Pattern.compile("`(" + sourceLine.pattern() + ")`").matcher(text);
        return m.find() ? OptionalInt.of(Integer.parseInt(m.group(2))) : OptionalInt.empty();
    }

    private String code(String code) {
        OptionalInt line = line(code);
        String html = "<code>" + Html.escape(code) + "</code>";
        return line.isPresent() ? "<a href=\"#L" + line.getAsInt() + "\">" + html + "</a>" : html;
    }

    private static int run(String text, int at) {
        int end = at;
        while (end < text.length() && text.charAt(end) == '`') {
            end++;
        }
        return end - at;
    }

    /** Where the closing fence of exactly {@code fence}'s length starts, or -1. */
    private static int closing(String text, int from, String fence) {
        int at = from;
        while (at < text.length()) {
            int found = text.indexOf(fence, at);
            if (found < 0) {
                return -1;
            }
            int length = run(text, found);
            if (length == fence.length()) {
                return found;
            }
            at = found + length;
        }
        return -1;
    }
}
