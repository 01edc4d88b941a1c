package dev.nnc.cli;

import java.nio.file.Path;

/**
 * Where nnc keeps what it caches: {@code $XDG_CACHE_HOME/nnc} (the XDG base directory rule: only an
 * absolute path counts), else {@code ~/.cache/nnc}; the system property {@code nnc.cache.dir}, when
 * set, overrides both (the tests use it).
 */
final class CacheFolder {
    /**
     * {@code XDG_CACHE_HOME} as the {@link Daemon}'s client has it, for the run being served (one at a
     * time); null: this process's own.
     */
    private static volatile String clientCacheHome;

    private CacheFolder() {
    }

    /** Makes the runs that follow use {@code xdgCacheHome} as {@code XDG_CACHE_HOME}; null: this process's. */
    static void useCacheHome(String xdgCacheHome) {
        clientCacheHome = xdgCacheHome;
    }

    /** nnc's cache folder. */
    static Path root() {
        String property = System.getProperty("nnc.cache.dir");
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        String client = clientCacheHome;
        String xdg = client != null ? client : System.getenv("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "nnc");
        }
        return Path.of(System.getProperty("user.home"), ".cache", "nnc");
    }

    /** The folder of compiled generated classes. */
    static Path classes() {
        return root().resolve("classes");
    }
}
