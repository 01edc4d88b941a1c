package dev.nnc.compiler.parse;

import dev.nnc.compiler.ast.Argument;
import dev.nnc.compiler.ast.Call;
import dev.nnc.compiler.ast.Name;
import dev.nnc.compiler.ast.NumberList;
import dev.nnc.compiler.ast.NumberLit;
import dev.nnc.compiler.ast.Sample;
import dev.nnc.compiler.ast.StringLit;
import dev.nnc.compiler.diag.Span;
import dev.nnc.grammar.NnParser;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

/** Builds the small AST values (names, numbers, lists, calls) that statements are made of. */
final class Nodes {
    private final Positions positions;

    Nodes(Positions positions) {
        this.positions = positions;
    }

    Span span(Token token) {
        return positions.of(token);
    }

    Span span(ParserRuleContext context) {
        return positions.of(context);
    }

    /** Line 1, column 1. */
    Span start() {
        return positions.at(1, 1, 1);
    }

    Name name(NnParser.IdentifierContext context) {
        return new Name(context.getText(), span(context));
    }

    Name name(Token token) {
        return new Name(token.getText(), span(token));
    }

    /** The lexer only makes valid literals, so parsing cannot fail; overflow gives infinity. */
    NumberLit number(Token token) {
        return new NumberLit(token.getText(), Double.parseDouble(token.getText()), span(token));
    }

    Optional<NumberLit> optionalNumber(Token token) {
        return Optional.ofNullable(token).map(this::number);
    }

    List<NumberLit> numbers(List<Token> tokens) {
        return tokens.stream().map(this::number).collect(Collectors.toList());
    }

    NumberList list(NnParser.NumberListContext context) {
        return new NumberList(numbers(context.values), span(context));
    }

    StringLit string(Token token) {
        String text = token.getText();
        return new StringLit(text.substring(1, text.length() - 1), span(token));
    }

    Call call(NnParser.CallContext context) {
        List<Argument> arguments = context.arguments.stream().map(this::argument).collect(Collectors.toList());
        return new Call(name(context.name), arguments, context.LPAREN() != null, span(context));
    }

    Sample sample(NnParser.SampleContext context) {
        return new Sample(list(context.inputs), list(context.targets), span(context));
    }

    private Argument argument(NnParser.ArgumentContext context) {
        return new Argument(Optional.ofNullable(context.name).map(this::name), number(context.value), span(context));
    }
}
