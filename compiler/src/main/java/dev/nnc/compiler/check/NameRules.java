package dev.nnc.compiler.check;

import dev.nnc.compiler.JavaNames;
import dev.nnc.compiler.ast.Name;
import dev.nnc.compiler.diag.Code;
import java.util.Set;

/**
 * Which names a user may choose. Names become Java identifiers in the generated class (the
 * network's becomes its class name), so they may not be language keywords, Java keywords, or start
 * with two underscores (kept for generated temporaries); the network's may not hide a package the
 * generated code names; and neurons NAME1..NAMEN must not read like the tutorial names of weights,
 * biases, targets and gradients (w1, b1, t1, dw1, db1).
 */
final class NameRules {
    /** The keywords of the .nn language (the grammar's keyword tokens). */
    static final Set<String> KEYWORDS = Set.of("network", "input", "normalize", "layer", "bias", "shared", "none",
            "frozen", "unroll", "loop", "loss", "weights", "init", "seed", "optimizer", "train", "epochs", "batch",
            "shuffle", "data", "test", "label", "ignore", "precision");

    private static final Set<String> JAVA_KEYWORDS = JavaNames.KEYWORDS;

    /** Words Java forbids as class names only. */
    private static final Set<String> JAVA_TYPE_RESTRICTED = Set.of("var", "yield", "record", "sealed", "permits");

    /**
     * The first parts of the packages generated code may spell out in full: it imports every class
     * it uses (a single-type import wins over a class of the package), but writes the full name of
     * one whose simple name is the generated class's own (java.lang.Double in a network called
     * Double, jdk.incubator.vector.DoubleVector in one called DoubleVector).
     */
    static final Set<String> PACKAGE_ROOTS = Set.of("dev", "java", "javax", "jdk");

    /** Whole names the generated code uses as prefixes of numbered names: w1, b1, t1, dw1, db1. */
    private static final Set<String> NUMBERED = Set.of("w", "b", "t", "dw", "db");

    private final Problems problems;

    NameRules(Problems problems) {
        this.problems = problems;
    }

    /** Checks the network's name, which becomes a Java class name; true when it is fine. */
    boolean checkNetworkName(Name name) {
        if (JAVA_TYPE_RESTRICTED.contains(name.text())) {
            return bad(name, "'" + name.text() + "' cannot be a Java class name; choose another network name");
        }
        if (PACKAGE_ROOTS.contains(name.text())) {
            return bad(name, "a network called '" + name.text() + "' would hide the package '" + name.text()
                    + "', which the generated code names, from every generated class in its package; choose another"
                    + " name");
        }
        return checkCommon(name);
    }

    /** Checks an input or layer name, whose neurons are called NAME1..NAMEN; true when it is fine. */
    boolean checkLayerName(Name name) {
        String text = name.text();
        if (!checkCommon(name)) {
            return false;
        }
        if (NUMBERED.contains(text)) {
            return bad(name, "'" + text + "' is kept for the generated code's " + text + "1, " + text
                    + "2, ...; choose another name");
        }
        return true;
    }

    private boolean checkCommon(Name name) {
        String text = name.text();
        if (KEYWORDS.contains(text)) {
            return bad(name, "'" + text + "' is a keyword of the language and cannot be a name");
        }
        if (JAVA_KEYWORDS.contains(text)) {
            return bad(name, "'" + text + "' is a Java keyword and cannot be a name (the generated code is Java)");
        }
        if (text.startsWith("__")) {
            return bad(name, "'" + text + "' starts with two underscores, which are kept for the generated code");
        }
        return true;
    }

    private boolean bad(Name name, String message) {
        problems.error(Code.BAD_NAME, name.span(), message);
        return false;
    }
}
