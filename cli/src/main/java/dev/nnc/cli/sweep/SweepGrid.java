package dev.nnc.cli.sweep;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The grid of {@code --grid NAME=v1,v2 --grid ...}: settings in the order given, each with its values
 * in the order written ({@code a..b} stands for the whole numbers from a to b). Its combinations run
 * through the last setting fastest.
 */
public record SweepGrid(List<Axis> axes) {
    /** The most combinations one sweep may have. */
    public static final int MAX_COMBINATIONS = 100_000;
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern RANGE = Pattern.compile("([-+]?\\d+)\\.\\.([-+]?\\d+)");

    public SweepGrid {
        axes = List.copyOf(axes);
    }

    /** One setting and its values, as written (numbers, as the .nn file would spell them). */
    public record Axis(String name, List<String> values) {
        public Axis {
            values = List.copyOf(values);
        }
    }

    /**
     * The grid of {@code options} and every problem with them, one per option at most (an option
     * with a problem is left out of the grid).
     */
    public static Result parse(List<String> options) {
        List<Axis> axes = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        long combinations = 1;
        for (String option : options) {
            int equals = option.indexOf('=');
            if (equals < 0) {
                problems.add("--grid '" + option + "' is not NAME=v1,v2,... (e.g. --grid rate=0.01,0.1)");
                continue;
            }
            String name = option.substring(0, equals).strip();
            if (!NAME.matcher(name).matches()) {
                problems.add("--grid '" + option + "': '" + name + "' is not a setting's name");
                continue;
            }
            if (axes.stream().anyMatch(a -> a.name().equals(name))) {
                problems.add("--grid '" + option + "': " + name + " is already in the grid; give its values "
                        + "in one --grid, separated by commas");
                continue;
            }
            Values values = values(option, name, option.substring(equals + 1));
            if (!values.problem().isEmpty()) {
                problems.add(values.problem());
                continue;
            }
            combinations = Math.min(combinations * values.values().size(), MAX_COMBINATIONS + 1L);
            axes.add(new Axis(name, values.values()));
        }
        if (combinations > MAX_COMBINATIONS) {
            problems.add("the grid has more than " + MAX_COMBINATIONS + " combinations");
        }
        return new Result(new SweepGrid(axes), problems);
    }

    /** The values of one setting, or the problem with them. */
    private record Values(List<String> values, String problem) {
    }

    private static Values values(String option, String name, String text) {
        List<String> values = new ArrayList<>();
        if (text.isBlank()) {
            return problem("--grid '" + option + "': no values for " + name + " (give e.g. " + name + "=1,2)");
        }
        for (String raw : text.split(",", -1)) {
            String value = raw.strip();
            if (value.isEmpty()) {
                return problem("--grid '" + option + "': an empty value in the list of " + name);
            }
            var range = RANGE.matcher(value);
            if (range.matches()) {
                long from;
                long to;
                try {
                    from = Long.parseLong(range.group(1));
                    to = Long.parseLong(range.group(2));
                } catch (NumberFormatException e) {
                    return problem("--grid '" + option + "': the range " + value + " is out of bounds");
                }
                if (from > to) {
                    return problem("--grid '" + option + "': the range " + value + " is empty (write the smaller end "
                            + "first, as in " + to + ".." + from + ")");
                }
                if (to - from >= MAX_COMBINATIONS) {
                    return problem("--grid '" + option + "': the range " + value + " has more than "
                            + MAX_COMBINATIONS + " values");
                }
                for (long v = from; v <= to; v++) {
                    values.add(Long.toString(v));
                }
            } else if (value.contains("..")) {
                return problem("--grid '" + option + "': '" + value + "' is not a range of whole numbers (as in 1..5)");
            } else if (!NUMBER.matcher(value).matches()) {
                return problem("--grid '" + option + "': '" + value + "' is not a number");
            } else if (!Double.isFinite(Double.parseDouble(value))) {
                return problem("--grid '" + option + "': '" + value + "' is too large");
            } else {
                values.add(value);
            }
        }
        for (int i = 0; i < values.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (new BigDecimal(values.get(i)).compareTo(new BigDecimal(values.get(j))) == 0) {
                    return problem("--grid '" + option + "': " + name + "=" + values.get(i) + " is in the list twice");
                }
            }
        }
        return new Values(values, "");
    }

    private static Values problem(String message) {
        return new Values(List.of(), message);
    }

    /** Every combination, each a map from setting to value in grid order; the last setting varies fastest. */
    public List<Map<String, String>> combinations() {
        List<Map<String, String>> all = new ArrayList<>();
        all.add(new LinkedHashMap<>());
        for (Axis axis : axes) {
            List<Map<String, String>> next = new ArrayList<>();
            for (Map<String, String> partial : all) {
                for (String value : axis.values()) {
                    Map<String, String> combination = new LinkedHashMap<>(partial);
                    combination.put(axis.name(), value);
                    next.add(combination);
                }
            }
            all = next;
        }
        return all.stream().map(java.util.Collections::unmodifiableMap).toList();
    }

    /** The grid of the options that are right, and what is wrong with the others. */
    public record Result(SweepGrid grid, List<String> problems) {
        public Result {
            problems = List.copyOf(problems);
        }

        /** The first problem, or "" when there is none. */
        public String problem() {
            return problems.isEmpty() ? "" : problems.get(0);
        }
    }
}
