package dev.nnc.cli.sweep;

import java.util.Map;

/** Defines classes from bytecode held in memory (a generated network and its nested classes). */
public final class BytesClassLoader extends ClassLoader {
    private final Map<String, byte[]> classes;

    public BytesClassLoader(Map<String, byte[]> classes, ClassLoader parent) {
        super(parent);
        this.classes = Map.copyOf(classes);
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        byte[] bytes = classes.get(name);
        if (bytes == null) {
            throw new ClassNotFoundException(name);
        }
        return defineClass(name, bytes, 0, bytes.length);
    }
}
