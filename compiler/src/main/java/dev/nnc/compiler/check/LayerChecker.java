package dev.nnc.compiler.check;

import dev.nnc.compiler.ast.BiasClause;
import dev.nnc.compiler.ast.Call;
import dev.nnc.compiler.ast.InputStatement;
import dev.nnc.compiler.ast.LayerStatement;
import dev.nnc.compiler.ast.Name;
import dev.nnc.compiler.ast.NumberLit;
import dev.nnc.compiler.diag.Code;
import dev.nnc.compiler.diag.Suggestions;
import dev.nnc.compiler.model.Bias;
import dev.nnc.compiler.model.Input;
import dev.nnc.runtime.Activation;
import dev.nnc.runtime.Normalization;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.stream.Collectors;

/** Checks the input and each layer on its own: names, sizes, activations and biases. */
final class LayerChecker {
    private static final List<String> ACTIVATIONS =
            Arrays.stream(Activation.values()).map(Activation::spelling).collect(Collectors.toList());
    private static final List<String> SCALINGS =
            Arrays.stream(Normalization.Kind.values()).map(Normalization.Kind::spelling).toList();

    private final Problems problems;
    private final Numbers numbers;
    private final NameRules rules;
    private final NameRegistry registry;
    private final Arguments arguments;
    private final BiasChecker biases;

    LayerChecker(Problems problems, Numbers numbers, NameRegistry registry) {
        this.problems = problems;
        this.numbers = numbers;
        this.rules = new NameRules(problems);
        this.registry = registry;
        this.arguments = new Arguments(problems, numbers);
        this.biases = new BiasChecker(problems, numbers);
    }

    /** The input layer, or empty when its size had an error. */
    Optional<Input> input(InputStatement statement) {
        rules.checkLayerName(statement.name());
        OptionalInt size = size(statement.size(), "the size of input '" + statement.name().text() + "'");
        registry.add(statement.name(), size, true);
        Optional<Normalization.Kind> scaling = scaling(statement);
        return size.isPresent() && scaling.isPresent()
                ? Optional.of(new Input(statement.name().text(), size.getAsInt(), statement.normalize(), scaling.get()))
                : Optional.empty();
    }

    /** The word after {@code normalize}: z-score without one, or empty after an error. */
    private Optional<Normalization.Kind> scaling(InputStatement statement) {
        if (statement.scaling().isEmpty()) {
            return Optional.of(Normalization.Kind.ZSCORE);
        }
        Name word = statement.scaling().get();
        for (Normalization.Kind kind : Normalization.Kind.values()) {
            if (kind.spelling().equals(word.text())) {
                return Optional.of(kind);
            }
        }
        problems.error(Code.UNKNOWN_SCALING, word.span(), "unknown normalisation '" + word.text() + "'"
                + Suggestions.hint(word.text(), SCALINGS, Synonyms.SCALINGS)
                + "; 'normalize' alone is zscore");
        return Optional.empty();
    }

    /** Every layer, in order, each as far as it checked. */
    List<LayerDraft> layers(List<LayerStatement> statements) {
        List<LayerDraft> drafts = new ArrayList<>();
        for (int i = 0; i < statements.size(); i++) {
            drafts.add(layer(statements.get(i), i == statements.size() - 1));
        }
        return drafts;
    }

    private LayerDraft layer(LayerStatement statement, boolean output) {
        String name = statement.name().text();
        rules.checkLayerName(statement.name());
        OptionalInt size = size(statement.size(), "the size of layer '" + name + "'");
        registry.add(statement.name(), size, false);
        Call call = statement.activation();
        Optional<Activation> activation = activation(call);
        double alpha = 0.0;
        if (activation.isPresent()) {
            Optional<Map<String, BoundValue>> bound = arguments.bind(call, Signatures.of(activation.get()));
            alpha = bound.map(b -> b.containsKey("a") ? b.get("a").value() : 0.0).orElse(0.0);
            if (bound.isEmpty()) {
                activation = Optional.empty();
            }
        }
        if (activation.equals(Optional.of(Activation.SOFTMAX)) && !output) {
            problems.error(Code.SOFTMAX_NOT_OUTPUT, call.name().span(), "softmax is only allowed in the output layer (the"
                    + " last one), and '" + name + "' is a hidden layer");
        }
        Optional<Bias> bias = biases.check(statement.bias(), name, size);
        if (output && activation.equals(Optional.of(Activation.SOFTMAX))) {
            softmaxOutput(statement, size);
        }
        return new LayerDraft(statement, size, activation, alpha, bias);
    }

    /** What a softmax output cannot use: a bias shared by all its neurons, or a single neuron. */
    private void softmaxOutput(LayerStatement statement, OptionalInt size) {
        String name = statement.name().text();
        statement.bias().filter(b -> b.kind() == BiasClause.Kind.SHARED).ifPresent(b -> problems.warning(
                Code.SHARED_BIAS_SOFTMAX, b.span(), "a shared bias has no effect on the softmax output layer '" + name
                        + "': softmax ignores a shift of all its inputs; write 'bias none', or leave the bias out for"
                        + " one per neuron"));
        if (size.equals(OptionalInt.of(1))) {
            problems.warning(Code.SOFTMAX_ONE_NEURON, statement.activation().name().span(), "softmax over one neuron"
                    + " always outputs 1, so layer '" + name + "' learns nothing; for one output use sigmoid (with loss"
                    + " bce), or give '" + name + "' one neuron per class");
        }
    }

    private Optional<Activation> activation(Call call) {
        Activation activation = Activation.bySpelling(call.name().text());
        if (activation == null) {
            problems.error(Code.UNKNOWN_ACTIVATION, call.name().span(), "unknown activation '" + call.name().text()
                    + "'" + Suggestions.hint(call.name().text(), ACTIVATIONS, Synonyms.ACTIVATIONS));
        }
        return Optional.ofNullable(activation);
    }

    private OptionalInt size(NumberLit literal, String what) {
        // Every neuron has a weight at least, so no size beyond the network's limit can be right.
        OptionalLong size = numbers.whole(literal, Code.BAD_SIZE, what, 1, Shape.MAX_WEIGHTS);
        return size.isPresent() ? OptionalInt.of((int) size.getAsLong()) : OptionalInt.empty();
    }
}
