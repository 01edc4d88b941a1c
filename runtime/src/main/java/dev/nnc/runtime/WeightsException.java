package dev.nnc.runtime;

import java.io.IOException;

/** A weights file that cannot be used: not JSON, not the weights format, or for another network. */
public final class WeightsException extends IOException {
    private static final long serialVersionUID = 1L;

    public WeightsException(String message) {
        super(message);
    }
}
