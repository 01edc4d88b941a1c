package dev.nnc.cli;

import dev.nnc.compiler.CompiledNetwork;
import dev.nnc.compiler.load.ClassCache;
import dev.nnc.compiler.load.InMemoryCompiler;
import dev.nnc.runtime.Network;

/** The generated class of a compiled network, loaded through the class cache, and its instances. */
final class NetworkClasses {
    private NetworkClasses() {
    }

    /**
     * The generated class of {@code network}: from {@code cache} when it holds it (found by the network's
     * text, without generating its source, when this nnc stored it), else compiled by javac.
     */
    static Class<?> load(CompiledNetwork network, ClassCache cache) {
        return cache.get(network.className(), () -> network.javaFile().toString(), network.cacheText()).type();
    }

    /**
     * A new instance of {@code type}, the generated class of {@code network}, at the model's learning
     * rate: a class from the cache may have been compiled from the same network at another rate, and
     * the rate is the one hyperparameter the class holds as a field.
     */
    static Network instantiate(CompiledNetwork network, Class<?> type) {
        Network net = InMemoryCompiler.newInstance(type);
        net.setRate(network.model().optimizer().rate());
        return net;
    }

    /** A new instance of the generated class of {@code network}, loaded through {@code cache}. */
    static Network instantiate(CompiledNetwork network, ClassCache cache) {
        return instantiate(network, load(network, cache));
    }
}
