package dev.nnc.cli;

import dev.nnc.compiler.diag.ErrorLimit;
import java.io.PrintWriter;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** {@code --max-errors N}: how many errors (and warnings) of a file are printed; the rest are counted. */
final class ErrorLimitOption {
    @Option(names = "--max-errors", paramLabel = "N", defaultValue = "" + ErrorLimit.DEFAULT,
            converter = Limit.class,
            description = "Print at most N errors and N warnings per file, then how many more there are "
                    + "(default: ${DEFAULT-VALUE}; 0 prints all).")
    ErrorLimit limit;

    /** A reporter to {@code err} that keeps to the limit. */
    Reporter reporter(PrintWriter err) {
        return new Reporter(err, limit);
    }

    /** A whole number, 0 or more; anything else is a usage error. */
    static final class Limit implements ITypeConverter<ErrorLimit> {
        @Override
        public ErrorLimit convert(String value) {
            int max;
            try {
                max = Integer.parseInt(value.trim());
            } catch (NumberFormatException e) {
                throw new TypeConversionException("'" + value + "' is not a whole number");
            }
            if (max < 0) {
                throw new TypeConversionException("it must be 0 (no limit) or more, not " + max);
            }
            return new ErrorLimit(max);
        }
    }
}
