package dev.nnc.runtime;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The lines of a CSV file, read one at a time so that a file of any size is never held whole: a
 * line ends at {@code \n}, {@code \r\n} or {@code \r}; a leading byte order mark is skipped; bytes
 * that are not UTF-8 become U+FFFD (and are then reported in their cell). A line longer than the
 * limit is kept only up to it, and the problems found are collected with the lines they are on.
 */
final class CsvLines implements Closeable {
    /** A file with this many problems is not read further. */
    static final int MAX_PROBLEMS = 10_000;
    /** At most this many characters of problem lines are kept for the report; later ones are kept empty. */
    static final int MAX_KEPT_CHARACTERS = 8 << 20;

    private final Reader reader;
    private final int maxLength;
    private final char[] buffer = new char[1 << 16];
    /** The line being read, reused from line to line. */
    private final StringBuilder text = new StringBuilder();
    private int filled;
    private int next;
    private int number;
    private boolean pendingReturn;
    private boolean end;
    private String firstLine = "";
    private DataProblem stopped;
    private final List<DataProblem> problems = new ArrayList<>();
    private final Map<Integer, String> problemLines = new LinkedHashMap<>();
    private long keptCharacters;

    private CsvLines(Reader reader, int maxLength) {
        this.reader = reader;
        this.maxLength = maxLength;
    }

    /** The lines of {@code file}, at most {@code maxLength} characters each. */
    static CsvLines of(Path file, int maxLength) throws IOException {
        InputFiles.requireRegular(file);
        return new CsvLines(new BufferedReader(new InputStreamReader(Files.newInputStream(file),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                        .onUnmappableCharacter(CodingErrorAction.REPLACE))), maxLength);
    }

    /** The lines of {@code in} (standard input, a pipe), read as it comes; closing them closes it. */
    static CsvLines of(InputStream in, int maxLength) {
        return new CsvLines(new BufferedReader(new InputStreamReader(in,
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                        .onUnmappableCharacter(CodingErrorAction.REPLACE))), maxLength);
    }

    /** The lines of {@code text}. */
    static CsvLines of(String text, int maxLength) {
        return new CsvLines(new StringReader(text), maxLength);
    }

    /** The longest line a row of {@code cells} numbers needs: 1M characters, or 64 per cell if more. */
    static int maxLength(int cells) {
        return (int) Math.min(Integer.MAX_VALUE - 8, Math.max(1 << 20, 64L * cells));
    }

    /** One line: its 1-based number and its text (without the terminator). */
    record Line(int number, String text) {
    }

    /**
     * The next line, or null at the end of the file or after {@link #MAX_PROBLEMS} problems. A line
     * that is too long is reported here and skipped. Every line end ends a line, so a file ending in
     * one has an empty last line, and an empty file one empty line.
     */
    Line next() throws IOException {
        while (!end && problems.size() < MAX_PROBLEMS) {
            StringBuilder text = this.text;
            text.setLength(0);
            boolean tooLong = false;
            String whole = null; // the line, when it lay in the buffer whole (nearly always): no copy through text
            while (true) {
                if (next == filled && !fill()) {
                    end = true;
                    break;
                }
                if (pendingReturn) {
                    pendingReturn = false;
                    if (buffer[next] == '\n') { // the \n of a \r\n
                        next++;
                        continue;
                    }
                }
                int start = next;
                while (next < filled && buffer[next] != '\n' && buffer[next] != '\r') {
                    next++;
                }
                int room = maxLength - text.length();
                tooLong |= next - start > room;
                if (next < filled && text.length() == 0 && !tooLong) {
                    whole = new String(buffer, start, next - start);
                } else {
                    text.append(buffer, start, Math.min(next - start, room));
                }
                if (next < filled) {
                    pendingReturn = buffer[next++] == '\r';
                    break;
                }
            }
            number++;
            String line = whole != null ? whole : text.toString();
            if (number == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
                line = line.substring(1);
            }
            if (number == 1) {
                firstLine = line;
            }
            if (!tooLong) {
                return new Line(number, line);
            }
            problem(new DataProblem(number, maxLength + 1, "line longer than " + maxLength
                    + " characters; a row is numbers separated by commas, one row per line"), line);
        }
        if (!end) {
            stopped = new DataProblem(number, 1, "stopped reading after " + MAX_PROBLEMS + " problems");
            end = true;
        }
        return null;
    }

    /** Reads more characters into the buffer from its start; false at the end of the input. */
    private boolean fill() throws IOException {
        filled = reader.read(buffer, 0, buffer.length);
        next = 0;
        if (filled <= 0) {
            filled = 0;
            return false;
        }
        return true;
    }

    /** Records a problem on {@code line}, whose text is {@code text}. */
    void problem(DataProblem problem, String text) {
        problems.add(problem);
        if (!problemLines.containsKey(problem.line())) {
            boolean keep = keptCharacters + text.length() <= MAX_KEPT_CHARACTERS;
            problemLines.put(problem.line(), keep ? text : "");
            keptCharacters += keep ? text.length() : 0;
        }
    }

    /** A problem about the file as a whole, shown at 1:1 with its first line. */
    void fileProblem(String message) {
        problem(new DataProblem(1, 1, message), firstLine);
    }

    /**
     * Reports a file with no data rows ({@code what}: "no samples", "no rows of inputs"), at its header
     * line ({@code headerLine}, 0 for none, whose text is {@code headerText}) when the only row was
     * taken for one; nothing when the file has other problems already.
     */
    void noRows(String what, int headerLine, String headerText) {
        if (hasProblems()) {
            return;
        }
        if (headerLine > 0) {
            problem(new DataProblem(headerLine, 1, what + ": the only row was read as a header, as none of its "
                    + "cells is a number"), headerText);
        } else {
            fileProblem(what);
        }
    }

    boolean hasProblems() {
        return !problems.isEmpty();
    }

    /** Every problem, in file order, with the lines they are on. */
    DataException exception(Path file) {
        problems.sort(Comparator.comparingInt(DataProblem::line).thenComparingInt(DataProblem::column));
        if (stopped != null) {
            problems.add(stopped);
        }
        return new DataException(file, problems, problemLines);
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
