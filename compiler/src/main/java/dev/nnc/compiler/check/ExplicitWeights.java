package dev.nnc.compiler.check;

import dev.nnc.compiler.ast.AllWeightsStatement;
import dev.nnc.compiler.ast.LayerWeightsStatement;
import dev.nnc.compiler.ast.NetworkDecl;
import dev.nnc.compiler.ast.Statement;
import dev.nnc.compiler.diag.SourceFile;
import dev.nnc.compiler.model.Layer;
import dev.nnc.compiler.model.Network;
import dev.nnc.compiler.parse.SourceParser;
import java.util.HashSet;
import java.util.Set;

/**
 * Whether a network's file writes out every weight ({@code weights = [...]}, or {@code weights NAME =
 * [...]} for every layer) instead of drawing some with {@code weights init}: such a file is a trained
 * model on its own, which {@code predict} and {@code evaluate} may use without a weights file.
 */
public final class ExplicitWeights {
    private ExplicitWeights() {
    }

    /** Whether every layer of {@code network} (checked from {@code file}) has its weights written out. */
    public static boolean given(SourceFile file, Network network) {
        NetworkDecl decl = SourceParser.parseAndSalvage(file).result().value().orElseThrow(
                () -> new IllegalArgumentException("a checked network's file parses")).networks().get(0);
        Set<String> layers = new HashSet<>();
        for (Statement statement : decl.statements()) {
            if (statement instanceof AllWeightsStatement) {
                return true;
            }
            if (statement instanceof LayerWeightsStatement layer) {
                layers.add(layer.layer().text());
            }
        }
        return network.layers().stream().map(Layer::name).allMatch(layers::contains);
    }
}
