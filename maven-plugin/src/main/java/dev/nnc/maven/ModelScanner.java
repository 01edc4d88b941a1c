package dev.nnc.maven;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.codehaus.plexus.util.DirectoryScanner;

/** Finds the models under a folder with Maven's include and exclude patterns, in a fixed order. */
final class ModelScanner {
    private ModelScanner() {
    }

    /**
     * The files under {@code directory} matching {@code includes} and not {@code excludes} (the usual
     * version-control and editor files are always excluded), sorted by relative path so every run
     * sees them in the same order whatever the file system says. Empty when the folder is missing.
     */
    static List<ModelFile> scan(Path directory, List<String> includes, List<String> excludes) {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        DirectoryScanner scanner = new DirectoryScanner();
        scanner.setBasedir(directory.toFile());
        scanner.setIncludes(includes.toArray(String[]::new));
        scanner.setExcludes(excludes.toArray(String[]::new));
        scanner.addDefaultExcludes();
        scanner.scan();
        List<ModelFile> models = new ArrayList<>();
        for (String relative : scanner.getIncludedFiles()) {
            models.add(new ModelFile(directory.resolve(relative), relative.replace('\\', '/')));
        }
        models.sort(null);
        return List.copyOf(models);
    }
}
