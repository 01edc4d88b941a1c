package dev.nnc.onnx;

/**
 * Why an ONNX file cannot be read or imported, in words for the user (it names the node, its op
 * type and what is supported). Carries no stack trace: it is reported, never printed.
 */
public final class OnnxException extends Exception {
    private static final long serialVersionUID = 1L;

    public OnnxException(String message) {
        super(message, null, false, false);
    }
}
