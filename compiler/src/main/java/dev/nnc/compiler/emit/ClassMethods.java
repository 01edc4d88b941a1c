package dev.nnc.compiler.emit;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeSpec;
import dev.nnc.compiler.model.Network;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code classNames()} for a network trained on label data: the names of its training data's classes,
 * class 0 first. {@code predictClass(x)}, the index of the class it predicts, is the runtime
 * {@code Network}'s, which every generated class has.
 */
final class ClassMethods {
    /** Up to this many names (and characters) are written as an array; more as chunks of one text. */
    private static final int ARRAY_NAMES = 1000;
    private static final int CHUNK = 8000;

    private ClassMethods() {
    }

    /** Adds {@code classNames()} when {@code network} knows its classes. */
    static void add(TypeSpec.Builder type, Network network) {
        List<String> classes = network.classNames();
        if (classes.isEmpty()) {
            return;
        }
        type.addMethod(ClassBasics.override("classNames", ArrayTypeName.of(String.class))
                .addJavadoc("The classes of the training data's labels, class 0 first.\n")
                .addStatement("return $L", names(classes)).build());
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
