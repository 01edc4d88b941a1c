package dev.nnc.bench;

import dev.nnc.compiler.model.Layer;
import dev.nnc.compiler.model.Network;
import dev.nnc.runtime.Activation;
import dev.nnc.runtime.BiasMode;
import dev.nnc.runtime.Loss;
import dev.nnc.runtime.OptimizerKind;
import org.encog.engine.network.activation.ActivationSigmoid;
import org.encog.ml.data.basic.BasicMLData;
import org.encog.ml.data.basic.BasicMLDataSet;
import org.encog.neural.networks.BasicNetwork;
import org.encog.neural.networks.layers.BasicLayer;
import org.encog.neural.networks.training.propagation.back.Backpropagation;

/**
 * The same network in Encog 3.4, trained by its plain {@link Backpropagation} (momentum 0, one
 * thread) online: the training set holds one sample, whose arrays are overwritten before each
 * {@code iteration()}, so each step is one forward pass, one backward pass and one update. This is
 * the lowest-level public per-sample training API Encog has.
 */
final class EncogStep implements Step {
    private final BasicMLData input;
    private final BasicMLData ideal;
    private final Backpropagation train;

    EncogStep(BenchmarkNetwork benchmark, double[] parameters) {
        Network model = benchmark.model();
        if (model.loss() != Loss.HALF_SSE || model.optimizer().kind() != OptimizerKind.SGD) {
            throw new IllegalArgumentException("the Encog comparison needs half_sse and sgd");
        }
        BasicNetwork network = new BasicNetwork();
        network.addLayer(new BasicLayer(null, true, model.input().size()));
        for (int l = 0; l < model.layers().size(); l++) {
            Layer layer = model.layers().get(l);
            if (layer.activation() != Activation.SIGMOID || layer.bias().mode() != BiasMode.PER_NEURON) {
                throw new IllegalArgumentException("the Encog comparison needs sigmoid layers with a bias per neuron");
            }
            network.addLayer(new BasicLayer(new ActivationSigmoid(), l + 1 < model.layers().size(), layer.size()));
        }
        network.getStructure().finalizeStructure();
        int weight = 0;
        int bias = model.weightCount();
        for (int l = 0; l < model.layers().size(); l++) {
            Layer layer = model.layers().get(l);
            for (int j = 0; j < layer.size(); j++) {
                for (int i = 0; i < layer.fanIn(); i++) {
                    network.setWeight(l, i, j, parameters[weight++]);
                }
                network.setWeight(l, layer.fanIn(), j, parameters[bias++]);
            }
        }
        input = new BasicMLData(model.input().size());
        ideal = new BasicMLData(model.output().size());
        BasicMLDataSet set = new BasicMLDataSet();
        set.add(input, ideal);
        train = new Backpropagation(network, set, model.optimizer().rate(), 0.0);
        train.setThreadCount(1);
        train.setBatchSize(1);
    }

    @Override
    public double train(double[] x, double[] t) {
        System.arraycopy(x, 0, input.getData(), 0, x.length);
        System.arraycopy(t, 0, ideal.getData(), 0, t.length);
        train.iteration();
        return train.getError();
    }
}
