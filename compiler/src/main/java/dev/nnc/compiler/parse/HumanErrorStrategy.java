package dev.nnc.compiler.parse;

import dev.nnc.grammar.NnLexer;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.InputMismatchException;
import org.antlr.v4.runtime.NoViableAltException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.RuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.ATNState;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * ANTLR's recovery with messages for people: "expected ']' but found 'layer'" instead of token-set
 * dumps. It also recovers inside a list that goes wrong on its first item (a network whose first
 * statement is misspelt) the way ANTLR already does on later items, so the rest is still checked.
 */
final class HumanErrorStrategy extends DefaultErrorStrategy {

    @Override
    public void sync(Parser recognizer) throws RecognitionException {
        ATNState state = recognizer.getInterpreter().atn.states.get(recognizer.getState());
        boolean loop = state.getStateType() == ATNState.STAR_LOOP_ENTRY
                || state.getStateType() == ATNState.STAR_LOOP_BACK || state.getStateType() == ATNState.PLUS_LOOP_BACK;
        IntervalSet next = recognizer.getATN().nextTokens(state);
        int la = recognizer.getInputStream().LA(1);
        if (loop && inErrorRecoveryMode(recognizer) && next.contains(la)
                && recognizer.getInputStream().index() != lastErrorIndex) {
            // Back on track at the start of the next statement (or list item): report again. Only the
            // flag is cleared; ANTLR's guard against looping at one position (lastErrorIndex) stays.
            errorRecoveryMode = false;
            return;
        }
        if (!inErrorRecoveryMode(recognizer) && state.getStateType() == ATNState.STAR_LOOP_ENTRY
                && !next.contains(la) && !next.contains(Token.EPSILON)) {
            reportUnwantedToken(recognizer);
            consumeUntil(recognizer, recognizer.getExpectedTokens().or(getErrorRecoverySet(recognizer)));
            return;
        }
        super.sync(recognizer);
    }

    /** A missing token is the likelier mistake when the token found can follow it ("layer h[2] loss"). */
    @Override
    public Token recoverInline(Parser recognizer) throws RecognitionException {
        if (singleTokenInsertion(recognizer)) {
            return getMissingSymbol(recognizer);
        }
        Token matched = singleTokenDeletion(recognizer);
        if (matched != null) {
            recognizer.consume();
            return matched;
        }
        throw nextTokensContext == null
                ? new InputMismatchException(recognizer)
                : new InputMismatchException(recognizer, nextTokensState, nextTokensContext);
    }

    /** Never skip a token that can follow the current rule: "network {" lacks a name, it has no extra '{'. */
    @Override
    protected Token singleTokenDeletion(Parser recognizer) {
        if (getErrorRecoverySet(recognizer).contains(recognizer.getInputStream().LA(1))) {
            return null;
        }
        return super.singleTokenDeletion(recognizer);
    }

    @Override
    protected void reportNoViableAlternative(Parser recognizer, NoViableAltException e) {
        Token found = e.getOffendingToken();
        String message = found == e.getStartToken()
                ? expectedButFound(e.getExpectedTokens(), e.getCtx(), found)
                : "unexpected " + TokenNames.found(found) + hint(found, e.getExpectedTokens());
        recognizer.notifyErrorListeners(found, special(found, message), e);
    }

    @Override
    protected void reportInputMismatch(Parser recognizer, InputMismatchException e) {
        Token found = e.getOffendingToken();
        String message = expectedButFound(e.getExpectedTokens(), e.getCtx(), found);
        recognizer.notifyErrorListeners(found, special(found, message), e);
    }

    @Override
    protected void reportUnwantedToken(Parser recognizer) {
        if (inErrorRecoveryMode(recognizer)) {
            return;
        }
        beginErrorCondition(recognizer);
        Token found = recognizer.getCurrentToken();
        IntervalSet expected = getExpectedTokens(recognizer);
        String message = found.getType() == Token.EOF
                ? expectedButFound(expected, recognizer.getContext(), found)
                : TrainOptionHint.message(recognizer, found).orElseGet(() -> "unexpected " + TokenNames.found(found)
                        + hint(found, expected) + "; expected " + TokenNames.expected(expected, recognizer.getContext()));
        recognizer.notifyErrorListeners(found, special(found, message), null);
    }

    @Override
    protected void reportMissingToken(Parser recognizer) {
        if (inErrorRecoveryMode(recognizer)) {
            return;
        }
        beginErrorCondition(recognizer);
        Token found = recognizer.getCurrentToken();
        String message = expectedButFound(getExpectedTokens(recognizer), recognizer.getContext(), found);
        recognizer.notifyErrorListeners(found, special(found, message), null);
    }

    private static String expectedButFound(IntervalSet expected, RuleContext context, Token found) {
        return "expected " + TokenNames.expected(expected, context) + " but found " + TokenNames.found(found)
                + hint(found, expected);
    }

    /** " (did you mean 'layer'?)" when a name looks like a misspelling of a keyword that may stand there. */
    private static String hint(Token found, IntervalSet expected) {
        if (found.getType() != NnLexer.IDENT) {
            return "";
        }
        return TokenNames.keywordLike(found.getText(), expected).map(k -> " (did you mean '" + k + "'?)").orElse("");
    }

    /** Broken strings and comments get their own message, whatever was expected. */
    private static String special(Token found, String message) {
        return switch (found.getType()) {
            case NnLexer.UNTERMINATED_STRING -> "this string has no closing '\"' on its line";
            case NnLexer.UNTERMINATED_COMMENT -> "this comment has no closing '*/'";
            default -> message;
        };
    }
}
