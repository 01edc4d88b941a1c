package dev.nnc.compiler.check;

import java.util.List;
import java.util.stream.Collectors;

/** What a word with arguments accepts: {@code adam(rate, beta1, beta2, eps)}, with an example call. */
record Signature(String name, List<Param> params, String example) {
    Signature {
        params = List.copyOf(params);
    }

    static Signature of(String name, String example, Param... params) {
        return new Signature(name, List.of(params), example);
    }

    List<String> paramNames() {
        return params.stream().map(Param::name).collect(Collectors.toList());
    }

    boolean has(String param) {
        return paramNames().contains(param);
    }
}
