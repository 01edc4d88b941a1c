package dev.nnc.compiler.parse;

import dev.nnc.grammar.NnLexer;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.LexerNoViableAltException;
import org.antlr.v4.runtime.misc.Interval;

/** The generated lexer, reporting a character no token can start with in plain words. */
final class ReportingLexer extends NnLexer {

    ReportingLexer(CharStream input) {
        super(input);
    }

    @Override
    public void notifyListeners(LexerNoViableAltException e) {
        // No token matched even a prefix here, so the first character is the culprit.
        String text = _input.getText(Interval.of(_tokenStartCharIndex, _tokenStartCharIndex));
        String message = "unexpected character " + TokenNames.character(text)
                + (text.equals("'") ? "; write file names in double quotes, as in \"train.csv\"" : "");
        getErrorListenerDispatch().syntaxError(this, null, _tokenStartLine, _tokenStartCharPositionInLine,
                message, e);
    }
}
