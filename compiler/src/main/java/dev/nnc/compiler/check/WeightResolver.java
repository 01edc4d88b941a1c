package dev.nnc.compiler.check;

import dev.nnc.compiler.ast.AllWeightsStatement;
import dev.nnc.compiler.ast.LayerWeightsStatement;
import dev.nnc.compiler.diag.Code;
import dev.nnc.compiler.diag.Span;
import dev.nnc.compiler.diag.Suggestions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * Every layer's initial weights: from {@code weights = [...]}, from {@code weights NAME = [...]},
 * or drawn by the initialiser (default xavier, seed 0) from one generator, layer by layer in
 * numbering order, skipping layers whose weights are explicit.
 */
final class WeightResolver {
    private final Problems problems;
    private final Numbers numbers;
    private final NameRegistry registry;

    WeightResolver(Problems problems, Numbers numbers, NameRegistry registry) {
        this.problems = problems;
        this.numbers = numbers;
        this.registry = registry;
    }

    /** Each layer's weights in order, or empty when something was reported or a shape is unknown. */
    Optional<List<List<Double>>> resolve(StatementIndex index, Optional<List<Shape>> shapes) {
        Map<String, List<Double>> explicit = new HashMap<>();
        boolean ok = true;
        for (LayerWeightsStatement statement : index.layerWeights()) {
            ok &= layerWeights(statement, index.allWeights(), shapes, explicit);
        }
        if (index.allWeights().isPresent()) {
            ok &= allWeights(index.allWeights().get(), shapes, explicit);
        }
        Optional<Initializer> initializer = index.init().isPresent()
                ? new InitializerChecker(problems, numbers).check(index.init().get())
                : Optional.of(Initializer.DEFAULT);
        if (!ok || shapes.isEmpty() || initializer.isEmpty()) {
            return Optional.empty();
        }
        if (index.init().isPresent() && shapes.get().stream().allMatch(s -> explicit.containsKey(s.name()))) {
            problems.warning(Code.UNUSED_INIT, index.init().get().span(), "'weights init' has no effect: every"
                    + " layer's weights are given explicitly");
        }
        Random random = initializer.get().newRandom();
        List<List<Double>> weights = new ArrayList<>();
        for (Shape shape : shapes.get()) {
            List<Double> given = explicit.get(shape.name());
            List<Double> layer = given != null ? given : initializer.get().weights(random, shape.fanIn(), shape.size());
            if (given == null && layer.stream().anyMatch(w -> !Double.isFinite(w))) {
                // Only huge parameters get here, such as uniform(-1e308, 1e308): b - a overflows.
                Span where = index.init().map(s -> s.scheme().span()).orElse(index.layers().get(0).span());
                problems.error(Code.BAD_PARAMETER_VALUE, where, "the weights drawn for layer '" + shape.name()
                        + "' are too large for a double (they overflow to infinity); choose smaller parameters");
                return Optional.empty();
            }
            weights.add(layer);
        }
        return Optional.of(weights);
    }

    private boolean layerWeights(LayerWeightsStatement statement, Optional<AllWeightsStatement> all,
                                 Optional<List<Shape>> shapes, Map<String, List<Double>> explicit) {
        String name = statement.layer().text();
        Optional<List<Double>> values = numbers.finite(statement.values().values());
        if (registry.isInput(name) || !registry.layerNames().contains(name)) {
            String why = registry.isInput(name)
                    ? "'" + name + "' is the input, which has no weights of its own; name a layer"
                    : "there is no layer named '" + name + "'";
            problems.error(Code.UNKNOWN_WEIGHTS_LAYER, statement.layer().span(), why
                    + Suggestions.hint(name, registry.layerNames()));
            return false;
        }
        if (all.isPresent()) {
            problems.error(Code.WEIGHTS_TWICE, statement.span(), "layer '" + name + "' already gets its weights from"
                    + " 'weights = [...]' on line " + all.get().span().line() + "; give them in one place");
            return false;
        }
        Optional<Shape> shape = shapes.flatMap(list -> list.stream().filter(s -> s.name().equals(name)).findFirst());
        if (shape.isPresent() && statement.values().size() != shape.get().weightCount()) {
            problems.error(Code.LAYER_WEIGHT_COUNT, statement.values().span(), "layer '" + name + "' has "
                    + describe(shape.get(), shapes.get()) + ", but " + given(statement.values().size()));
            return false;
        }
        values.ifPresent(v -> explicit.put(name, v));
        return values.isPresent();
    }

    private boolean allWeights(AllWeightsStatement statement, Optional<List<Shape>> shapes,
                               Map<String, List<Double>> explicit) {
        Optional<List<Double>> values = numbers.finite(statement.values().values());
        if (shapes.isEmpty()) {
            return values.isPresent();
        }
        int total = shapes.get().stream().mapToInt(Shape::weightCount).sum();
        if (statement.values().size() != total) {
            List<String> parts = new ArrayList<>();
            shapes.get().forEach(s -> parts.add(numbering(s, shapes.get()) + " for layer '" + s.name() + "' "
                    + dimensions(s)));
            problems.error(Code.WEIGHT_COUNT, statement.values().span(), "the network has " + Plural.of(total, "weight")
                    + " but " + given(statement.values().size()) + "; in numbering order: " + String.join(", ", parts));
            return false;
        }
        if (values.isEmpty()) {
            return false;
        }
        int offset = 0;
        for (Shape shape : shapes.get()) {
            explicit.put(shape.name(), values.get().subList(offset, offset + shape.weightCount()));
            offset += shape.weightCount();
        }
        return true;
    }

    /** "4 weights, w1..w4 (2 neurons x 2 inputs each)". */
    private static String describe(Shape shape, List<Shape> shapes) {
        return Plural.of(shape.weightCount(), "weight") + ", " + numbering(shape, shapes) + " " + dimensions(shape);
    }

    /** "w5..w8": the names of the layer's weights. */
    private static String numbering(Shape shape, List<Shape> shapes) {
        int first = 1;
        for (Shape s : shapes) {
            if (s == shape) {
                break;
            }
            first += s.weightCount();
        }
        int last = first + shape.weightCount() - 1;
        return first == last ? "w" + first : "w" + first + "..w" + last;
    }

    /** "(2 neurons x 2 inputs each)". */
    private static String dimensions(Shape shape) {
        return "(" + Plural.of(shape.size(), "neuron") + " x " + Plural.of(shape.fanIn(), "input") + " each)";
    }

    /** "3 values are given". */
    private static String given(int count) {
        return Plural.of(count, "value") + " " + Plural.verb(count) + " given";
    }
}
