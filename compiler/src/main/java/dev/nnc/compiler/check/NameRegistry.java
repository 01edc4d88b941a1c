package dev.nnc.compiler.check;

import dev.nnc.compiler.ast.Name;
import dev.nnc.compiler.diag.Code;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The input's and layers' names: each must be unique, and their neuron names (NAME1..NAMEN) must
 * not collide, as they would for a layer h of 11 neurons and a layer h1 (both have an "h11"), or
 * read as another layer's per-neuron names (a layer net_h next to a layer h: net_h1).
 */
final class NameRegistry {
    /** Prefixes of the generated code's per-neuron names: net_h1, out_h1, delta_h1. */
    private static final List<String> PREFIXES = List.of("net_", "out_", "delta_");
    private static final Map<String, String> MEANING =
            Map.of("net_", "the net input", "out_", "the output", "delta_", "the delta");

    private final Problems problems;
    private final Map<String, Entry> entries = new LinkedHashMap<>();

    private record Entry(Name name, OptionalInt size, boolean input) {
    }

    NameRegistry(Problems problems) {
        this.problems = problems;
    }

    /** Adds a name; a repeat is reported and not added. */
    void add(Name name, OptionalInt size, boolean input) {
        Entry first = entries.get(name.text());
        if (first == null) {
            entries.put(name.text(), new Entry(name, size, input));
            return;
        }
        String owner = first.input() ? "the input" : "the layer on line " + first.name().span().line();
        problems.error(Code.DUPLICATE_NAME, name.span(), "'" + name.text() + "' is already the name of " + owner
                + "; every layer needs a name of its own");
    }

    /** Whether {@code name} names the input. */
    boolean isInput(String name) {
        Entry entry = entries.get(name);
        return entry != null && entry.input();
    }

    /** Every layer name (not the input's), in order. */
    List<String> layerNames() {
        List<String> names = new ArrayList<>();
        entries.values().stream().filter(e -> !e.input()).forEach(e -> names.add(e.name().text()));
        return names;
    }

    /** Reports every pair of layers whose neuron names collide. */
    void checkNeuronNames() {
        // Only a name that starts another can clash with it: look up each name's prefixes, so that
        // thousands of layers take no time (every pair of them would be millions).
        for (Entry longer : entries.values()) {
            String name = longer.name().text();
            for (int length = 1; length < name.length(); length++) {
                Entry shorter = entries.get(name.substring(0, length));
                if (shorter != null) {
                    clash(shorter, longer);
                }
            }
        }
        for (Entry entry : entries.values()) {
            prefixed(entry);
        }
    }

    private void prefixed(Entry entry) {
        String name = entry.name().text();
        for (String prefix : PREFIXES) {
            Entry other = name.startsWith(prefix) ? entries.get(name.substring(prefix.length())) : null;
            if (other != null) {
                String base = other.name().text();
                problems.error(Code.NAME_CLASH, entry.name().span(), "neuron 1 of '" + name + "' would be called '"
                        + name + "1', the generated code's name for " + MEANING.get(prefix) + " of neuron 1 of '"
                        + base + "'; rename one of the layers");
            }
        }
    }

    private void clash(Entry shorter, Entry longer) {
        String a = shorter.name().text();
        String b = longer.name().text();
        String digits = b.length() > a.length() && b.startsWith(a) ? b.substring(a.length()) : "";
        if (digits.isEmpty() || !digits.chars().allMatch(Character::isDigit) || digits.startsWith("0")
                || shorter.size().isEmpty() || longer.size().isEmpty()) {
            return;
        }
        // Neuron j of b is called a + digits + j, which is also neuron (digits + j) of a if a is that
        // big; those numbers grow with j, so neuron 1 of b is the first to collide if any does.
        String index = digits + "1";
        if (index.length() <= 10 && Long.parseLong(index) <= shorter.size().getAsInt()) {
            problems.error(Code.NAME_CLASH, longer.name().span(), "neuron 1 of '" + b + "' and neuron " + index
                    + " of '" + a + "' would both be called '" + b + "1'; rename one of the layers");
        }
    }
}
