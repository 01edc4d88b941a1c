package dev.nnc.compiler.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.nnc.compiler.graph.StageGraphs;
import dev.nnc.compiler.model.Network;
import dev.nnc.compiler.plan.Plan;
import dev.nnc.runtime.OptimizerKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import javax.lang.model.element.Modifier;

/**
 * Assembles the generated class from its stages (runs of unrolled layers, each loop layer; a
 * network unrolled whole is one stage) in order, each contributing fields and statements to every
 * pass: public parameter fields or arrays, private fields for every intermediate value, and the
 * {@link dev.nnc.runtime.Network} methods, each long run of statements split into methods small
 * enough for the JIT. With plain sgd, {@code train} on a fresh batch updates a
 * parameter in the same pass that computes its gradient, instead of summing the
 * gradient into an array and reading it back.
 */
final class StagedClassWriter {
    private final Network network;
    private final EmitOptions options;
    private final Scalar scalar;
    private final Names names = new Names();
    private final List<StageWriter> stages = new ArrayList<>();
    /** Assignments of the stages' arrays, run by the constructor. */
    private final List<Statement> allocations = new ArrayList<>();
    private final TypeSpec.Builder type;
    private final int parameterCount;
    /** Whether {@code train} fuses the backward pass with the update (plain sgd only). */
    private final boolean fused;
    /** The inputs' array when the first stage is a loop layer, else null; the targets' likewise. */
    private final String inputArray;
    private final String targetArray;
    /** The Vector API species constant, when some loop layer uses the Vector API; else null. */
    private final String species;

    StagedClassWriter(StageGraphs graphs, EmitOptions options) {
        Plan plan = graphs.plan();
        this.network = plan.network();
        this.options = options;
        this.scalar = options.scalar();
        this.parameterCount = network.weightCount() + network.biasCount();
        this.type = ClassBasics.newClass(network);
        this.fused = UpdateWriter.fusesWithBackward(network.optimizer());
        List<Plan.Stage> planned = plan.stages();
        List<NamedStage> named = new ArrayList<>();
        for (int s = 0; s < planned.size(); s++) {
            Plan.Stage stage = planned.get(s);
            boolean hasNext = s + 1 < planned.size();
            named.add(stage.unrolled() ? NamedStage.run(SegmentWriter.name(network, graphs.of(stage), names, hasNext))
                    : NamedStage.loop(new LoopArrays(network, plan.layer(stage.first()), names, hasNext, scalar)));
        }
        ClassBasics.allocateSettings(names, network.optimizer());
        if (fused) {
            names.allocate("pending", Names.Member.PENDING);
        }
        this.inputArray = planned.get(0).unrolled() ? null
                : names.allocate("in_" + network.input().name(), Names.Member.INPUT_ARRAY);
        this.targetArray = planned.get(planned.size() - 1).unrolled() ? null
                : names.allocate("targets", Names.Member.TARGET_ARRAY);
        this.species = plan.layers().stream().anyMatch(options::vectorises)
                ? names.allocate("SPECIES", Names.Member.VECTOR_SPECIES) : null;
        StageWriter previous = null;
        LoopArrays previousLoop = null;
        for (int s = 0; s < named.size(); s++) {
            NamedStage stage = named.get(s);
            boolean last = s + 1 == named.size();
            if (stage.loop() == null) {
                previous = new SegmentWriter(network, stage.run(), previousLoop, scalar);
            } else {
                previous = new LoopStageWriter(stage.loop(), names,
                        previous == null ? inputArray : previous.outputArray(),
                        previous == null ? null : previous.adjointArray(), inputArray, last ? targetArray : null,
                        species);
            }
            previousLoop = stage.loop();
            stages.add(previous);
        }
    }

    /** A stage whose members are named: a run of unrolled layers, or a loop layer (the other is null). */
    private record NamedStage(SegmentWriter.Named run, LoopArrays loop) {
        static NamedStage run(SegmentWriter.Named run) {
            return new NamedStage(run, null);
        }

        static NamedStage loop(LoopArrays loop) {
            return new NamedStage(null, loop);
        }
    }

    /** {@code part} of every stage, concatenated in stage order. */
    private <T> List<T> each(Function<StageWriter, List<T>> part) {
        List<T> out = new ArrayList<>();
        stages.forEach(stage -> out.addAll(part.apply(stage)));
        return out;
    }

    private StageWriter first() {
        return stages.get(0);
    }

    private StageWriter last() {
        return stages.get(stages.size() - 1);
    }

    EmittedClass write() {
        type.addJavadoc("Network $L, generated by nnc from $L: $L.\n", SourceText.args(network.name(),
                network.sourceName(), ClassBasics.shape(network)));
        type.addJavadoc("\n<p>Not thread-safe: intermediate values, gradient sums and optimizer state are fields, so that\n"
                + "a training step allocates nothing. Use an instance from one thread at a time, and give each\n"
                + "thread its own {@link #copy()}.\n");
        addFields();
        addConstructor();
        ClassBasics.addDescription(type, network, names, parameterCount, scalar);
        addParameterAccess();
        ClassBasics.addNormalization(type, network, names);
        ClassMethods.add(type, network);
        addPasses();
        addUpdate();
        addCopy();
        JavaFile file = ClassBasics.file(options, network, type.build());
        return new EmittedClass(file, names.table(file));
    }

    private void addFields() {
        if (species != null) {
            type.addField(VectorAxpyWriter.speciesField(species, scalar));
        }
        each(StageWriter::weightFields).forEach(this::addAllocated);
        each(StageWriter::biasFields).forEach(this::addAllocated);
        ClassBasics.addSettingsFields(type, network, names, scalar);
        if (fused) {
            type.addField(ClassBasics.pendingField(names));
        }
        if (inputArray != null) {
            addAllocated(array(inputArray, network.input().size()));
        }
        each(StageWriter::valueFields).forEach(this::addAllocated);
        if (targetArray != null) {
            addAllocated(array(targetArray, network.output().size()));
        }
        ClassBasics.privateScalar(type, names, Names.Member.LOSS, null, scalar);
        each(StageWriter::gradientFields).forEach(this::addAllocated);
    }

    /**
     * Adds a field of a stage; one with an initializer (an array) is assigned in {@code
     * allocateArrays} instead, so that thousands of layers' arrays do not pile up in the
     * constructor, which would pass HotSpot's limit for JIT compilation, and then Java's 64 KB.
     */
    private void addAllocated(FieldSpec field) {
        if (field.initializer().isEmpty()) {
            type.addField(field);
            return;
        }
        Modifier[] modifiers = field.modifiers().stream().filter(m -> m != Modifier.FINAL).toArray(Modifier[]::new);
        type.addField(FieldSpec.builder(field.type(), field.name(), modifiers).addJavadoc(field.javadoc()).build());
        allocations.add(Statement.of(16, "$N = $L", field.name(), field.initializer()));
    }

    private FieldSpec array(String name, int length) {
        return FieldSpec.builder(scalar.array(), name, Modifier.PRIVATE, Modifier.FINAL)
                .initializer("new $T[$L]", scalar.type(), length).build();
    }

    private void addConstructor() {
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC)
                .addJavadoc("A network with the initial parameters of $L.\n", SourceText.args(network.sourceName()));
        if (!allocations.isEmpty()) {
            addSplit("allocateArrays", List.of(), allocations);
            constructor.addStatement("allocateArrays()");
        }
        List<Statement> init = each(StageWriter::initialWeights);
        init.addAll(each(StageWriter::initialBiases));
        addSplit("initialParameters", List.of(), init);
        if (network.optimizer().kind() == OptimizerKind.RPROP) {
            constructor.addStatement("clearOptimizerState()");
        }
        type.addMethod(constructor
                .addStatement("initialParameters()")
                .addStatement("$T.fill($N, 1.0)", Arrays.class, names.get(Names.Member.STD))
                .build());
    }

    private void addParameterAccess() {
        ParameterSpec values = ParameterSpec.builder(ClassBasics.DOUBLES, "values").build();
        List<Statement> read = each(s -> s.parametersTo("values", true));
        read.addAll(each(s -> s.parametersTo("values", false)));
        addSplit("readParameters", List.of(values), read);
        for (Scalar api : ClassBasics.apis(scalar)) {
            ParameterSpec from = ParameterSpec.builder(api.array(), "values").build();
            List<Statement> write = each(s -> s.parametersFrom("values", true, api));
            write.addAll(each(s -> s.parametersFrom("values", false, api)));
            addSplit("writeParameters", List.of(from), write);
            if (api == Scalar.DOUBLE) {
                type.addMethod(ClassBasics.override("parameters", ClassBasics.DOUBLES)
                        .addStatement("double[] values = new double[$L]", parameterCount)
                        .addStatement("readParameters(values)")
                        .addStatement("return values").build());
            }
            type.addMethod(ClassBasics.apiMethod("setParameters", TypeName.VOID, api).addParameter(from)
                    .beginControlFlow("if (values.length != $L)", parameterCount)
                    .addStatement("throw new $T($S + values.length)", IllegalArgumentException.class,
                            "expected " + parameterCount + " parameters, got ")
                    .endControlFlow()
                    .addStatement("writeParameters(values)").build());
        }
        ParameterSpec sums = ParameterSpec.builder(ClassBasics.DOUBLES, "sums").build();
        List<Statement> readSums = each(s -> s.gradientsTo("sums", true));
        readSums.addAll(each(s -> s.gradientsTo("sums", false)));
        addSplit("readGradientSums", List.of(sums), readSums);
        List<Statement> writeSums = each(s -> s.gradientsFrom("sums", true));
        writeSums.addAll(each(s -> s.gradientsFrom("sums", false)));
        addSplit("writeGradientSums", List.of(sums), writeSums);
        List<Statement> reset = each(StageWriter::clearState);
        if (network.optimizer().kind() == OptimizerKind.ADAM) {
            reset.add(Statement.of(4, "$N = 0", names.get(Names.Member.STEP)));
        }
        if (fused) {
            reset.add(Statement.of(4, "$N = false", names.get(Names.Member.PENDING)));
        }
        addSplit("clearOptimizerState", List.of(), reset);
        type.addMethod(ClassBasics.override("resetOptimizer", TypeName.VOID).addStatement("clearOptimizerState()").build());
    }

    /**
     * copy(): a new instance given the parameters, the standardisation, the rate and the optimizer's
     * state (through {@code copyOptimizerState}, when there is state); its gradient sums are zero.
     */
    private void addCopy() {
        ClassName self = ClassName.get(options.packageName(), network.name());
        List<Statement> state = each(s -> s.copyState("to"));
        if (network.optimizer().kind() == OptimizerKind.ADAM) {
            String step = names.get(Names.Member.STEP);
            state.add(Statement.of(8, "to.$N = $N", step, step));
        }
        MethodSpec.Builder copy = ClassBasics.override("copy", self)
                .addJavadoc("An independent network with this one's parameters, input standardisation, learning rate and\n"
                        + "optimizer state, and no gradient sums: to use from another thread, or to train apart.\n")
                .addStatement("$T copy = new $T()", self, self)
                .addStatement("double[] values = new double[$L]", parameterCount)
                .addStatement("readParameters(values)")
                .addStatement("copy.writeParameters(values)")
                .addStatement("copy.setInputNormalization($N, $N)", names.get(Names.Member.MEAN),
                        names.get(Names.Member.STD))
                .addStatement("copy.$N = $N", names.get(Names.Member.RATE), names.get(Names.Member.RATE));
        if (!state.isEmpty()) {
            addSplit("copyOptimizerState", List.of(ParameterSpec.builder(self, "to").build()), state);
            copy.addStatement("copyOptimizerState(copy)");
        }
        type.addMethod(copy.addStatement("return copy").build());
    }

    private void addPasses() {
        for (Scalar api : ClassBasics.apis(scalar)) {
            ParameterSpec x = ParameterSpec.builder(api.array(), "x").build();
            ParameterSpec t = ParameterSpec.builder(api.array(), "t").build();
            ParameterSpec y = ParameterSpec.builder(api.array(), "y").build();
            addSplit("loadInputs", List.of(x), first().loadInputs("x", api));
            addSplit("loadTargets", List.of(t), last().loadTargets("t", api));
            addSplit("storeOutputs", List.of(y), last().storeOutputs("y"));
        }
        addSplit("forward", List.of(), each(StageWriter::forwardPass));
        addSplit("computeLoss", List.of(), last().lossPass());
        addSplit("backward", List.of(), backward(false));
        String loss = names.get(Names.Member.LOSS);
        String pending = fused ? names.get(Names.Member.PENDING) : null;
        for (Scalar api : ClassBasics.apis(scalar)) {
            ParameterSpec x = ParameterSpec.builder(api.array(), "x").build();
            ParameterSpec t = ParameterSpec.builder(api.array(), "t").build();
            ParameterSpec y = ParameterSpec.builder(api.array(), "y").build();
            type.addMethod(ClassBasics.apiMethod("predict", TypeName.VOID, api).addParameter(x).addParameter(y)
                    .addStatement("loadInputs(x)").addStatement("forward()").addStatement("storeOutputs(y)").build());
            type.addMethod(ClassBasics.apiMethod("loss", api.type(), api).addParameter(x).addParameter(t)
                    .addStatement("loadInputs(x)").addStatement("loadTargets(t)").addStatement("forward()")
                    .addStatement("computeLoss()").addStatement("return $N", loss).build());
            MethodSpec.Builder accumulate = ClassBasics.apiMethod("accumulate", api.type(), api).addParameter(x)
                    .addParameter(t).addStatement("loadInputs(x)").addStatement("loadTargets(t)")
                    .addStatement("forward()").addStatement("computeLoss()").addStatement("backward()");
            if (fused) {
                accumulate.addStatement("$N = true", pending);
            }
            type.addMethod(accumulate.addStatement("return $N", loss).build());
        }
        type.addMethod(ClassBasics.gradientMethod(parameterCount, pending));
    }

    /** The stages' backward passes, last stage first; {@code fused}: loop layers update at once. */
    private List<Statement> backward(boolean fused) {
        List<Statement> out = new ArrayList<>();
        for (int s = stages.size() - 1; s >= 0; s--) {
            out.addAll(stages.get(s).backwardPass(fused));
        }
        return out;
    }

    private void addUpdate() {
        addSplit("applyUpdate", List.of(), each(s -> s.update(true)));
        MethodSpec.Builder update = ClassBasics.updateMethod(network, names, scalar);
        if (network.optimizer().kind() == OptimizerKind.ADAM && stages.stream().anyMatch(LoopStageWriter.class::isInstance)) {
            // once both bias corrections are 1 (after about 37,000 steps), the update without dividing by them;
            // only for loops: an unrolled class stays as the tutorials write it, and its update is short
            addSplit("applyUncorrectedUpdate", List.of(), each(s -> s.update(false)));
            update.beginControlFlow("if ($N == 1 && $N == 1)", names.get(Names.Member.CORRECTION1),
                            names.get(Names.Member.CORRECTION2))
                    .addStatement("applyUncorrectedUpdate()")
                    .nextControlFlow("else")
                    .addStatement("applyUpdate()")
                    .endControlFlow();
        } else {
            update.addStatement("applyUpdate()");
        }
        if (fused) {
            update.addStatement("$N = false", names.get(Names.Member.PENDING));
        }
        type.addMethod(update.build());
        if (fused) {
            addSplit("backwardAndUpdate", List.of(), backward(true));
        }
        ClassBasics.apis(scalar).forEach(api -> type.addMethod(ClassBasics.trainMethod(names, fused, api)));
    }

    private void addSplit(String name, List<ParameterSpec> parameters, List<Statement> statements) {
        names.recorder().split(name, parameters, statements).forEach(type::addMethod);
    }
}
