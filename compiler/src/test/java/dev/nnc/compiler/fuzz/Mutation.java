package dev.nnc.compiler.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One damage done to a model's text, at the level of its tokens: delete, duplicate, swap, replace
 * a number by an extreme, a word by another, insert odd characters, truncate. Every field is a
 * plain number so that jqwik can shrink a failing case to fewer and simpler mutations;
 * {@code at}, {@code other} and {@code pick} are taken modulo whatever they index.
 */
record Mutation(Kind kind, int at, int other, int pick) {

    /** What a mutation does. */
    enum Kind {
        DELETE, DUPLICATE, SWAP, EXTREME_NUMBER, OTHER_WORD, INSERT_TOKEN, INSERT_CHARACTERS, TRUNCATE,
        JOIN, COPY_LINE, OTHER_PATH, DELETE_CHARACTERS
    }

    /** Words, comments, strings, numbers, whitespace and single characters: every character in one token. */
    private static final Pattern TOKEN = Pattern.compile("//[^\n]*|/\\*.*?\\*/|\"[^\"\n]*\"?"
            + "|[+-]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?|[A-Za-z_][A-Za-z0-9_]*|->|\\s+|.", Pattern.DOTALL);
    private static final Pattern NUMBER = Pattern.compile("[+-]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?");
    private static final Pattern WORD = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    /** Numbers at and beyond the edges of what the language and Java's doubles hold. */
    static final List<String> EXTREMES = List.of("0", "-0", "1", "-1", "2", "1.5", "1e309", "-1e309", "1e308",
            "1e-400", "4.9e-324", "2147483647", "2147483648", "-2147483649", "9223372036854775807",
            "9223372036854775808", "99999999999999999999999999", "1e999999999999", "1e-999999999999", "0.0000001",
            "1e-8", "100000", "3163", "10000001", "00", "007", "1.", ".5", "+3", "0e0", "1E2", "0.9999999999999999",
            "1" + "0".repeat(400), "-" + "9".repeat(30) + ".5", "3e0", "2.0000000000000001");

    /** Words of the language, of Java, of the generated code, and near misses of them. */
    static final List<String> WORDS = List.of("network", "input", "normalize", "layer", "bias", "shared", "none",
            "frozen", "unroll", "loop", "loss", "weights", "init", "seed", "optimizer", "train", "epochs", "batch",
            "shuffle", "data", "test", "label", "validation", "split", "patience", "min_delta", "schedule", "step",
            "exponential", "cosine", "rprop", "weight_decay", "delta0", "eta_plus", "every", "factor", "min_rate",
            "linear", "sigmoid", "tanh", "relu", "leaky_relu", "softmax",
            "half_sse", "sse", "mse", "bce", "cross_entropy", "sgd", "momentum", "adam", "rate", "beta", "beta1",
            "beta2", "eps", "a", "b", "uniform", "normal", "xavier", "he", "mean", "std", "class", "int", "String",
            "Math", "Override", "var", "record", "_", "__x", "w", "t", "dw", "db", "net_h", "out_o", "delta_h", "h",
            "h1", "h11", "x", "x1", "o", "tmp", "E_total", "sigmod", "layr", "softmx", "lr", "dense", "batch_size",
            "Network", "Exp", "dev", "java", "NaN", "Infinity", "true", "null", "l" + "o".repeat(300) + "ng");

    /** Tokens to insert, punctuation included. */
    static final List<String> TOKENS = List.of("[", "]", "(", ")", "{", "}", ",", "=", "->", "\"", "/*", "*/", "//",
            "\"x.csv\"", "\"\"", "'a'", "#", "@", ";", ":", ".", "-", "+", "*", "\\", "network N {", "}\n}",
            "layer z[2] relu", "input q[1]", "loss mse", "data { [1] -> [1] }", "test { }", "weights = [1, 2]",
            "weights z = [1]", "weights init he seed = 1", "optimizer adam(rate = 0.1, beta1 = 0.5)",
            "train epochs = 1 batch = 2 shuffle seed = 3", "train epochs = 5 patience = 2 min_delta = 0.1",
            "validation split = 0.2 seed = 1", "validation { [1] -> [1] }", "schedule step(every = 1, factor = 0.5)",
            "optimizer rprop(delta0 = 0.1)", "sgd(weight_decay = 0.1)", "bias = [1, 2, 3]", "bias shared = 1 frozen", "bias none",
            "leaky_relu(0.1)", "leaky_relu(a = 1, a = 2)", "adam(0.1, 0.2, 0.3, 0.4, 0.5)", "[1, 2, 3, 4, 5, 6, 7, 8]");

    /** Characters that have tripped lexers elsewhere. */
    static final List<String> CHARACTERS = List.of("\0", "\t", "\r", "\r\n", "\n\n", "\f", "\u000B", "\u00A0",
            "\u00E9", "\u0394", "\u200B", "\u200E", "\u202E", "\uFEFF", "\uFFFD", "\uFFFF", "\uD800", "\uDC00",
            "\uD83D\uDE00", "\u0660", "\uFF11", "\u2212", "\u00B2", "\\u0041", "\u001B[31m", "%n", "%s", "${x}",
            "\u0085", "\u2028", "\u2029");

    /** Paths for data statements: odd, empty, missing, a folder, the real files. */
    static final List<String> PATHS = List.of("", " ", "/", ".", "..", "data", "data/", "missing.csv",
            "data/iris-train.csv", "data/iris-test.csv", "data/breast-cancer-train.csv", "iris-train.csv",
            "C:\\x.csv", "\\\\server\\share", "a\0b", "*?<>|", "/dev/null", "x".repeat(300), "\u00E9t\u00E9.csv",
            "../samples/data/iris-train.csv", "file:///etc/passwd");

    /** Applies this mutation to {@code text}. */
    String apply(String text) {
        List<String> tokens = tokens(text);
        int n = tokens.size();
        int i = n == 0 ? 0 : Math.floorMod(at, n);
        switch (kind) {
            case DELETE:
                if (n > 0) {
                    tokens.remove(i);
                }
                break;
            case DUPLICATE:
                if (n > 0) {
                    tokens.add(i, tokens.get(i));
                }
                break;
            case SWAP:
                if (n > 0) {
                    int j = Math.floorMod(other, n);
                    String t = tokens.get(i);
                    tokens.set(i, tokens.get(j));
                    tokens.set(j, t);
                }
                break;
            case EXTREME_NUMBER:
                replaceNth(tokens, NUMBER, EXTREMES);
                break;
            case OTHER_WORD:
                replaceNth(tokens, WORD, WORDS);
                break;
            case INSERT_TOKEN:
                tokens.add(i, " " + pick(TOKENS) + " ");
                break;
            case INSERT_CHARACTERS:
                tokens.add(i, other % 3 == 0 ? Character.toString(Math.floorMod(pick, 0x110000)) : pick(CHARACTERS));
                break;
            case TRUNCATE:
                return String.join("", tokens.subList(0, i));
            case JOIN:
                tokens.removeIf(t -> t.isBlank() && Math.floorMod(t.hashCode() + other, 4) == 0);
                break;
            case COPY_LINE:
                return copyLine(text);
            case OTHER_PATH:
                replaceNth(tokens, Pattern.compile("\"[^\"\n]*\""), PATHS.stream().map(p -> "\"" + p + "\"").toList());
                break;
            default:
                int from = Math.floorMod(at, text.length() + 1);
                int to = Math.min(text.length(), from + 1 + Math.floorMod(other, 20));
                return text.substring(0, from) + text.substring(to);
        }
        return String.join("", tokens);
    }

    private String pick(List<String> choices) {
        return choices.get(Math.floorMod(pick, choices.size()));
    }

    /** Replaces the {@code other}-th token matching {@code what} (if any) by one of {@code choices}. */
    private void replaceNth(List<String> tokens, Pattern what, List<String> choices) {
        List<Integer> matching = new ArrayList<>();
        for (int k = 0; k < tokens.size(); k++) {
            if (what.matcher(tokens.get(k)).matches()) {
                matching.add(k);
            }
        }
        if (!matching.isEmpty()) {
            tokens.set(matching.get(Math.floorMod(other, matching.size())), pick(choices));
        }
    }

    /** A line of the text copied to before another line: a statement given twice, or out of place. */
    private String copyLine(String text) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        String line = lines.get(Math.floorMod(at, lines.size()));
        lines.add(Math.floorMod(other, lines.size() + 1), line);
        return String.join("\n", lines);
    }

    /** The text cut into tokens that join back into exactly the text. */
    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }
}
