package dev.nnc.cli.sweep;

import dev.nnc.compiler.load.InMemoryCompiler;
import dev.nnc.runtime.Network;
import java.io.Serializable;
import java.lang.reflect.InvocationTargetException;
import java.util.Map;

/**
 * A generated network class as bytecode: its binary name and the bytes of it and its nested classes,
 * compiled once on the driver and loaded wherever it trains, with no compiler there.
 */
public record NetworkClass(String name, Map<String, byte[]> bytecode) implements Serializable {
    public NetworkClass {
        bytecode = Map.copyOf(bytecode);
    }

    /** The class, loaded by a fresh class loader of its own whose parent knows the runtime's {@link Network}. */
    public Class<?> load() {
        return InMemoryCompiler.define(bytecode, name);
    }

    /** A new instance of {@code type}, with the initial weights of its {@code .nn} file. */
    public static Network instantiate(Class<?> type) {
        try {
            return (Network) type.getDeclaredConstructor().newInstance();
        } catch (InstantiationException | IllegalAccessException | InvocationTargetException
                 | NoSuchMethodException e) {
            throw new IllegalStateException("cannot instantiate " + type.getName(), e);
        }
    }
}
