package dev.nnc.compiler.parse;

import dev.nnc.compiler.diag.Suggestions;
import dev.nnc.grammar.NnLexer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.RuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;

/** Words for tokens and sets of tokens in syntax errors: "a name", "']'", "a statement". */
final class TokenNames {
    /** The keywords: the lexer defines them first, from 'network' to 'label'. */
    private static final IntervalSet KEYWORDS = IntervalSet.of(NnLexer.NETWORK, NnLexer.LABEL);
    /** Every token a name may be spelt as (the grammar's {@code identifier} rule). */
    private static final IntervalSet NAME = KEYWORDS.or(IntervalSet.of(NnLexer.IDENT));
    /** The tokens a statement may start with. */
    private static final IntervalSet STATEMENT = new IntervalSet(NnLexer.INPUT, NnLexer.LAYER, NnLexer.LOSS,
            NnLexer.WEIGHTS, NnLexer.OPTIMIZER, NnLexer.TRAIN, NnLexer.DATA, NnLexer.TEST);

    private TokenNames() {
    }

    /** "'layer'" or "the end of the file". */
    static String found(Token token) {
        return token.getType() == Token.EOF ? "the end of the file" : "'" + token.getText() + "'";
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
            words.add("a statement (input, layer, loss, weights, optimizer, train, data or test)");
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

    /** The keyword {@code word} is probably a misspelling of, if any. */
    static Optional<String> keywordLike(String word) {
        List<String> keywords = new ArrayList<>();
        for (int type : KEYWORDS.toList()) {
            keywords.add(NnLexer.VOCABULARY.getLiteralName(type).replace("'", ""));
        }
        return Suggestions.closest(word, keywords);
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
        switch (type) {
            case Token.EOF:
                return "the end of the file";
            case NnLexer.IDENT:
                return "a name";
            case NnLexer.NUMBER:
                return "a number";
            case NnLexer.STRING:
                return "a file name in double quotes";
            default:
                String literal = NnLexer.VOCABULARY.getLiteralName(type);
                return literal != null ? literal : NnLexer.VOCABULARY.getDisplayName(type);
        }
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
