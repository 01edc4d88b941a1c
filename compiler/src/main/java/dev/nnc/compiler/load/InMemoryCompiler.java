package dev.nnc.compiler.load;

import com.palantir.javapoet.JavaFile;
import dev.nnc.runtime.Network;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.lang.reflect.InvocationTargetException;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** Compiles generated sources with the JDK's compiler in memory and loads them, writing no files. */
public final class InMemoryCompiler {
    private InMemoryCompiler() {
    }

    /** Compiles {@code file} and returns a new instance of its network class. */
    public static Network instantiate(JavaFile file) {
        return newInstance(compile(file));
    }

    /** A new instance of a compiled network class. */
    public static Network newInstance(Class<?> type) {
        try {
            return (Network) type.getDeclaredConstructor().newInstance();
        } catch (InstantiationException | IllegalAccessException | InvocationTargetException | NoSuchMethodException e) {
            throw new IllegalStateException("cannot instantiate generated class " + type.getName(), e);
        }
    }

    /** Compiles {@code file} and loads its class. */
    public static Class<?> compile(JavaFile file) {
        return compile(qualifiedName(file), file.toString());
    }

    /** Compiles one source defining {@code qualifiedName} and loads the class. */
    public static Class<?> compile(String qualifiedName, String source) {
        return compileAll(Map.of(qualifiedName, source)).get(qualifiedName);
    }

    /** Compiles many generated files in one run of the compiler (much faster than one by one). */
    public static Map<String, Class<?>> compileAll(List<JavaFile> files) {
        Map<String, String> sources = new HashMap<>();
        for (JavaFile file : files) {
            sources.put(qualifiedName(file), file.toString());
        }
        return compileAll(sources);
    }

    private static String qualifiedName(JavaFile file) {
        return file.packageName().isEmpty() ? file.typeSpec().name() : file.packageName() + "." + file.typeSpec().name();
    }

    /** Compiles sources (by qualified class name) in one run of the compiler and loads every class. */
    public static Map<String, Class<?>> compileAll(Map<String, String> sources) {
        ClassLoader loader = loader(bytecode(sources));
        Map<String, Class<?>> classes = new HashMap<>();
        for (String name : sources.keySet()) {
            classes.put(name, load(loader, name));
        }
        return classes;
    }

    /** Loads {@code qualifiedName} from the bytecode of it and its nested classes (by binary name), in a loader of their own. */
    public static Class<?> define(Map<String, byte[]> bytecode, String qualifiedName) {
        return load(loader(bytecode), qualifiedName);
    }

    private static ClassLoader loader(Map<String, byte[]> bytecode) {
        return new MemoryClassLoader(Map.copyOf(bytecode), Network.class.getClassLoader());
    }

    private static Class<?> load(ClassLoader loader, String name) {
        try {
            return loader.loadClass(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("compiled class not found: " + name, e);
        }
    }

    /**
     * Compiles sources (by qualified class name) in one run of the compiler and returns the bytecode
     * of every class they define, by binary name, loading none.
     */
    public static Map<String, byte[]> bytecode(Map<String, String> sources) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new IllegalStateException("no Java compiler available: run nnc on a JDK, not a JRE");
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        StandardJavaFileManager standard = javac.getStandardFileManager(diagnostics, Locale.ROOT, null);
        MemoryFileManager files = new MemoryFileManager(standard);
        List<JavaFileObject> units = new java.util.ArrayList<>();
        sources.forEach((name, text) -> units.add(new SourceObject(name, text)));
        List<String> options = options(sources.values(), "-g:none", "-nowarn");
        StringWriter output = new StringWriter();
        boolean ok = javac.getTask(output, files, diagnostics, options, null, units).call();
        if (!ok) {
            StringBuilder message = new StringBuilder("generated code did not compile:\n");
            diagnostics.getDiagnostics().forEach(d -> message.append(d.getLineNumber()).append(": ")
                    .append(d.getMessage(Locale.ROOT)).append('\n'));
            throw new IllegalStateException(message.toString());
        }
        return files.bytecode();
    }

    /**
     * javac's options: the class path, {@code extra}, and {@code --add-modules jdk.incubator.vector}
     * when a source uses the Vector API.
     */
    private static List<String> options(java.util.Collection<String> sources, String... extra) {
        List<String> options = new java.util.ArrayList<>(List.of("-classpath", System.getProperty("java.class.path"),
                "-proc:none"));
        options.addAll(List.of(extra));
        if (sources.stream().anyMatch(InMemoryCompiler::usesVectorApi)) {
            options.addAll(List.of("--add-modules", VECTOR_MODULE));
        }
        return options;
    }

    /** The JDK's incubating Vector API module. */
    public static final String VECTOR_MODULE = "jdk.incubator.vector";

    /** Whether generated {@code source} uses the Vector API. */
    public static boolean usesVectorApi(String source) {
        return source.contains("import " + VECTOR_MODULE + ".");
    }

    /**
     * Whether classes using the Vector API can run in this JVM: it was started with {@code
     * --add-modules jdk.incubator.vector}.
     */
    public static boolean vectorApiAvailable() {
        return ModuleLayer.boot().findModule(VECTOR_MODULE).isPresent();
    }

    private static final class SourceObject extends SimpleJavaFileObject {
        private final String source;

        SourceObject(String qualifiedName, String source) {
            super(URI.create("string:///" + qualifiedName.replace('.', '/') + Kind.SOURCE.extension), Kind.SOURCE);
            this.source = source;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return source;
        }
    }

    private static final class ClassObject extends SimpleJavaFileObject {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        ClassObject(String name) {
            super(URI.create("bytes:///" + name.replace('.', '/') + Kind.CLASS.extension), Kind.CLASS);
        }

        @Override
        public OutputStream openOutputStream() {
            return bytes;
        }
    }

    private static final class MemoryFileManager extends ForwardingJavaFileManager<JavaFileManager> {
        private final Map<String, ClassObject> classes = new HashMap<>();

        MemoryFileManager(JavaFileManager delegate) {
            super(delegate);
        }

        @Override
        public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
                                                   FileObject sibling) {
            ClassObject object = new ClassObject(className);
            classes.put(className, object);
            return object;
        }

        Map<String, byte[]> bytecode() {
            Map<String, byte[]> out = new HashMap<>();
            classes.forEach((name, object) -> out.put(name, object.bytes.toByteArray()));
            return out;
        }
    }

    private static final class MemoryClassLoader extends ClassLoader {
        private final Map<String, byte[]> classes;

        MemoryClassLoader(Map<String, byte[]> classes, ClassLoader parent) {
            super(parent);
            this.classes = classes;
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

    /** The bytecode of every class compiled from {@code file}, by binary name (for size checks). */
    public static Map<String, byte[]> bytecode(JavaFile file) {
        String name = qualifiedName(file);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StandardJavaFileManager standard = javac.getStandardFileManager(null, Locale.ROOT, null);
        MemoryFileManager files = new MemoryFileManager(standard);
        String source = file.toString();
        boolean ok = javac.getTask(new StringWriter(), files, null, options(List.of(source)), null,
                List.of(new SourceObject(name, source))).call();
        if (!ok) {
            throw new IllegalStateException("generated code did not compile");
        }
        return files.bytecode();
    }
}
