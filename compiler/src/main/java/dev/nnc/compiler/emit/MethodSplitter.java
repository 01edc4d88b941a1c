package dev.nnc.compiler.emit;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Packs a long run of statements into private methods that each stay well under HotSpot's
 * 8,000-byte limit for JIT compilation ({@code DontCompileHugeMethods}). All values the
 * statements share live in fields, so a run can be cut anywhere.
 */
final class MethodSplitter {
    /** Estimated bytecode bytes per method: a third of HotSpot's limit leaves room for error. */
    static final int BUDGET = 2500;

    private MethodSplitter() {
    }

    /** A private method {@code name} running {@code statements}, plus the helper methods it calls. */
    static List<MethodSpec> split(String name, List<ParameterSpec> parameters, List<Statement> statements) {
        List<List<Statement>> chunks = chunks(statements);
        List<MethodSpec> methods = new ArrayList<>();
        MethodSpec.Builder main = MethodSpec.methodBuilder(name).addModifiers(Modifier.PRIVATE)
                .addParameters(parameters).returns(TypeName.VOID);
        if (chunks.size() <= 1) {
            chunks.forEach(chunk -> chunk.forEach(s -> main.addCode(s.code())));
            methods.add(main.build());
            return methods;
        }
        String arguments = String.join(", ", parameters.stream().map(ParameterSpec::name).toList());
        for (int i = 0; i < chunks.size(); i++) {
            String part = name + "Part" + (i + 1);
            main.addStatement("$N($L)", part, arguments);
            MethodSpec.Builder helper = MethodSpec.methodBuilder(part).addModifiers(Modifier.PRIVATE)
                    .addParameters(parameters);
            chunks.get(i).forEach(s -> helper.addCode(s.code()));
            methods.add(helper.build());
        }
        methods.add(0, main.build());
        return methods;
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
