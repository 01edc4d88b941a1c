package dev.nnc.compiler.parse;

import dev.nnc.grammar.NnLexer;
import java.util.Set;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.LexerNoViableAltException;
import org.antlr.v4.runtime.misc.Interval;

/** The generated lexer, reporting a character no token can start with in plain words. */
final class ReportingLexer extends NnLexer {

    /** Words that start statements: "train: epochs = 1" is not "train = ...". */
    private static final Set<String> STATEMENT_WORDS = Set.of("network", "input", "layer", "loss", "weights",
            "optimizer", "train", "data", "test");
    /** The longest word quoted in the hint. */
    private static final int MAX_WORD = 30;

    ReportingLexer(CharStream input) {
        super(input);
    }

    @Override
    public void notifyListeners(LexerNoViableAltException e) {
        // No token matched even a prefix here, so the first character is the culprit.
        String text = _input.getText(Interval.of(_tokenStartCharIndex, _tokenStartCharIndex));
        String message = "unexpected character " + TokenNames.character(text)
                + (text.equals("'") ? "; write file names in double quotes, as in \"train.csv\"" : "")
                + (text.equals(":") ? colonHint() : "");
        getErrorListenerDispatch().syntaxError(this, null, _tokenStartLine, _tokenStartCharPositionInLine,
                message, e);
    }

    /**
     * "; options and parameters are set with '=', as in 'epochs = 200'" for {@code epochs: 200}: the
     * word before the ':' and the value after it, when there are both.
     */
    private String colonHint() {
        String before = word(_tokenStartCharIndex - 1, -1);
        String after = word(_tokenStartCharIndex + 1, 1);
        boolean example = !before.isEmpty() && !after.isEmpty() && !STATEMENT_WORDS.contains(before);
        return "; options and parameters are set with '='" + (example ? ", as in '" + before + " = " + after + "'" : "");
    }

    /** The word (letters, digits, '_', '.', '-', '+') next to {@code from}, past blanks, going {@code step} wards. */
    private String word(int from, int step) {
        int i = from;
        while (i >= 0 && i < _input.size() && (_input.getText(Interval.of(i, i)).equals(" ")
                || _input.getText(Interval.of(i, i)).equals("\t"))) {
            i += step;
        }
        StringBuilder word = new StringBuilder();
        while (i >= 0 && i < _input.size() && word.length() < MAX_WORD) {
            char c = _input.getText(Interval.of(i, i)).charAt(0);
            if (!Character.isLetterOrDigit(c) && "_.-+".indexOf(c) < 0) {
                break;
            }
            word.append(c);
            i += step;
        }
        return step < 0 ? word.reverse().toString() : word.toString();
    }
}
