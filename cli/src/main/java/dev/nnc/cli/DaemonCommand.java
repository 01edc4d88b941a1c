package dev.nnc.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code nnc daemon}: lists the background nnc processes ({@link Daemon}) the launcher started for the
 * user; {@code nnc daemon stop} stops them.
 */
@Command(name = "daemon", mixinStandardHelpOptions = true,
        description = "Lists the background nnc processes the ./nnc launcher keeps for quick runs (one per folder, "
                + "each stopping by itself after some idle minutes); 'nnc daemon stop' stops them now. "
                + "NNC_DAEMON=0 runs nnc without them (see docs/cli.md).")
final class DaemonCommand implements Callable<Integer> {
    /** The system property by which the launcher says where the daemons' files are. */
    static final String FOLDER = "nnc.daemon.dir";

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "stop", description = "Stop every daemon instead of listing them.")
    String action;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (action != null && !action.equals("stop")) {
            new Reporter(spec.commandLine().getErr()).usage("'" + action + "' is not an action of nnc daemon; "
                    + "the only one is 'stop'");
            return Main.USAGE;
        }
        String folder = System.getProperty(FOLDER);
        List<DaemonFile> files = folder == null ? List.of() : DaemonFile.in(Path.of(folder));
        int found = 0;
        for (DaemonFile file : files) {
            Optional<String> answer = file.read().flatMap(address -> ask(address, action == null ? "status" : "stop"));
            if (answer.isEmpty()) {
                continue; // a daemon that ended without withdrawing its file, or a stranger's port
            }
            found++;
            if (action == null) {
                // PID STATE RUNS FOLDER
                String[] parts = answer.get().split(" ", 4);
                out.printf("pid %s, %s, %s %s served, in %s%n", parts[0], parts[1], parts[2],
                        parts[2].equals("1") ? "run" : "runs", parts.length > 3 ? parts[3] : "?");
            }
        }
        if (action == null && found == 0) {
            out.println("no nnc daemon is running");
        } else if (action != null) {
            out.printf("stopped %d nnc %s%n", found, found == 1 ? "daemon" : "daemons");
        }
        out.flush();
        return 0;
    }

    /** Sends {@code verb} to the daemon at {@code address}; its one-line answer, or empty when none answers. */
    static Optional<String> ask(DaemonFile.Address address, String verb) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), address.port()), 1000);
            socket.setSoTimeout(5000);
            OutputStream request = socket.getOutputStream();
            request.write((address.token() + "\0" + verb + "\0").getBytes(StandardCharsets.UTF_8));
            request.flush();
            InputStream in = socket.getInputStream();
            StringBuilder line = new StringBuilder();
            for (int b = in.read(); b >= 0 && b != '\n'; b = in.read()) {
                line.append((char) b);
            }
            return line.length() == 0 ? Optional.empty() : Optional.of(line.toString());
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
