package dev.nnc.compiler.sweep;

import dev.nnc.compiler.ast.Argument;
import dev.nnc.compiler.ast.Call;
import dev.nnc.compiler.ast.LayerStatement;
import dev.nnc.compiler.ast.Name;
import dev.nnc.compiler.ast.NetworkDecl;
import dev.nnc.compiler.ast.NetworkFile;
import dev.nnc.compiler.ast.NumberLit;
import dev.nnc.compiler.ast.OptimizerStatement;
import dev.nnc.compiler.ast.Statement;
import dev.nnc.compiler.ast.TrainOption;
import dev.nnc.compiler.ast.TrainStatement;
import dev.nnc.compiler.ast.WeightsInitStatement;
import dev.nnc.compiler.check.OptimizerParameters;
import dev.nnc.compiler.diag.Span;
import dev.nnc.runtime.OptimizerKind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The settings a sweep may change in a parsed {@code .nn} file, and the file with them changed, for the
 * checker to check again: {@code epochs}, {@code batch} (the {@code train} statement), {@code seed} (the
 * {@code weights init} seed, and the shuffle seed when the file shuffles), a layer's size by its name,
 * and every parameter the file's optimizer takes ({@code rate}, {@code weight_decay}, {@code beta1}, ...).
 * A changed number keeps its place in the file, and the quoted line shows the new value, so an error
 * the checker finds in a combination points at the setting that caused it.
 */
public final class NetworkEdits {
    /** The settings of the {@code train} statement and the seed. */
    public static final List<String> TRAINING = List.of("epochs", "batch", "seed");

    private NetworkEdits() {
    }

    /**
     * Every name {@code file} lets a sweep set: the training settings, its optimizer's parameters, its
     * hidden layers (not the output layer, whose size the data decides).
     */
    public static List<String> settable(NetworkFile file) {
        Set<String> names = new LinkedHashSet<>(TRAINING);
        for (NetworkDecl network : file.networks()) {
            names.addAll(OptimizerParameters.names(optimizerKind(network)));
            List<String> layers = layers(network);
            names.addAll(layers.subList(0, Math.max(0, layers.size() - 1)));
        }
        return List.copyOf(names);
    }

    /** The name of the output layer (the last), if the file has a layer. */
    public static Optional<String> outputLayer(NetworkFile file) {
        return file.networks().stream().map(NetworkEdits::layers).filter(l -> !l.isEmpty())
                .map(l -> l.get(l.size() - 1)).findFirst();
    }

    private static List<String> layers(NetworkDecl network) {
        List<String> names = new ArrayList<>();
        for (Statement statement : network.statements()) {
            if (statement instanceof LayerStatement layer) {
                names.add(layer.name().text());
            }
        }
        return names;
    }

    /** {@code file} with each setting of {@code values} (name to the number as written) changed. */
    public static NetworkFile apply(NetworkFile file, Map<String, String> values) {
        List<NetworkDecl> networks = new ArrayList<>();
        for (NetworkDecl network : file.networks()) {
            NetworkDecl edited = network;
            for (Map.Entry<String, String> value : values.entrySet()) {
                edited = apply(edited, value.getKey(), value.getValue());
            }
            networks.add(edited);
        }
        return new NetworkFile(networks, file.start());
    }

    private static NetworkDecl apply(NetworkDecl network, String name, String text) {
        return switch (name) {
            case "epochs" -> trainOption(network, TrainOption.Kind.EPOCHS, text, false);
            case "batch" -> trainOption(network, TrainOption.Kind.BATCH, text, false);
            case "seed" -> trainOption(initSeed(network, text), TrainOption.Kind.SHUFFLE, text, true);
            default -> isLayer(network, name) ? layerSize(network, name, text) : optimizerParameter(network, name, text);
        };
    }

    private static boolean isLayer(NetworkDecl network, String name) {
        return network.statements().stream()
                .anyMatch(s -> s instanceof LayerStatement layer && layer.name().text().equals(name));
    }

    private static NetworkDecl layerSize(NetworkDecl network, String name, String text) {
        return replace(network, s -> s instanceof LayerStatement layer && layer.name().text().equals(name)
                ? new LayerStatement(layer.name(), number(text, layer.size().span()), layer.activation(), layer.bias(),
                        layer.strategy(), layer.span()) : s);
    }

    /** The {@code weights init} seed; without a {@code weights init} statement, the default scheme with this seed. */
    private static NetworkDecl initSeed(NetworkDecl network, String text) {
        boolean present = network.statements().stream().anyMatch(s -> s instanceof WeightsInitStatement);
        if (!present) {
            List<Statement> statements = new ArrayList<>(network.statements());
            Span at = network.span();
            statements.add(new WeightsInitStatement(new Call(new Name("xavier", at), List.of(), false, at),
                    Optional.of(number(text, at)), at));
            return new NetworkDecl(network.name(), statements, network.span());
        }
        return replace(network, s -> s instanceof WeightsInitStatement init
                ? new WeightsInitStatement(init.scheme(), Optional.of(number(text,
                        init.seed().map(NumberLit::span).orElse(init.span()))), init.span()) : s);
    }

    /**
     * The option {@code kind} of the {@code train} statement set to {@code text} (added when absent, and a
     * statement added when there is none), or with {@code onlyIfPresent}, changed only where written.
     */
    private static NetworkDecl trainOption(NetworkDecl network, TrainOption.Kind kind, String text,
                                           boolean onlyIfPresent) {
        Optional<TrainStatement> train = network.statements().stream()
                .filter(TrainStatement.class::isInstance).map(TrainStatement.class::cast).findFirst();
        if (train.isEmpty()) {
            if (onlyIfPresent) {
                return network;
            }
            List<Statement> statements = new ArrayList<>(network.statements());
            Span at = network.span();
            statements.add(new TrainStatement(List.of(new TrainOption(kind, Optional.of(number(text, at)), at)), at));
            return new NetworkDecl(network.name(), statements, network.span());
        }
        List<TrainOption> options = new ArrayList<>();
        boolean found = false;
        for (TrainOption option : train.get().options()) {
            if (option.kind() == kind) {
                found = true;
                options.add(new TrainOption(kind, Optional.of(number(text,
                        option.value().map(NumberLit::span).orElse(option.span()))), option.span()));
            } else {
                options.add(option);
            }
        }
        if (!found && onlyIfPresent) {
            return network;
        }
        if (!found) {
            options.add(new TrainOption(kind, Optional.of(number(text, train.get().span())), train.get().span()));
        }
        TrainStatement changed = new TrainStatement(options, train.get().span());
        return replace(network, s -> s == train.get() ? changed : s);
    }

    /** A parameter of the optimizer, written or added; a file without an optimizer statement gets the default's. */
    private static NetworkDecl optimizerParameter(NetworkDecl network, String name, String text) {
        Optional<OptimizerStatement> written = network.statements().stream()
                .filter(OptimizerStatement.class::isInstance).map(OptimizerStatement.class::cast).findFirst();
        Span at = written.map(OptimizerStatement::span).orElse(network.span());
        Call call = written.map(OptimizerStatement::optimizer)
                .orElse(new Call(new Name("sgd", at), List.of(), true, at));
        List<Argument> arguments = new ArrayList<>();
        boolean found = false;
        for (Argument argument : call.arguments()) {
            if (argument.name().map(Name::text).filter(name::equals).isPresent()) {
                found = true;
                arguments.add(new Argument(argument.name(), number(text, argument.value().span()), argument.span()));
            } else {
                arguments.add(argument);
            }
        }
        if (!found) {
            arguments.add(new Argument(Optional.of(new Name(name, call.span())), number(text, call.span()), call.span()));
        }
        OptimizerStatement changed = new OptimizerStatement(new Call(call.name(), arguments, true, call.span()), at);
        if (written.isEmpty()) {
            List<Statement> statements = new ArrayList<>(network.statements());
            statements.add(changed);
            return new NetworkDecl(network.name(), statements, network.span());
        }
        return replace(network, s -> s == written.get() ? changed : s);
    }

    private static OptimizerKind optimizerKind(NetworkDecl network) {
        return network.statements().stream().filter(OptimizerStatement.class::isInstance)
                .map(s -> ((OptimizerStatement) s).optimizer().name().text())
                .map(OptimizerKind::bySpelling).filter(java.util.Objects::nonNull).findFirst()
                .orElse(OptimizerKind.SGD);
    }

    private static NetworkDecl replace(NetworkDecl network, java.util.function.UnaryOperator<Statement> change) {
        return new NetworkDecl(network.name(), network.statements().stream().map(change).toList(), network.span());
    }

    /**
     * The number {@code text} where {@code old} was: the quoted source line shows it in place of the
     * number written there (a span of a whole statement keeps its line as written).
     */
    private static NumberLit number(String text, Span old) {
        String line = old.lineText();
        int start = old.column() - 1;
        int end = start + old.length();
        boolean isNumber = start >= 0 && end <= line.length() && end > start
                && line.substring(start, end).matches("[-+0-9.eE]+");
        Span span = isNumber ? new Span(old.file(), old.line(), old.column(), text.length(),
                line.substring(0, start) + text + line.substring(end)) : old;
        return new NumberLit(text, Double.parseDouble(text), span);
    }
}
