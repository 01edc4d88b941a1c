package dev.nnc.compiler.explain;

import dev.nnc.compiler.CompiledNetwork;
import dev.nnc.compiler.load.InMemoryCompiler;
import dev.nnc.runtime.Dataset;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the derivation of a compiled network's gradients as Markdown with LaTeX, the way the
 * backpropagation tutorials work an example by hand: the forward pass, the loss, the chain rule
 * with each factor's value, the node deltas, one optimizer step, and the loss before and after.
 * Every equation comes from the network's model and expression graph and every number from
 * evaluating that graph on the first training sample; the step itself is taken by the generated
 * class. Networks with more than {@link #PER_WEIGHT_LIMIT} weights are explained layer by layer.
 */
public final class Explainer {
    /** Networks with more weights than this are summarised per layer instead of per weight. */
    public static final int PER_WEIGHT_LIMIT = 60;

    private Explainer() {
    }

    /**
     * The explanation of {@code compiled} on its training samples {@code data} (not empty), using a
     * fresh instance of its generated class, compiled in memory, for the update.
     */
    public static String explain(CompiledNetwork compiled, Dataset data) {
        return explain(compiled, data, InMemoryCompiler.instantiate(compiled.javaFile()));
    }

    /**
     * The explanation of {@code compiled} on {@code data} (not empty); {@code generated} is a fresh
     * instance of its generated class, which takes the step shown (and is changed by it).
     */
    public static String explain(CompiledNetwork compiled, Dataset data, dev.nnc.runtime.Network generated) {
        return explanation(compiled, data, generated).markdown();
    }

    /** The explanation of {@code compiled} on {@code data} (not empty) as a model, for any renderer. */
    public static Explanation explanation(CompiledNetwork compiled, Dataset data) {
        return explanation(compiled, data, InMemoryCompiler.instantiate(compiled.javaFile()));
    }

    /** As {@link #explanation(CompiledNetwork, Dataset)}, with {@code generated} taking the step shown. */
    public static Explanation explanation(CompiledNetwork compiled, Dataset data, dev.nnc.runtime.Network generated) {
        FirstStep step = FirstStep.take(compiled.backward(), data, generated);
        Context context = Context.of(step, CodeIndex.of(compiled));
        boolean perWeight = compiled.model().weightCount() <= PER_WEIGHT_LIMIT;
        Markdown md = new Markdown();
        new Introduction(context).write(md, perWeight);
        if (perWeight) {
            new ForwardWriter(context).write(md);
            new BackwardWriter(context).write(md);
            new StepWriter(context).write(md, trainable(step));
        } else {
            LayerSummary summary = new LayerSummary(context);
            summary.write(md);
            new StepWriter(context).write(md, summary.representativeParameters());
        }
        NetworkPicture picture = new PictureBuilder(compiled.model()).worked(context);
        return new Explanation(md.blocks(), picture, compiled.model().sourceName(),
                compiled.source().lines(), context.code().fileName());
    }

    /** The diagram of {@code compiled} with parameters {@code params} (weights, then biases) and no sample. */
    public static NetworkPicture picture(CompiledNetwork compiled, double[] params) {
        return new PictureBuilder(compiled.model()).plain(params);
    }

    private static List<Integer> trainable(FirstStep step) {
        List<Integer> trainable = new ArrayList<>();
        for (int p = 0; p < step.parameterCount(); p++) {
            if (step.trainable(p)) {
                trainable.add(p);
            }
        }
        return trainable;
    }
}
