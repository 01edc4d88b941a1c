package dev.nnc.maven;

import dev.nnc.compiler.SourceReader;
import dev.nnc.compiler.load.InMemoryCompiler;
import dev.nnc.maven.FingerprintStore.Entry;
import dev.nnc.maven.ModelCompiler.GeneratedFile;
import dev.nnc.maven.ModelCompiler.Output;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One run of a generate goal: find the models, skip those whose fingerprint is unchanged, compile
 * the rest, write what changed, delete what no model generates any more, and remember it all.
 * Models are handled in path order, so the outcome never depends on the order of the file system.
 */
final class SourceGenerator {
    private final GenerateRequest request;
    private final BuildEnvironment build;
    private final String compiler;
    private final List<String> errors = new ArrayList<>();

    SourceGenerator(GenerateRequest request, BuildEnvironment build, String compiler) {
        this.request = request;
        this.build = build;
        this.compiler = compiler;
    }

    /** Runs; model errors are reported and summed up in the result, I/O failures thrown. */
    GenerateSummary run() throws IOException {
        List<ModelFile> models = ModelScanner.scan(request.sourceDirectory(), request.includes(), request.excludes());
        Map<String, Entry> previous = FingerprintStore.load(request.stateFile());
        if (models.isEmpty()) {
            reportNoModels();
            if (previous.isEmpty()) {
                return summary(0, 0, 0, 0, new Writes(0, 0), 0, false);
            }
        }
        ModelCompiler modelCompiler = new ModelCompiler(request, compiler, this::report);
        Map<String, Entry> next = new TreeMap<>();
        Map<ModelFile, Output> compiled = new LinkedHashMap<>();
        List<Entry> kept = new ArrayList<>();
        int upToDate = 0;
        int failed = 0;
        for (ModelFile model : models) {
            Entry old = previous.get(model.relativePath());
            Optional<String> packageName = packageOf(model);
            if (packageName.isPresent() && old != null && isUpToDate(old, packageName.get(), model)) {
                next.put(model.relativePath(), old);
                kept.add(old);
                upToDate++;
                continue;
            }
            build.clearProblems(model.path());
            if (packageName.isEmpty()) {
                report(Problem.error(model.path(), request.display(model.path()), "folder '" + model.folder()
                        + "' is not a Java package name; rename it or set the plugin's <packageName>"));
            }
            Optional<Output> output = packageName.isEmpty() ? Optional.empty()
                    : modelCompiler.compile(model, packageName.get());
            if (output.isPresent()) {
                warnIfUnnamedPackage(model, packageName.get());
                compiled.put(model, output.get());
                next.put(model.relativePath(), entry(output.get()));
            } else {
                failed++; // keep its old files: the Java code using them still compiles in an IDE
                next.put(model.relativePath(), failedEntry(old));
            }
        }
        failed += dropClashes(compiled, next);
        Writes writes = write(compiled.values());
        int deleted = deleteStale(previous, next);
        OutputFiles.writeStateIfChanged(request.stateFile(), FingerprintStore.format(next).getBytes(StandardCharsets.UTF_8));
        for (Map.Entry<ModelFile, Output> done : compiled.entrySet()) {
            build.info("nnc: compiled " + request.display(done.getKey().path()) + " -> " + done.getValue().className());
        }
        return summary(models.size(), compiled.size(), upToDate, failed, writes, deleted,
                usesVectorApi(compiled.values(), kept));
    }

    /**
     * Whether, with the vector option on, a file compiled this run or kept from the last one uses
     * the Vector API (a network without a loop layer wide enough does not).
     */
    private boolean usesVectorApi(Iterable<Output> compiled, List<Entry> kept) throws IOException {
        if (!request.vector()) {
            return false;
        }
        for (Output output : compiled) {
            for (GeneratedFile file : output.files()) {
                if (InMemoryCompiler.usesVectorApi(new String(file.content(), StandardCharsets.UTF_8))) {
                    return true;
                }
            }
        }
        for (Entry entry : kept) {
            for (Path file : entry.outputs()) {
                if (Files.isRegularFile(file) && InMemoryCompiler.usesVectorApi(Files.readString(file))) {
                    return true;
                }
            }
        }
        return false;
    }

    private void reportNoModels() {
        String where = request.display(request.sourceDirectory());
        String why = Files.isDirectory(request.sourceDirectory())
                ? "no file in " + where + " matches " + String.join(", ", request.includes())
                : where + " does not exist";
        if (request.failOnMissingSources()) {
            report(Problem.error(request.sourceDirectory(), where, "no models: " + why
                    + " (failOnMissingSources is set)"));
        } else {
            build.info("nnc: no models: " + why);
        }
    }

    /** The configured package, else the model's folder as a package; empty when the folder is not one. */
    private Optional<String> packageOf(ModelFile model) {
        return request.packageName().isEmpty() ? PackageNames.fromFolder(model.folder())
                : Optional.of(request.packageName());
    }

    /** Classes in the unnamed package cannot be imported, so most code could not use the network. */
    private void warnIfUnnamedPackage(ModelFile model, String packageName) {
        if (packageName.isEmpty()) {
            build.report(Problem.warning(model.path(), request.display(model.path()), "its class goes in the unnamed "
                    + "package, which classes in other packages cannot import; move it into a folder "
                    + "(com/example/" + model.path().getFileName() + ") or set the plugin's <packageName>"));
        }
    }

    private boolean isUpToDate(Entry old, String packageName, ModelFile model) throws IOException {
        if (!old.compiled() || !old.outputs().stream().allMatch(Files::isRegularFile)) {
            return false;
        }
        Optional<byte[]> bytes = SourceReader.bytes(model.path(), request.display(model.path())).value();
        return bytes.isPresent() && old.fingerprint().equals(
                Fingerprint.of(compiler, request.optionsLine(packageName), bytes.get(), old.dataFiles()));
    }

    private static Entry entry(Output output) {
        return new Entry(output.fingerprint(), output.dataFiles(), output.files().stream().map(GeneratedFile::path).toList());
    }

    private static Entry failedEntry(Entry old) {
        return new Entry("", List.of(), old == null ? List.of() : old.outputs());
    }

    /**
     * Two models must not generate the same file. The later one in path order is reported, left
     * unwritten and forgotten, so it is compiled again next time; returns how many there were.
     */
    private int dropClashes(Map<ModelFile, Output> compiled, Map<String, Entry> next) {
        Set<String> fresh = new TreeSet<>();
        compiled.keySet().forEach(model -> fresh.add(model.relativePath()));
        Map<Path, String> owners = new HashMap<>();
        next.forEach((model, entry) -> {
            if (entry.compiled() && !fresh.contains(model)) {
                entry.outputs().forEach(path -> owners.putIfAbsent(path, model));
            }
        });
        int clashes = 0;
        for (var it = compiled.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<ModelFile, Output> done = it.next();
            ModelFile model = done.getKey();
            Optional<String> other = done.getValue().files().stream().map(f -> owners.get(f.path()))
                    .filter(owner -> owner != null).findFirst();
            if (other.isEmpty()) {
                done.getValue().files().forEach(f -> owners.put(f.path(), model.relativePath()));
                continue;
            }
            report(Problem.error(model.path(), request.display(model.path()), "generates "
                    + done.getValue().className() + ", as " + other.get() + " does; rename one of the networks"
                    + (request.packageName().isEmpty() ? "" : " (every model goes in package "
                    + request.packageName() + ")")));
            next.put(model.relativePath(), new Entry("", List.of(), List.of()));
            it.remove();
            clashes++;
        }
        return clashes;
    }

    /** How many generated files were written, and how many already held their new content. */
    private record Writes(int written, int unchanged) {
    }

    /** Writes every compiled file whose content changed. */
    private Writes write(Iterable<Output> outputs) throws IOException {
        int written = 0;
        int unchanged = 0;
        for (Output output : outputs) {
            for (GeneratedFile file : output.files()) {
                if (OutputFiles.writeIfChanged(build, file.path(), file.content())) {
                    written++;
                } else {
                    unchanged++;
                }
            }
        }
        return new Writes(written, unchanged);
    }

    /** Deletes what the last run generated and this one does not; returns how many files. */
    private int deleteStale(Map<String, Entry> previous, Map<String, Entry> next) throws IOException {
        Set<Path> current = new TreeSet<>();
        next.values().forEach(entry -> current.addAll(entry.outputs()));
        Set<Path> stale = new TreeSet<>();
        previous.values().forEach(entry -> stale.addAll(entry.outputs()));
        stale.removeAll(current);
        int deleted = 0;
        for (Path file : stale) {
            if (OutputFiles.delete(build, file)) {
                build.info("nnc: deleted " + request.display(file) + " (its model is gone)");
                deleted++;
            }
        }
        return deleted;
    }

    private void report(Problem problem) {
        if (problem.isError()) {
            errors.add(problem.headline());
        }
        build.report(problem);
    }

    private GenerateSummary summary(int networks, int regenerated, int upToDate, int failed, Writes writes,
                                    int deleted, boolean vectorApi) {
        return new GenerateSummary(networks, regenerated, upToDate, failed, writes.written(), writes.unchanged(),
                deleted, errors, vectorApi);
    }
}
