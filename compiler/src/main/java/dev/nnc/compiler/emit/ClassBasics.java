package dev.nnc.compiler.emit;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.nnc.compiler.model.Layer;
import dev.nnc.compiler.model.Network;
import dev.nnc.runtime.Loss;
import dev.nnc.runtime.OptimizerKind;
import dev.nnc.runtime.OptimizerSettings;
import java.util.Arrays;
import javax.lang.model.element.Modifier;

/**
 * The members every generated class has whatever its code strategy: the optimizer's settings, the
 * input standardisation, and the methods that describe the network.
 */
final class ClassBasics {
    static final TypeName DOUBLES = ArrayTypeName.of(TypeName.DOUBLE);
    static final ClassName NETWORK = ClassName.get("dev.nnc.runtime", "Network");

    private ClassBasics() {
    }

    /** A new public final class implementing {@code Network}, named after the network. */
    static TypeSpec.Builder newClass(Network network) {
        return TypeSpec.classBuilder(network.name()).addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(NETWORK);
    }

    /** {@code 3-2-1 bce, adam}: the shape stamped in the class's Javadoc. */
    static String shape(Network network) {
        StringBuilder s = new StringBuilder().append(network.input().size());
        for (Layer layer : network.layers()) {
            s.append('-').append(layer.size());
        }
        return s.append(' ').append(network.loss().spelling()).append(", ")
                .append(network.optimizer().kind().spelling()).toString();
    }

    /** Allocates the loss, the optimizer's settings and the standardisation's arrays. */
    static void allocateSettings(Names names, OptimizerKind kind) {
        names.allocate("E_total", Names.Member.LOSS);
        names.allocate("rate", Names.Member.RATE);
        names.allocate("batch", Names.Member.BATCH);
        names.allocate("inputMean", Names.Member.MEAN);
        names.allocate("inputStd", Names.Member.STD);
        if (kind == OptimizerKind.MOMENTUM) {
            names.allocate("beta", Names.Member.BETA);
        }
        if (kind == OptimizerKind.ADAM) {
            names.allocate("beta1", Names.Member.BETA1);
            names.allocate("beta2", Names.Member.BETA2);
            names.allocate("eps", Names.Member.EPS);
            names.allocate("step", Names.Member.STEP);
            names.allocate("correction1", Names.Member.CORRECTION1);
            names.allocate("correction2", Names.Member.CORRECTION2);
        }
    }

    /** The fields of the optimizer's settings, the batch size and the standardisation. */
    static void addSettingsFields(TypeSpec.Builder type, Network network, Names names) {
        OptimizerSettings o = network.optimizer();
        privateDouble(type, names, Names.Member.RATE, ExpressionWriter.literal(o.rate()).toString());
        switch (o.kind()) {
            case MOMENTUM:
                finalDouble(type, names, Names.Member.BETA, o.beta());
                break;
            case ADAM:
                finalDouble(type, names, Names.Member.BETA1, o.beta1());
                finalDouble(type, names, Names.Member.BETA2, o.beta2());
                finalDouble(type, names, Names.Member.EPS, o.eps());
                type.addField(TypeName.INT, names.get(Names.Member.STEP), Modifier.PRIVATE);
                privateDouble(type, names, Names.Member.CORRECTION1, null);
                privateDouble(type, names, Names.Member.CORRECTION2, null);
                break;
            default:
                break;
        }
        type.addField(TypeName.INT, names.get(Names.Member.BATCH), Modifier.PRIVATE);
        int inputs = network.input().size();
        type.addField(FieldSpec.builder(DOUBLES, names.get(Names.Member.MEAN), Modifier.PRIVATE, Modifier.FINAL)
                .initializer("new double[$L]", inputs).build());
        type.addField(FieldSpec.builder(DOUBLES, names.get(Names.Member.STD), Modifier.PRIVATE, Modifier.FINAL)
                .initializer("new double[$L]", inputs).build());
    }

    static void privateDouble(TypeSpec.Builder type, Names names, Names.Member member, String initializer) {
        FieldSpec.Builder field = FieldSpec.builder(TypeName.DOUBLE, names.get(member), Modifier.PRIVATE);
        if (initializer != null) {
            field.initializer("$L", initializer);
        }
        type.addField(field.build());
    }

    private static void finalDouble(TypeSpec.Builder type, Names names, Names.Member member, double value) {
        type.addField(FieldSpec.builder(TypeName.DOUBLE, names.get(member), Modifier.PRIVATE, Modifier.FINAL)
                .initializer(ExpressionWriter.literal(value)).build());
    }

    /** name(), inputCount(), outputCount(), loss(), normalizesInputs(), rate, parameterNames(), trainable(). */
    static void addDescription(TypeSpec.Builder type, Network network, Names names, int parameterCount) {
        type.addMethod(override("name", ClassName.get(String.class)).addStatement("return $S", network.name()).build());
        type.addMethod(override("inputCount", TypeName.INT).addStatement("return $L", network.input().size()).build());
        type.addMethod(override("outputCount", TypeName.INT).addStatement("return $L", network.output().size()).build());
        type.addMethod(override("loss", ClassName.get(Loss.class))
                .addStatement("return $T.$L", Loss.class, network.loss().name()).build());
        type.addMethod(override("normalizesInputs", TypeName.BOOLEAN)
                .addStatement("return $L", network.input().normalize()).build());
        String rate = names.get(Names.Member.RATE);
        type.addMethod(override("rate", TypeName.DOUBLE).addStatement("return $N", rate).build());
        type.addMethod(override("setRate", TypeName.VOID).addParameter(TypeName.DOUBLE, "newRate")
                .addStatement("$N = newRate", rate).build());
        int weights = network.weightCount();
        type.addMethod(override("parameterNames", ArrayTypeName.of(String.class))
                .addStatement("String[] names = new String[$L]", parameterCount)
                .beginControlFlow("for (int i = 0; i < $L; i++)", weights)
                .addStatement("names[i] = \"w\" + (i + 1)")
                .endControlFlow()
                .beginControlFlow("for (int i = $L; i < $L; i++)", weights, parameterCount)
                .addStatement("names[i] = \"b\" + (i - $L)", weights - 1)
                .endControlFlow()
                .addStatement("return names").build());
        MethodSpec.Builder trainableMethod = override("trainable", ArrayTypeName.of(TypeName.BOOLEAN))
                .addStatement("boolean[] trainable = new boolean[$L]", parameterCount)
                .addStatement("$T.fill(trainable, 0, $L, true)", Arrays.class, weights);
        for (int l = 0; l < network.layers().size(); l++) {
            Layer layer = network.layers().get(l);
            int from = weights + network.biasOffset(l);
            int count = layer.bias().initial().size();
            if (count > 0 && !layer.bias().frozen()) {
                trainableMethod.addStatement("$T.fill(trainable, $L, $L, true)", Arrays.class, from, from + count);
            }
        }
        type.addMethod(trainableMethod.addStatement("return trainable").build());
    }

    /** setInputNormalization(mean, std), inputMean(), inputStd(). */
    static void addNormalization(TypeSpec.Builder type, Network network, Names names) {
        String mean = names.get(Names.Member.MEAN);
        String std = names.get(Names.Member.STD);
        int n = network.input().size();
        type.addMethod(override("setInputNormalization", TypeName.VOID)
                .addParameter(DOUBLES, "mean").addParameter(DOUBLES, "std")
                .beginControlFlow("if (mean.length != $L || std.length != $L)", n, n)
                .addStatement("throw new $T($S)", IllegalArgumentException.class, "expected " + n + " means and deviations")
                .endControlFlow()
                .beginControlFlow("for (int i = 0; i < $L; i++)", n)
                .addStatement("$N[i] = mean[i]", mean)
                .addStatement("$N[i] = std[i] == 0 ? 1.0 : std[i]", std)
                .endControlFlow().build());
        type.addMethod(override("inputMean", DOUBLES).addStatement("return $N.clone()", mean).build());
        type.addMethod(override("inputStd", DOUBLES).addStatement("return $N.clone()", std).build());
    }

    /** update(batchSize) up to (not including) the call that applies the update. */
    static MethodSpec.Builder updateMethod(Network network, Names names) {
        MethodSpec.Builder update = override("update", TypeName.VOID).addParameter(TypeName.INT, "batchSize")
                .addStatement("$N = batchSize", names.get(Names.Member.BATCH));
        if (network.optimizer().kind() == OptimizerKind.ADAM) {
            String step = names.get(Names.Member.STEP);
            update.addStatement("$N++", step)
                    .addStatement("$N = 1 - $T.pow($N, $N)", names.get(Names.Member.CORRECTION1), Math.class,
                            names.get(Names.Member.BETA1), step)
                    .addStatement("$N = 1 - $T.pow($N, $N)", names.get(Names.Member.CORRECTION2), Math.class,
                            names.get(Names.Member.BETA2), step);
        }
        return update;
    }

    /** The flag that tells {@code train} whether sums from {@code accumulate} wait for an update. */
    static FieldSpec pendingField(Names names) {
        return FieldSpec.builder(TypeName.BOOLEAN, names.get(Names.Member.PENDING), Modifier.PRIVATE)
                .addJavadoc("Whether gradients have been summed since the last update.\n").build();
    }

    /**
     * gradient(x, t, gradient): one sample's gradient through the sums, which are saved and restored
     * (with the {@code pending} flag, when the class has one).
     */
    static MethodSpec gradientMethod(int parameterCount, String pending) {
        MethodSpec.Builder method = override("gradient", TypeName.VOID)
                .addParameter(DOUBLES, "x").addParameter(DOUBLES, "t").addParameter(DOUBLES, "gradient");
        if (pending != null) {
            method.addStatement("boolean wasPending = $N", pending);
        }
        method.addStatement("double[] saved = new double[$L]", parameterCount)
                .addStatement("readGradientSums(saved)")
                .addStatement("writeGradientSums(new double[$L])", parameterCount)
                .addStatement("accumulate(x, t)")
                .addStatement("readGradientSums(gradient)")
                .addStatement("writeGradientSums(saved)");
        if (pending != null) {
            method.addStatement("$N = wasPending", pending);
        }
        return method.build();
    }

    /**
     * train(x, t): with plain sgd ({@code fused}) and no sums pending, one pass that computes the
     * gradient and updates the parameters at once ({@code backwardAndUpdate}); otherwise
     * accumulate and update.
     */
    static MethodSpec trainMethod(Names names, boolean fused) {
        MethodSpec.Builder train = override("train", TypeName.DOUBLE).addParameter(DOUBLES, "x").addParameter(DOUBLES, "t");
        if (!fused) {
            return train.addStatement("double sampleLoss = accumulate(x, t)")
                    .addStatement("update(1)")
                    .addStatement("return sampleLoss").build();
        }
        train.addJavadoc("One sgd step on one sample. Unless gradients are pending from {@link #accumulate}, the"
                        + " gradient is\nnot summed: each parameter is updated as soon as its gradient is known.\n")
                .beginControlFlow("if ($N)", names.get(Names.Member.PENDING))
                .addStatement("double sampleLoss = accumulate(x, t)")
                .addStatement("update(1)")
                .addStatement("return sampleLoss")
                .endControlFlow()
                .addStatement("loadInputs(x)").addStatement("loadTargets(t)").addStatement("forward()")
                .addStatement("computeLoss()").addStatement("backwardAndUpdate()");
        return train.addStatement("return $N", names.get(Names.Member.LOSS)).build();
    }

    /** A public method overriding {@code Network}'s {@code name}. */
    static MethodSpec.Builder override(String name, TypeName returns) {
        return MethodSpec.methodBuilder(name).addAnnotation(Override.class).addModifiers(Modifier.PUBLIC).returns(returns);
    }
}
