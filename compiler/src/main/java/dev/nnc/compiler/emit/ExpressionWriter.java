package dev.nnc.compiler.emit;

import com.palantir.javapoet.CodeBlock;
import dev.nnc.compiler.graph.Node;
import dev.nnc.compiler.graph.Op;
import dev.nnc.runtime.Exp;
import dev.nnc.runtime.Functions;

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

    private final Names names;
    private final Scalar scalar;

    ExpressionWriter(Names names, Scalar scalar) {
        this.names = names;
        this.scalar = scalar;
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
        if (!definition && names.isNamed(node)) {
            return 4;
        }
        int cost = node.op() == Op.CONST ? 3 : node.op().isLeaf() ? 4 : 3;
        for (Node arg : node.args()) {
            cost += cost(arg, false);
        }
        return cost;
    }

    private CodeBlock write(Node node, boolean definition) {
        if (!definition && names.isNamed(node)) {
            return CodeBlock.of("$N", names.of(node));
        }
        switch (node.op()) {
            case CONST:
                return scalar.literal(node.value());
            case ADD:
                return binary(node, "+", ADDITIVE);
            case SUB:
                return binary(node, "-", ADDITIVE);
            case MUL:
                return binary(node, "*", MULTIPLICATIVE);
            case DIV:
                return binary(node, "/", MULTIPLICATIVE);
            case NEG:
                return CodeBlock.of("-$L", operand(node.arg(0), UNARY, true));
            case EXP:
                return scalar.fromDouble(CodeBlock.of("$T.exp($L)", Exp.class, reference(node.arg(0))));
            case LOG:
                return scalar.fromDouble(CodeBlock.of("$T.log($L)", Math.class, reference(node.arg(0))));
            case TANH:
                return scalar.fromDouble(CodeBlock.of("$T.tanh($L)", Math.class, reference(node.arg(0))));
            case SIGMOID:
                return CodeBlock.of("1 / (1 + $L)",
                        scalar.fromDouble(CodeBlock.of("$T.exp(-$L)", Exp.class, operand(node.arg(0), UNARY, true))));
            case SOFTPLUS:
                return scalar.fromDouble(CodeBlock.of("$T.softplus($L)", Functions.class, reference(node.arg(0))));
            case MAX:
                return CodeBlock.of("$T.max($L, $L)", Math.class, reference(node.arg(0)), reference(node.arg(1)));
            case RELU:
                return conditional(node.arg(0), node.arg(0), null, null);
            case LEAKY_RELU:
                return conditional(node.arg(0), node.arg(0), node.arg(1), node.arg(0));
            case GATE:
                return conditional(node.arg(0), node.arg(1), null, null);
            case LEAKY_GATE:
                return conditional(node.arg(0), node.arg(1), node.arg(2), node.arg(1));
            default:
                throw new IllegalStateException("leaf without a name: " + node);
        }
    }

    /** {@code x > 0 ? then : slope * value}, or {@code : 0.0} when there is no slope. */
    private CodeBlock conditional(Node x, Node then, Node slope, Node value) {
        CodeBlock otherwise = slope == null ? scalar.zero()
                : CodeBlock.of("$L * $L", operand(slope, MULTIPLICATIVE, false), operand(value, MULTIPLICATIVE, true));
        return CodeBlock.of("$L > 0 ? $L : $L", operand(x, ADDITIVE, false), operand(then, ADDITIVE, false), otherwise);
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
        if (names.isNamed(node)) {
            return ATOM;
        }
        switch (node.op()) {
            case CONST:
                return node.value() < 0 || Scalar.isNegativeZero(node.value()) ? UNARY : ATOM;
            case ADD:
            case SUB:
                return ADDITIVE;
            case MUL:
            case DIV:
                return MULTIPLICATIVE;
            case NEG:
                return UNARY;
            case RELU:
            case LEAKY_RELU:
            case GATE:
            case LEAKY_GATE:
            case SIGMOID:
                return 0;
            default:
                return ATOM;
        }
    }
}
