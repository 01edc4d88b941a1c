package dev.nnc.cli;

import dev.nnc.compiler.model.Precision;
import java.util.Optional;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** {@code --precision float|double}: the generated class's number type, overriding the file's statement. */
final class PrecisionOption {
    @Option(names = "--precision", paramLabel = "float|double", converter = Word.class,
            description = "Compute in float or double, whatever the file's 'precision' statement says (default: "
                    + "the statement's, else double). A float class keeps its parameters and arithmetic in float "
                    + "and still takes and returns doubles.")
    Precision precision;

    /** The precision asked for, if any. */
    Optional<Precision> value() {
        return Optional.ofNullable(precision);
    }

    /** Reads the word as the language spells it. */
    static final class Word implements ITypeConverter<Precision> {
        @Override
        public Precision convert(String value) {
            return Precision.fromSpelling(value).orElseThrow(() ->
                    new TypeConversionException("'" + value + "' is not a precision (float or double)"));
        }
    }
}
