package dev.nnc.compiler.emit;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.nnc.compiler.model.Network;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code classNames()} and {@code predictClass(x)} for a network trained on label data: the names of
 * its training data's classes, class 0 first, and the index of the class it predicts.
 */
final class ClassMethods {
    /** Up to this many names (and characters) are written as an array; more as chunks of one text. */
    private static final int ARRAY_NAMES = 1000;
    private static final int CHUNK = 8000;

    private ClassMethods() {
    }

    /** Adds both methods when {@code network} knows its classes. */
    static void add(TypeSpec.Builder type, Network network) {
        List<String> classes = network.classNames();
        if (classes.isEmpty()) {
            return;
        }
        type.addMethod(ClassBasics.override("classNames", ArrayTypeName.of(String.class))
                .addJavadoc("The classes of the training data's labels, class 0 first.\n")
                .addStatement("return $L", names(classes)).build());
        int outputs = network.output().size();
        MethodSpec.Builder predict = ClassBasics.override("predictClass", TypeName.INT)
                .addJavadoc(outputs == 1
                        ? "The class predicted for {@code x}: 1 ($L) when the output is above 0.5, else 0 ($L).\n"
                        : "The class predicted for {@code x}: the index of the first largest output ($L, ...).\n",
                        outputs == 1 ? new Object[] {classes.get(1), classes.get(0)} : new Object[] {classes.get(0)})
                .addParameter(ClassBasics.DOUBLES, "x")
                .addStatement("double[] y = new double[$L]", outputs)
                .addStatement("predict(x, y)");
        if (outputs == 1) {
            predict.addStatement("return y[0] > 0.5 ? 1 : 0");
        } else {
            predict.addStatement("int best = 0")
                    .beginControlFlow("for (int k = 1; k < $L; k++)", outputs)
                    .beginControlFlow("if (y[k] > y[best])")
                    .addStatement("best = k")
                    .endControlFlow()
                    .endControlFlow()
                    .addStatement("return best");
        }
        type.addMethod(predict.build());
    }

    /**
     * {@code new String[] {"setosa", ...}}; a list too long for one method's constants is one text
     * split at line ends (a CSV cell holds none), written in chunks that each fit a class file's constant.
     */
    private static CodeBlock names(List<String> classes) {
        int characters = classes.stream().mapToInt(String::length).sum();
        if (classes.size() <= ARRAY_NAMES && characters <= ARRAY_NAMES * 20) {
            List<CodeBlock> literals = classes.stream().map(c -> CodeBlock.of("$S", c)).toList();
            return CodeBlock.of("new String[] {$L}", CodeBlock.join(literals, ", "));
        }
        String joined = String.join("\n", classes);
        List<CodeBlock> chunks = new ArrayList<>();
        int from = 0;
        while (from < joined.length()) {
            int to = Math.min(joined.length(), from + CHUNK);
            if (to < joined.length() && Character.isHighSurrogate(joined.charAt(to - 1))) {
                to--;
            }
            chunks.add(CodeBlock.of("$S", joined.substring(from, to)));
            from = to;
        }
        return CodeBlock.of("$T.join(\"\", $L).split(\"\\n\", -1)", String.class, CodeBlock.join(chunks, ",\n"));
    }
}
