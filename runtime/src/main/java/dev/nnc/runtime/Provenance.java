package dev.nnc.runtime;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Where a set of trained weights came from, as a weights file records it: the network, a SHA-256 of
 * its {@code .nn} text, the nnc version, the shuffle seed, the epochs and rate it was trained with,
 * its final loss, and the names of the classes its outputs stand for (empty when it was not trained
 * on label data, or the file does not say). Everything but the network's name is optional when reading.
 */
public record Provenance(String network, Optional<String> sourceSha256, Optional<String> nncVersion,
                         OptionalLong shuffleSeed, OptionalInt epochs, OptionalDouble rate,
                         OptionalDouble finalLoss, List<String> classNames) {
    public Provenance {
        classNames = List.copyOf(classNames);
    }

    /** Without class names. */
    public Provenance(String network, Optional<String> sourceSha256, Optional<String> nncVersion,
                      OptionalLong shuffleSeed, OptionalInt epochs, OptionalDouble rate, OptionalDouble finalLoss) {
        this(network, sourceSha256, nncVersion, shuffleSeed, epochs, rate, finalLoss, List.of());
    }

    /** Only the network's name: for weights saved from a program rather than by {@code nnc train}. */
    public static Provenance of(Network net) {
        return new Provenance(net.name(), Optional.empty(), Optional.empty(), OptionalLong.empty(),
                OptionalInt.empty(), OptionalDouble.of(net.rate()), OptionalDouble.empty());
    }
}
