package dev.nnc.compiler.emit;

import com.palantir.javapoet.CodeBlock;
import dev.nnc.compiler.graph.Node;
import dev.nnc.compiler.graph.Op;
import dev.nnc.runtime.Functions;
import dev.nnc.runtime.Tanh;
import java.util.Optional;

/**
 * Writes a node as a Java expression: named nodes by their field, everything else inline, with
 * exactly the parentheses that keep the graph's evaluation order (floating point is not
 * associative, so {@code a * (b * c)} keeps its parentheses).
 */
final class ExpressionWriter {
    private static final int ADDITIVE = 1;
    private static final int MULTIPLICATIVE = 2;
    private static final int UNARY = 3;
    private static final int ATOM = 4;

    private final References references;
    private final Scalar scalar;

    ExpressionWriter(Names names, Scalar scalar) {
        this(node -> names.isNamed(node) ? Optional.of(CodeBlock.of("$N", names.of(node))) : Optional.empty(), scalar);
    }

    /**
     * Writes expressions in {@code scalar} arithmetic whose named nodes {@code references} reads:
     * fields, locals, array elements.
     */
    ExpressionWriter(References references, Scalar scalar) {
        this.references = references;
        this.scalar = scalar;
    }

    /** How an expression reads the values it does not write out. */
    @FunctionalInterface
    interface References {
        /** The code that reads {@code node}, or empty when the node is written inline. */
        Optional<CodeBlock> of(Node node);
    }

    /** {@code node} as an expression; a named node is written as its definition, not its name. */
    CodeBlock definition(Node node) {
        return write(node, true);
    }

    /** {@code node} as an expression, named nodes by name. */
    CodeBlock reference(Node node) {
        return write(node, false);
    }

    /**
     * {@code terms} added left to right, as the right-hand operands of a sum: {@code t0 + t1 + t2}
     * (or, after a field, {@code field + t0 + t1}), each parenthesised as its precedence needs.
     */
    CodeBlock sum(java.util.List<Node> terms, boolean afterField) {
        CodeBlock.Builder b = CodeBlock.builder().add("$L", operand(terms.get(0), ADDITIVE, afterField));
        for (int i = 1; i < terms.size(); i++) {
            b.add(" + $L", operand(terms.get(i), ADDITIVE, true));
        }
        return b.build();
    }

    /** {@code node} as the right operand of a multiplication, parenthesised when it needs to be. */
    CodeBlock factor(Node node) {
        return operand(node, MULTIPLICATIVE, true);
    }

    /** A rough count of bytecode bytes the expression takes, for method splitting. */
    int cost(Node node, boolean definition) {
        if (!definition && references.of(node).isPresent()) {
            return 4;
        }
        int cost = node.op() == Op.CONST ? 3 : node.op().isLeaf() ? 4 : 3;
        for (Node arg : node.args()) {
            cost += cost(arg, false);
        }
        return cost;
    }

    private CodeBlock write(Node node, boolean definition) {
        Optional<CodeBlock> reference = definition ? Optional.empty() : references.of(node);
        if (reference.isPresent()) {
            return reference.get();
        }
        return switch (node.op()) {
            case CONST -> scalar.literal(node.value());
            case ADD -> binary(node, "+", ADDITIVE);
            case SUB -> binary(node, "-", ADDITIVE);
            case MUL -> binary(node, "*", MULTIPLICATIVE);
            case DIV -> binary(node, "/", MULTIPLICATIVE);
            case NEG -> CodeBlock.of("-$L", operand(node.arg(0), UNARY, true));
            case EXP -> scalar.exp(reference(node.arg(0)));
            case LOG -> scalar.fromDouble(CodeBlock.of("$T.log($L)", Math.class, reference(node.arg(0))));
            case TANH -> scalar.fromDouble(CodeBlock.of("$T.tanh($L)", Tanh.class, reference(node.arg(0))));
            case SQRT -> scalar.fromDouble(CodeBlock.of("$T.sqrt($L)", Math.class, reference(node.arg(0))));
            case SIGMOID -> CodeBlock.of("1 / (1 + $L)", scalar.exp(CodeBlock.of("-$L", operand(node.arg(0), UNARY, true))));
            case SOFTPLUS -> scalar.fromDouble(CodeBlock.of("$T.softplus($L)", Functions.class, reference(node.arg(0))));
            case MAX -> CodeBlock.of("$T.max($L, $L)", Math.class, reference(node.arg(0)), reference(node.arg(1)));
            case MIN -> CodeBlock.of("$T.min($L, $L)", Math.class, reference(node.arg(0)), reference(node.arg(1)));
            case SELECT -> CodeBlock.of("$L > 0 ? $L : $L", operand(node.arg(0), ADDITIVE, false),
                    branch(node.arg(1)), branch(node.arg(2)));
            case INPUT, TARGET, PARAM, UPSTREAM -> throw new IllegalStateException("leaf without a name: " + node);
        };
    }

    /** A branch of {@code x > 0 ? a : b}; a number is written with a fraction, so the choice has the scalar's type. */
    private CodeBlock branch(Node node) {
        if (node.isConst() && references.of(node).isEmpty()) {
            return scalar.fractionLiteral(node.value());
        }
        return operand(node, ADDITIVE, false);
    }

    private CodeBlock binary(Node node, String operator, int precedence) {
        return CodeBlock.of("$L $L $L", operand(node.arg(0), precedence, false), operator,
                operand(node.arg(1), precedence, true));
    }

    /** An operand, parenthesised when it binds less tightly (or as tightly, on the right). */
    private CodeBlock operand(Node node, int parent, boolean right) {
        CodeBlock code = reference(node);
        int own = precedence(node);
        boolean parens = own < parent || (right && own == parent);
        return parens ? CodeBlock.of("($L)", code) : code;
    }

    private int precedence(Node node) {
        if (references.of(node).isPresent()) {
            return ATOM;
        }
        return switch (node.op()) {
            case CONST -> node.value() < 0 || Scalar.isNegativeZero(node.value()) ? UNARY : ATOM;
            case ADD, SUB -> ADDITIVE;
            case MUL, DIV -> MULTIPLICATIVE;
            case NEG -> UNARY;
            case SELECT, SIGMOID -> 0;
            case INPUT, TARGET, PARAM, UPSTREAM, EXP, LOG, TANH, SQRT, SOFTPLUS, MAX, MIN -> ATOM;
        };
    }
}
