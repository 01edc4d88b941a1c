package dev.nnc.compiler.explain;

import com.palantir.javapoet.JavaFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The equations of the generated class, found by what they assign ({@code delta_o1 =},
 * {@code dw5 +=}), so the explanation can quote the line of code that computes each step. Only
 * statements that compute something are kept (not resets to 0 or copies from arrays); a name the
 * class does not assign as a statement (a layer emitted as loops) is simply not quoted.
 */
final class CodeIndex {
    private static final Pattern STATEMENT = Pattern.compile("^\\s*([A-Za-z_][A-Za-z0-9_]*) (=|\\+=|-=|/=) (.+);$");
    private static final Pattern LITERAL = Pattern.compile("-?[0-9.]+([eE][-+]?[0-9]+)?");
    private static final Pattern SHARED = Pattern.compile("\\btmp[0-9]+\\b");

    private final String fileName;
    private final Map<String, String> statements = new HashMap<>();

    private CodeIndex(String fileName) {
        this.fileName = fileName;
    }

    static CodeIndex of(JavaFile file) {
        CodeIndex index = new CodeIndex(file.typeSpec().name() + ".java");
        for (String line : file.toString().split("\n")) {
            Matcher m = STATEMENT.matcher(line);
            if (m.matches() && !LITERAL.matcher(m.group(3)).matches() && !m.group(3).contains("[")) {
                index.statements.putIfAbsent(m.group(1) + " " + m.group(2), line.strip());
            }
        }
        return index;
    }

    /** The generated file's name, {@code Mazur.java}. */
    String fileName() {
        return fileName;
    }

    /** The key of the statement that sets {@code name}: {@code "delta_o1 ="}. */
    static String set(String name) {
        return name + " =";
    }

    /** The key of the statement that adds to {@code name}: {@code "dw5 +="}. */
    static String add(String name) {
        return name + " +=";
    }

    /** The key of the statement that subtracts from {@code name}: {@code "w5 -="}. */
    static String subtract(String name) {
        return name + " -=";
    }

    /** The key of the statement that divides {@code name}: {@code "dw5 /="}. */
    static String divide(String name) {
        return name + " /=";
    }

    /**
     * The statements with these keys, in order, each preceded by the definitions of the shared terms
     * ({@code tmp1}) it uses; keys without a statement are skipped.
     */
    List<String> quote(List<String> keys) {
        Set<String> lines = new LinkedHashSet<>();
        for (String key : keys) {
            String statement = statements.get(key);
            if (statement != null) {
                addWithShared(statement, lines);
            }
        }
        return new ArrayList<>(lines);
    }

    private void addWithShared(String statement, Set<String> lines) {
        if (lines.contains(statement)) {
            return;
        }
        String rhs = statement.substring(statement.indexOf('=') + 1);
        Matcher m = SHARED.matcher(rhs);
        while (m.find()) {
            String shared = statements.get(set(m.group()));
            if (shared != null) {
                addWithShared(shared, lines);
            }
        }
        lines.add(statement);
    }
}
