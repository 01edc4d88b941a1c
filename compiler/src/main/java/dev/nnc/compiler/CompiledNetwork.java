package dev.nnc.compiler;

import com.palantir.javapoet.JavaFile;
import dev.nnc.compiler.diag.SourceFile;
import dev.nnc.compiler.graph.Backward;
import dev.nnc.compiler.model.Network;

/** Everything compiling one {@code .nn} file produced: the checked model, its derivative, and the Java source. */
public record CompiledNetwork(SourceFile source, Network model, Backward backward, JavaFile javaFile) {
    /** The generated class's qualified name. */
    public String className() {
        String pkg = javaFile.packageName();
        return pkg.isEmpty() ? javaFile.typeSpec().name() : pkg + "." + javaFile.typeSpec().name();
    }
}
