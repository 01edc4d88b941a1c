package dev.nnc.compiler.parse;

import dev.nnc.compiler.diag.Suggestions;
import dev.nnc.grammar.NnLexer;
import dev.nnc.runtime.MessageText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.antlr.v4.runtime.RuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;

/** Words for tokens and sets of tokens in syntax errors: "a name", "']'", "a statement". */
final class TokenNames {
    /** The keywords: the lexer defines them first, from 'network' to 'min_delta'. */
    private static final IntervalSet KEYWORDS = IntervalSet.of(NnLexer.NETWORK, NnLexer.MIN_DELTA);
    /** Every token a name may be spelt as (the grammar's {@code identifier} rule). */
    private static final IntervalSet NAME = KEYWORDS.or(IntervalSet.of(NnLexer.IDENT));
    /** The tokens a statement may start with. */
    private static final IntervalSet STATEMENT = new IntervalSet(NnLexer.INPUT, NnLexer.LAYER, NnLexer.LOSS,
            NnLexer.WEIGHTS, NnLexer.OPTIMIZER, NnLexer.SCHEDULE, NnLexer.PRECISION, NnLexer.TRAIN, NnLexer.DATA, NnLexer.TEST,
            NnLexer.VALIDATION);

    /** What other tools call the keywords (Keras's dense and batch_size, PyTorch's num_epochs). */
    private static final Map<String, List<String>> KEYWORD_SYNONYMS = Map.ofEntries(
            Map.entry("layer", List.of("dense", "hidden", "fc", "fully_connected", "linear_layer")),
            Map.entry("input", List.of("inputs", "in", "features")),
            Map.entry("epochs", List.of("epoch", "n_epochs", "num_epochs", "nb_epoch", "iterations")),
            Map.entry("patience", List.of("early_stopping", "earlystopping")),
            Map.entry("validation", List.of("val", "valid", "validate", "dev")),
            Map.entry("schedule", List.of("scheduler", "lr_schedule", "lr_scheduler", "decay")),
            Map.entry("batch", List.of("batch_size", "batchsize", "minibatch", "mini_batch")),
            Map.entry("loss", List.of("cost", "objective", "criterion", "error")),
            Map.entry("network", List.of("net", "model", "nn", "mlp")),
            Map.entry("data", List.of("train_data", "training_data", "dataset", "samples", "examples")),
            Map.entry("test", List.of("test_data", "validation", "valid", "eval")),
            Map.entry("normalize", List.of("normalise", "standardize", "standardise", "scale", "normalized")),
            Map.entry("bias", List.of("biases")),
            Map.entry("frozen", List.of("freeze", "fixed", "constant", "const")),
            Map.entry("optimizer", List.of("optimiser", "optim", "opt")),
            Map.entry("label", List.of("labels", "labelled", "labeled", "class", "classes")));

    private TokenNames() {
    }

    /** "'layer'" or "the end of the file"; a very long token cut to its start. */
    static String found(Token token) {
        if (token.getType() == Token.EOF) {
            return "the end of the file";
        }
        return MessageText.quoted(token.getText());
    }

    /**
     * What a set of expected tokens means to a reader: "']' or ','", "a statement or '}'", and
     * for a bare word what the word stands for where {@code context} is ("an activation").
     */
    static String expected(IntervalSet expected, RuleContext context) {
        IntervalSet rest = new IntervalSet(expected);
        List<String> words = new ArrayList<>();
        if (containsAll(rest, NAME)) {
            words.add("a name");
            rest = rest.subtract(NAME);
        } else if (containsAll(rest, STATEMENT)) {
            words.add("a statement (input, layer, loss, weights, optimizer, precision, train, data or test)");
            rest = rest.subtract(STATEMENT);
        }
        for (int type : rest.toList()) {
            if (type != Token.EOF) {
                words.add(type == NnLexer.IDENT ? Vocabulary.word(context) : token(type));
            }
        }
        if (rest.contains(Token.EOF)) {
            words.add(token(Token.EOF));
        }
        return join(words);
    }

    /**
     * The keyword {@code word} is probably a misspelling of: one in {@code expected} if any is close,
     * else any keyword (the word may belong to the statement before, as in "train epochs = 10
     * batch_size = 2").
     */
    static Optional<String> keywordLike(String word, IntervalSet expected) {
        return closestKeyword(word, KEYWORDS.and(expected)).or(() -> closestKeyword(word, KEYWORDS));
    }

    private static Optional<String> closestKeyword(String word, IntervalSet types) {
        List<String> keywords = new ArrayList<>();
        for (int type : types.toList()) {
            keywords.add(NnLexer.VOCABULARY.getLiteralName(type).replace("'", ""));
        }
        return Suggestions.closest(word, keywords, KEYWORD_SYNONYMS);
    }

    /** A character in quotes, with its code point when it is not plainly visible. */
    static String character(String text) {
        if (text.isEmpty()) {
            return "at the end of the file";
        }
        int c = text.codePointAt(0);
        boolean visible = c > ' ' && c < 127;
        return "'" + text + "'" + (visible ? "" : String.format(" (U+%04X)", c));
    }

    private static String token(int type) {
        return switch (type) {
            case Token.EOF -> "the end of the file";
            case NnLexer.IDENT -> "a name";
            case NnLexer.NUMBER -> "a number";
            case NnLexer.STRING -> "a file name in double quotes";
            default -> {
                String literal = NnLexer.VOCABULARY.getLiteralName(type);
                yield literal != null ? literal : NnLexer.VOCABULARY.getDisplayName(type);
            }
        };
    }

    private static boolean containsAll(IntervalSet set, IntervalSet part) {
        return part.subtract(set).isNil();
    }

    private static String join(List<String> words) {
        if (words.size() <= 1) {
            return words.isEmpty() ? "something else" : words.get(0);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " or " + words.get(words.size() - 1);
    }
}
