package dev.nnc.compiler.parse;

import dev.nnc.grammar.NnLexer;
import dev.nnc.grammar.NnParser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ErrorNode;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Which parts of a tree with syntax errors parsed cleanly. ANTLR marks every repair: a rule that
 * failed keeps its exception, and a token it made up or skipped becomes an error node. A subtree
 * without either is exactly what the user wrote, so its statement can be built and checked.
 */
final class Salvage {
    private Salvage() {
    }

    /** Whether {@code tree} contains no repair. */
    static boolean isClean(ParseTree tree) {
        if (tree instanceof ErrorNode) {
            return false;
        }
        if (tree instanceof TerminalNode terminal) {
            return terminal.getSymbol().getTokenIndex() >= 0;
        }
        if (tree instanceof ParserRuleContext context && context.exception != null) {
            return false;
        }
        for (int i = 0; i < tree.getChildCount(); i++) {
            if (!isClean(tree.getChild(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether the header, the word network, the name and the opening brace, parsed cleanly. */
    static boolean headerIsClean(NnParser.NetworkContext network) {
        return network.getChildCount() >= 3 && isClean(network.getChild(0)) && network.name != null
                && isClean(network.name) && network.getChild(2) instanceof TerminalNode brace
                && !(brace instanceof ErrorNode) && brace.getSymbol().getType() == NnLexer.LBRACE;
    }
}
