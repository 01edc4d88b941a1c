package dev.nnc.compiler.emit;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import javax.lang.model.element.Modifier;

/**
 * Packs a long run of statements into private methods that each stay well under HotSpot's
 * 8,000-byte limit for JIT compilation ({@code DontCompileHugeMethods}). All values the
 * statements share live in fields, so a run can be cut anywhere.
 */
final class MethodSplitter {
    /** Estimated bytecode bytes per method: a third of HotSpot's limit leaves room for error. */
    static final int BUDGET = 2500;
    /** Bytes of a call to a part without its arguments: {@code aload_0; invokevirtual}. */
    private static final int CALL_COST = 4;

    private MethodSplitter() {
    }

    /**
     * A private method {@code name} running {@code statements}, plus the helper methods it calls:
     * {@code namePart1, namePart2...}, each a chunk of the statements. When the calls to the parts
     * are themselves too many for one method (thousands of layers), they are split the same way
     * into {@code namePart2_1, namePart2_2...}, and so on: every method stays small at any depth.
     */
    static List<MethodSpec> split(String name, List<ParameterSpec> parameters, List<Statement> statements) {
        return split(name, parameters, statements, (method, placed) -> { });
    }

    /** {@link #split}, telling {@code placed} which statements each method it writes holds, in order. */
    static List<MethodSpec> split(String name, List<ParameterSpec> parameters, List<Statement> statements,
                                  BiConsumer<MethodSpec, List<Statement>> placed) {
        return split(name, parameters, statements, 1, placed);
    }

    private static List<MethodSpec> split(String name, List<ParameterSpec> parameters, List<Statement> statements,
                                          int level, BiConsumer<MethodSpec, List<Statement>> placed) {
        List<List<Statement>> chunks = chunks(statements);
        if (chunks.size() <= 1) {
            return List.of(method(name, parameters, statements, placed));
        }
        String arguments = String.join(", ", parameters.stream().map(ParameterSpec::name).toList());
        List<MethodSpec> parts = new ArrayList<>();
        List<Statement> calls = new ArrayList<>();
        for (int i = 0; i < chunks.size(); i++) {
            String part = name + "Part" + (level == 1 ? "" : level + "_") + (i + 1);
            parts.add(method(part, parameters, chunks.get(i), placed));
            calls.add(Statement.of(CALL_COST + parameters.size(), "$N($L)", part, arguments));
        }
        List<MethodSpec> methods = new ArrayList<>(split(name, parameters, calls, level + 1, placed));
        methods.addAll(parts);
        return methods;
    }

    private static MethodSpec method(String name, List<ParameterSpec> parameters, List<Statement> statements,
                                     BiConsumer<MethodSpec, List<Statement>> placed) {
        MethodSpec.Builder builder = MethodSpec.methodBuilder(name).addModifiers(Modifier.PRIVATE)
                .addParameters(parameters).returns(TypeName.VOID);
        statements.forEach(s -> builder.addCode(s.code()));
        MethodSpec method = builder.build();
        placed.accept(method, List.copyOf(statements));
        return method;
    }

    private static List<List<Statement>> chunks(List<Statement> statements) {
        List<List<Statement>> chunks = new ArrayList<>();
        List<Statement> current = new ArrayList<>();
        int cost = 0;
        for (Statement s : statements) {
            if (cost + s.cost() > BUDGET && cost > 0) {
                chunks.add(current);
                current = new ArrayList<>();
                cost = 0;
            }
            current.add(s);
            cost += s.cost();
        }
        if (!current.isEmpty()) {
            chunks.add(current);
        }
        return chunks;
    }

    /** Joins statements into one block (for methods known to be small). */
    static CodeBlock join(List<Statement> statements) {
        CodeBlock.Builder b = CodeBlock.builder();
        statements.forEach(s -> b.add(s.code()));
        return b.build();
    }
}
