package dev.nnc.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** JSON output through Jackson, with JSON's lack of NaN and infinity handled. */
final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    /** {@code value} (maps, lists, strings, numbers) as one line of JSON. */
    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** JSON has no NaN or infinity: such values are written as null. */
    static Object number(double v) {
        return Double.isFinite(v) ? v : null;
    }

    /** {@link #number} of each value. */
    static List<Object> numbers(double[] values) {
        List<Object> list = new ArrayList<>(values.length);
        for (double v : values) {
            list.add(number(v));
        }
        return list;
    }

    /**
     * After a long run the loss histories keep every {@code every}th epoch's loss (runtime LossHistory):
     * then {@code "loss_history_every": every} says so; it is absent when every epoch is there.
     */
    static void putEvery(Map<String, Object> json, int every) {
        if (every > 1) {
            json.put("loss_history_every", every);
        }
    }
}
