package dev.nnc.maven;

import dev.nnc.runtime.AtomicFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A build environment that writes files plainly and remembers everything it was told. */
final class RecordingBuild implements BuildEnvironment {
    final List<Problem> problems = new ArrayList<>();
    final List<String> info = new ArrayList<>();
    final List<Path> written = new ArrayList<>();
    final List<Path> refreshed = new ArrayList<>();
    /** Clearing and reporting, in order: an IDE must see a file's problems cleared before new ones come. */
    final List<String> markers = new ArrayList<>();

    @Override
    public void write(Path file, byte[] content) throws IOException {
        written.add(file);
        AtomicFiles.write(file, content);
    }

    @Override
    public void refresh(Path file) {
        refreshed.add(file);
    }

    @Override
    public void clearProblems(Path file) {
        markers.add("clear " + file.getFileName());
    }

    @Override
    public void report(Problem problem) {
        problems.add(problem);
        markers.add("report " + problem.file().getFileName() + ":" + problem.line());
    }

    @Override
    public void info(String line) {
        info.add(line);
    }

    /** Every log line of every problem, as Maven would print them. */
    String log() {
        StringBuilder log = new StringBuilder();
        problems.forEach(p -> p.logLines().forEach(l -> log.append(l).append('\n')));
        return log.toString();
    }
}
