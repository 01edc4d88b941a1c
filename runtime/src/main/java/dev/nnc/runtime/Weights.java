package dev.nnc.runtime;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Trained weights as a JSON file: what {@code nnc train --save} writes and any {@link Network} can
 * load, the generated classes included, with nothing but this runtime.
 *
 * <p>The format (documented in docs/training.md) is one object: {@code "format": "nnc-weights"},
 * {@code "format_version": 1}, the provenance ({@code network}, {@code source_sha256},
 * {@code nnc_version}, {@code shuffle_seed}, {@code epochs}, {@code rate}, {@code final_loss}),
 * {@code inputs}, {@code outputs} and {@code architecture} ({@link Network#architecture()}, checked
 * on load when both the file and the network have one), {@code classes} (the class names, for a
 * network trained on label data: {@link Network#classNames()}, else the provenance's),
 * {@code parameters} (name to value) and, for a network that normalises its inputs,
 * {@code normalization} ({@code mean} and {@code std} arrays, and {@code "kind": "minmax"} for
 * min-max scaling). Numbers are
 * written by {@link Double#toString(double)} and read by {@link Double#parseDouble}, so loading gives
 * back the same doubles, bit for bit, and the same predictions.
 */
public final class Weights {
    /** The value of the {@code "format"} key. */
    public static final String FORMAT = "nnc-weights";
    /** The version of the format this runtime writes and reads. */
    public static final int VERSION = 1;

    private Weights() {
    }

    /**
     * The weights file for {@code net}'s current parameters and normalisation.
     *
     * @throws IllegalStateException when a parameter is NaN or infinite (JSON cannot hold it)
     */
    public static String toJson(Network net, Provenance provenance) {
        StringBuilder out = new StringBuilder("{\n");
        field(out, "format", MiniJson.quote(FORMAT));
        field(out, "format_version", Integer.toString(VERSION));
        field(out, "network", MiniJson.quote(net.name()));
        provenance.sourceSha256().ifPresent(h -> field(out, "source_sha256", MiniJson.quote(h)));
        provenance.nncVersion().ifPresent(v -> field(out, "nnc_version", MiniJson.quote(v)));
        provenance.shuffleSeed().ifPresent(s -> field(out, "shuffle_seed", Long.toString(s)));
        provenance.epochs().ifPresent(e -> field(out, "epochs", Integer.toString(e)));
        provenance.rate().ifPresent(r -> field(out, "rate", number(r)));
        provenance.finalLoss().ifPresent(l -> field(out, "final_loss", number(l)));
        field(out, "inputs", Integer.toString(net.inputCount()));
        field(out, "outputs", Integer.toString(net.outputCount()));
        if (!net.architecture().isEmpty()) {
            field(out, "architecture", MiniJson.quote(net.architecture()));
        }
        List<String> classes = net.classNames().length > 0 ? List.of(net.classNames()) : provenance.classNames();
        if (!classes.isEmpty()) {
            field(out, "classes", "[" + String.join(", ", classes.stream().map(MiniJson::quote).toList()) + "]");
        }
        String[] names = net.parameterNames();
        double[] values = net.parameters();
        StringBuilder params = new StringBuilder("{");
        for (int p = 0; p < names.length; p++) {
            if (!Double.isFinite(values[p])) {
                throw new IllegalStateException("parameter " + names[p] + " is " + values[p] + ": nothing worth saving");
            }
            params.append(p == 0 ? "\n" : ",\n").append("    ").append(MiniJson.quote(names[p])).append(": ")
                    .append(Double.toString(values[p]));
        }
        params.append(names.length == 0 ? "}" : "\n  }");
        if (!net.normalizesInputs()) {
            out.append("  \"parameters\": ").append(params).append("\n}\n");
            return out.toString();
        }
        field(out, "parameters", params.toString());
        out.append("  \"normalization\": {\n");
        if (net.normalizationKind() != Normalization.Kind.ZSCORE) {
            out.append("    \"kind\": ").append(MiniJson.quote(net.normalizationKind().spelling())).append(",\n");
        }
        out.append("    \"mean\": ").append(array(net.inputMean()))
                .append(",\n    \"std\": ").append(array(net.inputStd())).append("\n  }\n}\n");
        return out.toString();
    }

    /**
     * Writes {@link #toJson} to {@code file} with {@link AtomicFiles}: whole or not at all, and only
     * over a regular file.
     */
    public static void save(Network net, Provenance provenance, Path file) throws IOException {
        AtomicFiles.write(file, toJson(net, provenance));
    }

    /**
     * The largest weights file {@code net} reads: 1 MB, plus 64 bytes for each of its parameters
     * and normalisation values (nnc writes about 25).
     */
    public static long maxFileSize(Network net) {
        return (1L << 20) + 64L * (net.parameterNames().length + 2L * net.inputCount());
    }

    /**
     * Sets {@code net}'s parameters (and normalisation) from the weights file {@code file}; returns its
     * provenance. Nothing changes unless the whole file fits {@code net}.
     *
     * @throws WeightsException when the file cannot be read, is not a regular file, is larger than
     *     {@link #maxFileSize}, is not UTF-8, not valid JSON, not a weights file, or for another
     *     network (its message names the file, and the line and column of a syntax error)
     */
    public static Provenance load(Network net, Path file) throws WeightsException {
        String text;
        try {
            text = Utf8Text.decode(InputFiles.read(file, maxFileSize(net), "a weights file for " + net.name()));
        } catch (FileRefusedException e) {
            throw new WeightsException(e.getMessage());
        } catch (Utf8Text.Malformed e) {
            throw new WeightsException(file + ":" + e.line() + ":" + e.column() + ": " + e.getMessage());
        }
        return fromJson(net, text, file.toString());
    }

    /** {@link #load(Network, Path)} from text; {@code sourceName} names it in messages. */
    public static Provenance fromJson(Network net, String json, String sourceName) throws WeightsException {
        Object root;
        try {
            root = MiniJson.parse(json);
        } catch (MiniJson.SyntaxError e) {
            throw new WeightsException(sourceName + ":" + e.line + ":" + e.column + ": " + e.getMessage());
        }
        return new Reader(net, sourceName).apply(root);
    }

    private static void field(StringBuilder out, String key, String json) {
        out.append("  ").append(MiniJson.quote(key)).append(": ").append(json).append(",\n");
    }

    private static String number(double v) {
        return Double.isFinite(v) ? Double.toString(v) : "null";
    }

    private static String array(double[] values) {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < values.length; i++) {
            out.append(i == 0 ? "" : ", ").append(Double.toString(values[i]));
        }
        return out.append(']').toString();
    }

    /** Checks a parsed file against one network, then applies it. */
    private static final class Reader {
        private final Network net;
        private final String source;

        Reader(Network net, String source) {
            this.net = net;
            this.source = source;
        }

        Provenance apply(Object root) throws WeightsException {
            Map<String, Object> file = object(root, "the file");
            if (!FORMAT.equals(file.get("format"))) {
                throw fail("not an nnc weights file (it has no \"format\": \"" + FORMAT + "\")");
            }
            int version = (int) number(file, "format_version");
            if (version != VERSION) {
                throw fail("weights format version " + version + ", but this runtime reads version " + VERSION);
            }
            String network = string(file, "network").orElseThrow(() -> fail("no \"network\" name"));
            if (!network.equals(net.name())) {
                throw fail("the weights are for network " + network + ", not " + net.name());
            }
            checkWidth(file, "inputs", net.inputCount());
            checkWidth(file, "outputs", net.outputCount());
            checkArchitecture(file);
            double[] values = parameters(object(file.get("parameters"), "\"parameters\""));
            double[][] normalization = normalization(file.get("normalization"));
            List<String> classes = classes(file.get("classes"));
            net.setParameters(values);
            if (normalization != null) {
                net.setInputNormalization(normalization[0], normalization[1]);
            }
            return new Provenance(network, string(file, "source_sha256"), string(file, "nnc_version"),
                    file.get("shuffle_seed") instanceof Double ? OptionalLong.of((long) number(file, "shuffle_seed"))
                            : OptionalLong.empty(),
                    file.get("epochs") instanceof Double ? OptionalInt.of((int) number(file, "epochs")) : OptionalInt.empty(),
                    optionalNumber(file, "rate"), optionalNumber(file, "final_loss"), classes);
        }

        /** The class names the file records (none when it has no "classes"), which must be the network's when it has some. */
        private List<String> classes(Object given) throws WeightsException {
            if (given == null || given == MiniJson.NULL) {
                return List.of();
            }
            if (!(given instanceof List<?> list) || list.stream().anyMatch(c -> !(c instanceof String))) {
                throw fail("\"classes\" should be an array of class names");
            }
            List<String> classes = list.stream().map(String.class::cast).toList();
            int expected = net.outputCount() == 1 ? 2 : net.outputCount();
            if (classes.size() != expected) {
                throw fail("the weights name " + classes.size() + " classes, " + net.name() + " has " + expected);
            }
            List<String> own = List.of(net.classNames());
            if (!own.isEmpty() && !own.equals(classes)) {
                throw fail("the weights are for the classes " + ClassLabels.list(classes) + ", but " + net.name()
                        + " was compiled for " + ClassLabels.list(own) + " (its training data's labels)");
            }
            return classes;
        }

        private double[] parameters(Map<String, Object> given) throws WeightsException {
            String[] names = net.parameterNames();
            double[] values = new double[names.length];
            for (int p = 0; p < names.length; p++) {
                Object value = given.get(names[p]);
                if (value == null) {
                    throw fail("parameter " + names[p] + " of " + net.name() + " is missing");
                }
                if (!(value instanceof Double)) {
                    throw fail("parameter " + names[p] + " is " + value + ", not a number");
                }
                values[p] = (Double) value;
            }
            if (given.size() != names.length) {
                List<String> known = List.of(names);
                String extra = given.keySet().stream().filter(k -> !known.contains(k)).findFirst().orElse("?");
                throw fail("parameter " + extra + " is not a parameter of " + net.name());
            }
            return values;
        }

        /** {mean, std}, or null when the network does not normalise. */
        private double[][] normalization(Object given) throws WeightsException {
            boolean present = given != null && given != MiniJson.NULL;
            if (!net.normalizesInputs()) {
                if (present) {
                    throw fail("the weights come with input normalisation but " + net.name() + " does not normalize");
                }
                return null;
            }
            if (!present) {
                throw fail(net.name() + " normalizes its inputs but the file has no \"normalization\"");
            }
            Map<String, Object> stats = object(given, "\"normalization\"");
            Object kind = stats.getOrDefault("kind", Normalization.Kind.ZSCORE.spelling());
            if (!net.normalizationKind().spelling().equals(kind)) {
                throw fail("the weights were saved with " + kind + " normalisation but " + net.name() + " normalizes with "
                        + net.normalizationKind().spelling());
            }
            return new double[][] {vector(stats.get("mean"), "mean"), vector(stats.get("std"), "std")};
        }

        private double[] vector(Object given, String key) throws WeightsException {
            if (!(given instanceof List)) {
                throw fail("\"normalization\" needs a \"" + key + "\" array");
            }
            List<?> list = (List<?>) given;
            if (list.size() != net.inputCount()) {
                throw fail("normalization " + key + " has " + list.size() + " values, " + net.name() + " has "
                        + net.inputCount() + " inputs");
            }
            double[] values = new double[list.size()];
            for (int i = 0; i < values.length; i++) {
                if (!(list.get(i) instanceof Double)) {
                    throw fail("normalization " + key + " holds " + list.get(i) + ", not a number");
                }
                values[i] = (Double) list.get(i);
                if (key.equals("std") && !(values[i] >= 0)) {
                    throw fail("normalization std " + (i + 1) + " is " + values[i] + "; a standard deviation is 0 or more"
                            + " (0 for a constant input, which is then only centred)");
                }
            }
            return values;
        }

        /** Files written before the architecture was recorded are checked by their parameter names alone. */
        private void checkArchitecture(Map<String, Object> file) throws WeightsException {
            Object given = file.get("architecture");
            if (given == null || net.architecture().isEmpty()) {
                return;
            }
            if (!(given instanceof String)) {
                throw fail("\"architecture\" should be a string");
            }
            if (!given.equals(net.architecture())) {
                throw fail("the weights are for a network of architecture " + given + ", but " + net.name() + " is "
                        + net.architecture());
            }
        }

        private void checkWidth(Map<String, Object> file, String key, int expected) throws WeightsException {
            if (file.containsKey(key) && number(file, key) != expected) {
                throw fail("the weights have " + (long) number(file, key) + " " + key + ", " + net.name() + " has "
                        + expected);
            }
        }

        @SuppressWarnings("unchecked")
        private Map<String, Object> object(Object value, String what) throws WeightsException {
            if (!(value instanceof Map)) {
                throw fail(what + " is not a JSON object");
            }
            return (Map<String, Object>) value;
        }

        private double number(Map<String, Object> file, String key) throws WeightsException {
            Object value = file.get(key);
            if (!(value instanceof Double)) {
                throw fail("\"" + key + "\" should be a number");
            }
            return (Double) value;
        }

        private OptionalDouble optionalNumber(Map<String, Object> file, String key) {
            Object value = file.get(key);
            return value instanceof Double ? OptionalDouble.of((Double) value) : OptionalDouble.empty();
        }

        private Optional<String> string(Map<String, Object> file, String key) {
            Object value = file.get(key);
            return value instanceof String ? Optional.of((String) value) : Optional.empty();
        }

        private WeightsException fail(String message) {
            return new WeightsException(source + ": " + message);
        }
    }
}
