package dev.nnc.compiler.ast;

import java.util.List;
import java.util.stream.Collectors;

/** Prints a syntax tree back as canonical {@code .nn} text (numbers exactly as written). */
public final class AstPrinter implements StatementVisitor<String> {
    private static final String INDENT = "    ";

    private AstPrinter() {
    }

    /** The canonical text of {@code file}: one statement per line, four-space indents. */
    public static String print(NetworkFile file) {
        AstPrinter printer = new AstPrinter();
        StringBuilder out = new StringBuilder();
        for (NetworkDecl network : file.networks()) {
            out.append("network ").append(network.name().text()).append(" {\n");
            for (Statement statement : network.statements()) {
                out.append(INDENT).append(statement.accept(printer)).append('\n');
            }
            out.append("}\n");
        }
        return out.toString();
    }

    @Override
    public String visitInput(InputStatement s) {
        return "input " + s.name().text() + "[" + s.size().text() + "]" + (s.normalize() ? " normalize" : "")
                + s.scaling().map(k -> " " + k.text()).orElse("");
    }

    @Override
    public String visitLayer(LayerStatement s) {
        StringBuilder out = new StringBuilder("layer ").append(s.name().text())
                .append('[').append(s.size().text()).append("] ").append(call(s.activation()));
        s.bias().ifPresent(bias -> out.append(' ').append(bias(bias)));
        String strategy = switch (s.strategy()) {
            case AUTO -> "";
            case UNROLL -> " unroll";
            case LOOP -> " loop";
        };
        return out.append(strategy).toString();
    }

    @Override
    public String visitLoss(LossStatement s) {
        return "loss " + s.kind().text();
    }

    @Override
    public String visitPrecision(PrecisionStatement s) {
        return "precision " + s.kind().text();
    }

    @Override
    public String visitAllWeights(AllWeightsStatement s) {
        return "weights = " + list(s.values());
    }

    @Override
    public String visitLayerWeights(LayerWeightsStatement s) {
        return "weights " + s.layer().text() + " = " + list(s.values());
    }

    @Override
    public String visitWeightsInit(WeightsInitStatement s) {
        return "weights init " + call(s.scheme()) + s.seed().map(seed -> " seed = " + seed.text()).orElse("");
    }

    @Override
    public String visitOptimizer(OptimizerStatement s) {
        return "optimizer " + call(s.optimizer());
    }

    @Override
    public String visitSchedule(ScheduleStatement s) {
        return "schedule " + call(s.schedule());
    }

    @Override
    public String visitValidationSplit(ValidationSplitStatement s) {
        return "validation split = " + s.fraction().text() + s.seed().map(seed -> " seed = " + seed.text()).orElse("");
    }

    @Override
    public String visitTrain(TrainStatement s) {
        return "train " + s.options().stream().map(AstPrinter::option).collect(Collectors.joining(" "));
    }

    @Override
    public String visitInlineData(InlineDataStatement s) {
        StringBuilder out = new StringBuilder(s.role().spelling()).append(" {\n");
        for (Sample sample : s.samples()) {
            out.append(INDENT).append(INDENT).append(list(sample.inputs())).append(" -> ")
                    .append(list(sample.targets())).append('\n');
        }
        return out.append(INDENT).append('}').toString();
    }

    @Override
    public String visitCsvData(CsvDataStatement s) {
        StringBuilder out = new StringBuilder(s.role().spelling()).append(" \"").append(s.path().value()).append('"');
        for (CsvOption option : s.options()) {
            if (option instanceof CsvOption.Label label) {
                out.append(" label").append(label.column().map(c -> " = \"" + c.value() + "\"").orElse(""));
            } else if (option instanceof CsvOption.Ignore ignore) {
                out.append(" ignore = [").append(String.join(", ",
                        ignore.names().stream().map(n -> "\"" + n.value() + "\"").toList())).append(']');
            }
        }
        return out.toString();
    }

    private static String option(TrainOption option) {
        String value = option.value().map(NumberLit::text).orElse(null);
        return switch (option.kind()) {
            case SHUFFLE -> value == null ? "shuffle" : "shuffle seed = " + value;
            case EPOCHS, BATCH, PATIENCE, MIN_DELTA -> option.kind().spelling() + " = " + value;
        };
    }

    private static String bias(BiasClause bias) {
        String text = switch (bias.kind()) {
            case UNIFORM -> "bias = " + bias.values().get(0).text();
            case LIST -> "bias = " + numbers(bias.values());
            case SHARED -> "bias shared = " + bias.values().get(0).text();
            case NONE -> "bias none";
        };
        return bias.frozen() ? text + " frozen" : text;
    }

    private static String call(Call call) {
        if (!call.parenthesized()) {
            return call.name().text();
        }
        return call.name().text() + call.arguments().stream()
                .map(a -> a.name().map(n -> n.text() + " = ").orElse("") + a.value().text())
                .collect(Collectors.joining(", ", "(", ")"));
    }

    private static String list(NumberList list) {
        return numbers(list.values());
    }

    private static String numbers(List<NumberLit> values) {
        return values.stream().map(NumberLit::text).collect(Collectors.joining(", ", "[", "]"));
    }
}
