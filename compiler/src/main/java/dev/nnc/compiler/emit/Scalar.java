package dev.nnc.compiler.emit;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import dev.nnc.compiler.model.Precision;
import dev.nnc.runtime.Exp;
import dev.nnc.runtime.ExpF;

/**
 * The scalar type of a generated class, {@code double} or {@code float}: the type of its
 * parameters, intermediate values and arithmetic, and how its literals are written. The public
 * methods of {@link dev.nnc.runtime.Network} take {@code double[]} whatever the scalar; a float
 * class converts at that boundary.
 */
enum Scalar {
    DOUBLE(TypeName.DOUBLE, ClassName.get(Double.class), "DoubleVector"),
    FLOAT(TypeName.FLOAT, ClassName.get(Float.class), "FloatVector");

    /** Bits of the Vector API's vectors: AVX2's 256. */
    private static final int VECTOR_BITS = 256;

    private final TypeName type;
    private final ClassName boxed;
    private final ClassName vector;

    Scalar(TypeName type, ClassName boxed, String vector) {
        this.type = type;
        this.boxed = boxed;
        this.vector = ClassName.get("jdk.incubator.vector", vector);
    }

    static Scalar of(Precision precision) {
        return switch (precision) {
            case DOUBLE -> DOUBLE;
            case FLOAT -> FLOAT;
        };
    }

    /** {@code double} or {@code float}. */
    TypeName type() {
        return type;
    }

    /** {@code double[]} or {@code float[]}. */
    TypeName array() {
        return ArrayTypeName.of(type);
    }

    /** {@code double[][]} or {@code float[][]}. */
    TypeName matrix() {
        return ArrayTypeName.of(array());
    }

    /** {@code Double} or {@code Float}: the Vector API species' type argument. */
    ClassName boxed() {
        return boxed;
    }

    /** {@code DoubleVector} or {@code FloatVector}. */
    ClassName vector() {
        return vector;
    }

    /** Lanes of one 256-bit vector: four doubles or eight floats. */
    int lanes() {
        return VECTOR_BITS / (this == DOUBLE ? Double.SIZE : Float.SIZE);
    }

    /**
     * A literal of this type that reads back as exactly {@code value} (rounded to float for a float
     * class): a whole number as an int literal, else {@code 0.35} or {@code 0.35f}.
     */
    CodeBlock literal(double value) {
        if (this == DOUBLE) {
            if (value == Math.rint(value) && Math.abs(value) <= 1e9 && !isNegativeZero(value)) {
                return CodeBlock.of("$L", (long) value);
            }
            return CodeBlock.of("$L", Double.toString(value));
        }
        float f = (float) value;
        if (Float.isInfinite(f)) {
            return CodeBlock.of("$T.$L", Float.class, f > 0 ? "POSITIVE_INFINITY" : "NEGATIVE_INFINITY");
        }
        if (f == Math.rint(f) && Math.abs(f) <= 1 << 24 && !isNegativeZero(f)) {
            return CodeBlock.of("$L", (long) f);
        }
        return CodeBlock.of("$Lf", Float.toString(f));
    }

    /**
     * A literal of this type with a fraction ({@code 1.0}, {@code 0.05f}), never an int: a branch of
     * a conditional, whose type would otherwise follow the int.
     */
    CodeBlock fractionLiteral(double value) {
        return this == DOUBLE ? CodeBlock.of("$L", Double.toString(value))
                : CodeBlock.of("$Lf", Float.toString((float) value));
    }

    /**
     * e^{@code argument} in this type: the runtime's {@code Exp.exp} in double, its float twin
     * {@code ExpF.exp} (cheaper, and within one float ulp) in float.
     */
    CodeBlock exp(CodeBlock argument) {
        return CodeBlock.of("$T.exp($L)", this == DOUBLE ? Exp.class : ExpF.class, argument);
    }

    /** Zero as this type's literal: {@code 0.0} or {@code 0.0f} (the other branch of a conditional). */
    CodeBlock zero() {
        return CodeBlock.of(this == DOUBLE ? "0.0" : "0.0f");
    }

    /**
     * {@code primary}, a {@code double} primary expression (a call to {@code Math} or the runtime),
     * as this type: itself, or {@code (float) primary}.
     */
    CodeBlock fromDouble(CodeBlock primary) {
        return this == DOUBLE ? primary : CodeBlock.of("($T) $L", type, primary);
    }

    /** {@code expression}, any {@code double} expression, as this type: itself, or {@code (float) (expression)}. */
    CodeBlock fromDoubleExpression(CodeBlock expression) {
        return this == DOUBLE ? expression : CodeBlock.of("($T) ($L)", type, expression);
    }

    /**
     * {@code element}, an element of an array of {@code source} numbers, as this type: a cast when
     * it narrows (a double into a float class), none otherwise (javac warns of a redundant cast).
     */
    CodeBlock from(Scalar source, CodeBlock element) {
        return source == DOUBLE && this == FLOAT ? fromDouble(element) : element;
    }

    static boolean isNegativeZero(double v) {
        return Double.doubleToRawLongBits(v) == Double.doubleToRawLongBits(-0.0);
    }
}
