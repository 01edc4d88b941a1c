package dev.nnc.onnx.export;

import dev.nnc.compiler.CompiledNetwork;
import dev.nnc.compiler.NncCompiler;
import dev.nnc.runtime.Provenance;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where an exported model came from, written to its {@code metadata_props}: the nnc version, the
 * {@code .nn} file and the SHA-256 of its text, and, when the parameters were trained, the training
 * summary the weights file records ({@link Provenance}).
 *
 * @param sourceName the {@code .nn} file's name as the user gave it
 * @param sourceSha256 the SHA-256 of its text (UTF-8, lines ending in \n), in hex
 * @param training the weights file's provenance, empty when the model holds the file's initial parameters
 * @param classNames the classes the outputs stand for, class 0 first (empty when unknown)
 */
public record ExportMetadata(String sourceName, String sourceSha256, Optional<Provenance> training,
                             List<String> classNames) {
    /** The key prefix of every entry nnc writes. */
    public static final String PREFIX = "nnc.";

    public ExportMetadata {
        classNames = List.copyOf(classNames);
    }

    /** The metadata of {@code network}, with {@code training} from its weights file if any. */
    public static ExportMetadata of(CompiledNetwork network, Optional<Provenance> training) {
        List<String> classes = training.map(Provenance::classNames).filter(c -> !c.isEmpty())
                .orElse(network.model().classNames());
        return new ExportMetadata(network.source().displayName(), sha256(network.source().text()), training, classes);
    }

    /** The SHA-256 of {@code text} in UTF-8, in hex: the fingerprint weights files record too. */
    public static String sha256(String text) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** The entries in the order they are written: always the same for the same metadata. */
    public Map<String, String> entries() {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put(PREFIX + "version", NncCompiler.VERSION);
        entries.put(PREFIX + "source", sourceName);
        entries.put(PREFIX + "source_sha256", sourceSha256);
        entries.put(PREFIX + "parameters", training.isPresent() ? "trained" : "initial");
        training.ifPresent(t -> {
            entries.put(PREFIX + "training.network", t.network());
            t.epochs().ifPresent(e -> entries.put(PREFIX + "training.epochs", Integer.toString(e)));
            t.rate().ifPresent(r -> entries.put(PREFIX + "training.rate", Double.toString(r)));
            t.finalLoss().ifPresent(l -> entries.put(PREFIX + "training.final_loss", Double.toString(l)));
            t.shuffleSeed().ifPresent(s -> entries.put(PREFIX + "training.shuffle_seed", Long.toString(s)));
            t.nncVersion().ifPresent(v -> entries.put(PREFIX + "training.nnc_version", v));
            t.sourceSha256().ifPresent(h -> entries.put(PREFIX + "training.source_sha256", h));
        });
        if (!classNames.isEmpty()) {
            entries.put(PREFIX + "class_names", jsonArray(classNames));
        }
        return entries;
    }

    /** {@code ["a","b"]}, with JSON's escapes. */
    private static String jsonArray(List<String> names) {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < names.size(); i++) {
            out.append(i == 0 ? "\"" : ",\"");
            for (char c : names.get(i).toCharArray()) {
                switch (c) {
                    case '"' -> out.append("\\\"");
                    case '\\' -> out.append("\\\\");
                    default -> {
                        if (c < 0x20) {
                            out.append(String.format("\\u%04x", (int) c));
                        } else {
                            out.append(c);
                        }
                    }
                }
            }
            out.append('"');
        }
        return out.append(']').toString();
    }
}
