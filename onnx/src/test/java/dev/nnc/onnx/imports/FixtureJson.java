package dev.nnc.onnx.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Just enough JSON for the fixtures' expected.json files: objects, arrays, strings, numbers, literals. */
final class FixtureJson {
    private final String text;
    private int at;

    private FixtureJson(String text) {
        this.text = text;
    }

    static Map<String, Object> parseObject(String text) {
        @SuppressWarnings("unchecked")
        Map<String, Object> object = (Map<String, Object>) new FixtureJson(text).value();
        return object;
    }

    /** Rows of numbers (a list of lists) as a matrix. */
    static double[][] matrix(Object value) {
        List<?> rows = (List<?>) value;
        double[][] m = new double[rows.size()][];
        for (int r = 0; r < m.length; r++) {
            List<?> row = flatten((List<?>) rows.get(r));
            m[r] = row.stream().mapToDouble(v -> ((Number) v).doubleValue()).toArray();
        }
        return m;
    }

    private static List<Object> flatten(List<?> values) {
        List<Object> flat = new ArrayList<>();
        for (Object v : values) {
            if (v instanceof List<?> inner) {
                flat.addAll(flatten(inner));
            } else {
                flat.add(v);
            }
        }
        return flat;
    }

    private Object value() {
        skip();
        char c = text.charAt(at);
        if (c == '{') {
            Map<String, Object> object = new LinkedHashMap<>();
            at++;
            skip();
            if (text.charAt(at) == '}') {
                at++;
                return object;
            }
            while (true) {
                skip();
                String key = (String) value();
                skip();
                at++; // ':'
                object.put(key, value());
                skip();
                if (text.charAt(at++) == '}') {
                    return object;
                }
            }
        }
        if (c == '[') {
            List<Object> list = new ArrayList<>();
            at++;
            skip();
            if (text.charAt(at) == ']') {
                at++;
                return list;
            }
            while (true) {
                list.add(value());
                skip();
                if (text.charAt(at++) == ']') {
                    return list;
                }
            }
        }
        if (c == '"') {
            StringBuilder s = new StringBuilder();
            at++;
            while (text.charAt(at) != '"') {
                char ch = text.charAt(at++);
                if (ch == '\\') {
                    char e = text.charAt(at++);
                    s.append(switch (e) {
                        case 'n' -> '\n';
                        case 't' -> '\t';
                        case 'u' -> {
                            char u = (char) Integer.parseInt(text.substring(at, at + 4), 16);
                            at += 4;
                            yield u;
                        }
                        default -> e;
                    });
                } else {
                    s.append(ch);
                }
            }
            at++;
            return s.toString();
        }
        int start = at;
        while (at < text.length() && ",]} \n\r\t".indexOf(text.charAt(at)) < 0) {
            at++;
        }
        String word = text.substring(start, at);
        return switch (word) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            case "null" -> null;
            case "NaN" -> Double.NaN;
            case "Infinity" -> Double.POSITIVE_INFINITY;
            case "-Infinity" -> Double.NEGATIVE_INFINITY;
            default -> Double.parseDouble(word);
        };
    }

    private void skip() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
    }
}
