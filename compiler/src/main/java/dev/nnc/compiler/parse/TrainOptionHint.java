package dev.nnc.compiler.parse;

import dev.nnc.grammar.NnLexer;
import dev.nnc.grammar.NnParser;
import java.util.Optional;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * What is wrong after a train statement's options, on its line: "train epochs = 10 batchsize = 2"
 * ends the statement at "batchsize", where the parser would ask for a statement; a reader meant a
 * train option, so the message names the options and how they are written.
 */
final class TrainOptionHint {
    /** How train options are written. */
    static final String OPTIONS = "train takes epochs = N, batch = N, shuffle (or shuffle seed = N), patience = N and "
            + "min_delta = D, separated by spaces";
    private static final IntervalSet OPTION_WORDS = IntervalSet.of(NnLexer.EPOCHS, NnLexer.BATCH);

    private TrainOptionHint() {
    }

    /** The message for {@code found}, when it stands on the line of the train statement just parsed. */
    static Optional<String> message(Parser recognizer, Token found) {
        ParserRuleContext context = recognizer.getContext();
        if (found.getType() == Token.EOF || found.getType() == NnLexer.RBRACE || context.children == null
                || context.children.isEmpty()) {
            return Optional.empty();
        }
        ParseTree last = context.children.get(context.children.size() - 1);
        if (!(last instanceof NnParser.TrainStatementContext train) || train.stop == null
                || train.stop.getLine() != found.getLine()) {
            return Optional.empty();
        }
        if (found.getType() == NnLexer.COMMA) {
            return Optional.of("unexpected ',' between train options; " + OPTIONS);
        }
        String hint = found.getType() == NnLexer.IDENT
                ? TokenNames.keywordLike(found.getText(), OPTION_WORDS.or(IntervalSet.of(NnLexer.SHUFFLE).or(IntervalSet.of(NnLexer.PATIENCE, NnLexer.MIN_DELTA))))
                        .map(k -> " (did you mean '" + k + "'?)").orElse("")
                : "";
        return Optional.of("unknown train option " + TokenNames.found(found) + hint + "; " + OPTIONS);
    }
}
