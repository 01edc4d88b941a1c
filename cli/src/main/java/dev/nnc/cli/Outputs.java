package dev.nnc.cli;

import dev.nnc.runtime.AtomicFiles;
import dev.nnc.runtime.FileRefusedException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The files a command writes, through {@link AtomicFiles}: checked before the work that fills them
 * (so a wrong target fails at once, not after an hour of training), then written all or none.
 */
final class Outputs {
    private Outputs() {
    }

    /** The content of one file, made when it is about to be written. */
    interface Content {
        byte[] bytes() throws IOException;
    }

    /** A file to write and how to make its content. */
    record Pending(Path target, Content content) {
    }

    /** Whether every non-null target could be written; reports each that could not. */
    static boolean writable(Reporter reporter, Path... targets) {
        boolean ok = true;
        for (Path target : targets) {
            if (target != null) {
                try {
                    AtomicFiles.check(target);
                } catch (FileRefusedException e) {
                    reporter.failure(e.getMessage());
                    ok = false;
                }
            }
        }
        return ok;
    }

    /** Writes every output or none; true when all were written, else reports why not. */
    static boolean write(List<Pending> pending, Reporter reporter) {
        List<AtomicFiles.Output> outputs = new ArrayList<>();
        for (Pending file : pending) {
            try {
                outputs.add(new AtomicFiles.Output(file.target(), file.content().bytes()));
            } catch (IOException | RuntimeException e) {
                reporter.failure(file.target() + ": cannot write (" + e.getMessage() + ")" + nothingWritten(pending));
                return false;
            }
        }
        try {
            AtomicFiles.writeAll(outputs);
            return true;
        } catch (FileRefusedException e) {
            reporter.failure(e.getMessage() + nothingWritten(pending));
            return false;
        }
    }

    private static String nothingWritten(List<Pending> pending) {
        return pending.size() > 1 ? "; none of the " + pending.size() + " files was written" : "";
    }
}
