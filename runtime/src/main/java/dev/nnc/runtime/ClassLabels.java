package dev.nnc.runtime;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The classes of a label column and the index of each label. Labels are any text; when every label
 * is a whole number they are compared as numbers ({@code 2} and {@code 2.0} are one class), and
 * whole numbers that all lie in 0..N-1 are class indices, as they always were: class k is k.
 * Otherwise the classes are the distinct labels, sorted by code point (or by value, for numbers).
 */
public final class ClassLabels {
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?");
    /** The most class names a message lists; the rest are counted. */
    static final int LISTED = 20;

    private final List<String> names;
    private final boolean numeric;
    private final Map<String, Integer> byText = new HashMap<>();
    private final Map<Double, Integer> byValue = new HashMap<>();

    private ClassLabels(List<String> names) {
        this.names = List.copyOf(names);
        this.numeric = !names.isEmpty() && names.stream().allMatch(n -> whole(n).isPresent());
        for (int k = 0; k < names.size(); k++) {
            byText.putIfAbsent(names.get(k), k);
            if (numeric) {
                byValue.putIfAbsent(whole(names.get(k)).getAsDouble() + 0.0, k);
            }
        }
    }

    /** The classes named {@code names}, in that order (class k is {@code names.get(k)}). */
    public static ClassLabels of(List<String> names) {
        return new ClassLabels(names);
    }

    /** The classes 0..count-1, named by their numbers: what numeric labels mean without training labels. */
    public static ClassLabels indices(int count) {
        List<String> names = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            names.add(Integer.toString(k));
        }
        return new ClassLabels(names);
    }

    /**
     * The classes of {@code labels} (the distinct labels of the training data) for a network with
     * {@code count} classes: the indices 0..count-1 when every label is a whole number among them,
     * else the distinct labels sorted, by value when all are whole numbers, by code point otherwise.
     */
    public static ClassLabels learn(Collection<String> labels, int count) {
        boolean numeric = !labels.isEmpty() && labels.stream().allMatch(l -> whole(l).isPresent());
        if (!numeric) {
            TreeSet<String> sorted = new TreeSet<>(ClassLabels::compareCodePoints);
            sorted.addAll(labels);
            return new ClassLabels(new ArrayList<>(sorted));
        }
        TreeSet<Double> values = new TreeSet<>();
        labels.forEach(l -> values.add(whole(l).getAsDouble() + 0.0));
        if (values.first() >= 0 && values.last() <= count - 1) {
            return indices(count);
        }
        List<String> names = new ArrayList<>();
        values.forEach(v -> names.add(name(v)));
        return new ClassLabels(names);
    }

    /** The class names, class 0 first. */
    public List<String> names() {
        return names;
    }

    /** The number of classes. */
    public int size() {
        return names.size();
    }

    /** The class {@code label} stands for, or -1 when it is none of them. */
    public int indexOf(String label) {
        if (numeric) {
            OptionalDouble value = whole(label);
            return value.isPresent() ? byValue.getOrDefault(value.getAsDouble() + 0.0, -1) : -1;
        }
        return byText.getOrDefault(label, -1);
    }

    /** "setosa, versicolor, virginica", at most {@value #LISTED} of them, then "and 3 more". */
    public String listed() {
        return list(names);
    }

    static String list(List<String> names) {
        List<String> shown = names.size() > LISTED ? names.subList(0, LISTED) : names;
        String text = String.join(", ", shown);
        return names.size() > LISTED ? text + " and " + (names.size() - LISTED) + " more" : text;
    }

    /** The value of {@code text} when it is a whole number (a finite decimal with no fraction), else empty. */
    static OptionalDouble whole(String text) {
        if (!DECIMAL.matcher(text).matches()) {
            return OptionalDouble.empty();
        }
        double value = Double.parseDouble(text);
        return Double.isFinite(value) && value == Math.rint(value) ? OptionalDouble.of(value) : OptionalDouble.empty();
    }

    /** A whole number as a class name: {@code 3}, not {@code 3.0}. */
    private static String name(double value) {
        return Math.abs(value) < 1e18 ? Long.toString((long) value) : Double.toString(value);
    }

    /** Text order by Unicode code point (String.compareTo orders UTF-16 units, which differs above U+FFFF). */
    static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Boolean.compare(i < a.length(), j < b.length());
    }
}
