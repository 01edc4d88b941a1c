package dev.nnc.onnx.imports;

/**
 * How imported numbers are written in the .nn text so that they read back exactly: a double as
 * {@link Double#toString}, a float as the shortest decimal that gives back the same float when nnc
 * parses it as a double and a float class rounds it to float (which {@link Float#toString} is,
 * unless double rounding would move it; then the float's exact double value is written).
 */
final class NnNumbers {
    private NnNumbers() {
    }

    static String of(double value, boolean dbl) {
        return dbl ? ofDouble(value) : ofFloat((float) value);
    }

    static String ofDouble(double value) {
        return trim(Double.toString(value));
    }

    static String ofFloat(float value) {
        String shortest = trim(Float.toString(value));
        return (float) Double.parseDouble(shortest) == value && !(value == 0 && Float.floatToRawIntBits(value) != 0)
                ? shortest : ofDouble(value);
    }

    /** "1.0" → "1", "1.0E-5" → "1e-5": what a person would write, the same number. */
    private static String trim(String text) {
        String mantissa = text;
        String exponent = "";
        int e = text.indexOf('E');
        if (e >= 0) {
            mantissa = text.substring(0, e);
            exponent = "e" + text.substring(e + 1);
        }
        if (mantissa.endsWith(".0")) {
            mantissa = mantissa.substring(0, mantissa.length() - 2);
        }
        return mantissa + exponent;
    }
}
