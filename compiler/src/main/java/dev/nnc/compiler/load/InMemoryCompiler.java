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
        ClassLoader loader = new MemoryClassLoader(files.classes, Network.class.getClassLoader());
        Map<String, Class<?>> classes = new HashMap<>();
        for (String name : sources.keySet()) {
            try {
                classes.put(name, loader.loadClass(name));
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("compiled class not found: " + name, e);
            }
        }
        return classes;
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
    }

    private static final class MemoryClassLoader extends ClassLoader {
        private final Map<String, ClassObject> classes;

        MemoryClassLoader(Map<String, ClassObject> classes, ClassLoader parent) {
            super(parent);
            this.classes = classes;
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            ClassObject object = classes.get(name);
            if (object == null) {
                throw new ClassNotFoundException(name);
            }
            byte[] bytes = object.bytes.toByteArray();
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
        Map<String, byte[]> out = new HashMap<>();
        files.classes.forEach((k, v) -> out.put(k, v.bytes.toByteArray()));
        return out;
    }
}
