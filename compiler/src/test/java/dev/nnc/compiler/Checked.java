package dev.nnc.compiler;

import dev.nnc.compiler.diag.Diagnostic;
import dev.nnc.compiler.diag.Result;
import dev.nnc.compiler.diag.SourceFile;
import dev.nnc.compiler.model.Network;
import dev.nnc.compiler.plan.CodeSizeGovernor;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What the compiler reports for a .nn text before it reads data or emits code: the front end's checks, then the code-size plan's. */
public final class Checked {
    private Checked() {
    }

    /** The diagnostics of {@code file}: the front end's, and the plan's (E090) when the front end found no error. */
    public static List<Diagnostic> diagnostics(SourceFile file) {
        Result<Network> model = Frontend.analyze(file);
        List<Diagnostic> diagnostics = new ArrayList<>(model.diagnostics());
        if (!model.hasErrors() && model.value().isPresent()) {
            diagnostics.addAll(CodeSizeGovernor.plan(model.value().get(), Optional.of(file)).diagnostics());
        }
        return diagnostics;
    }
}
