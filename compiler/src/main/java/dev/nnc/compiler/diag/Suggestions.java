package dev.nnc.compiler.diag;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * "Did you mean" for misspelt words, by edit distance (adjacent swaps count as one edit), and for
 * the names other tools give the same thing ({@code learning_rate} for {@code rate},
 * {@code categorical_crossentropy} for {@code cross_entropy}).
 */
public final class Suggestions {
    private Suggestions() {
    }

    /** The candidate closest to {@code word}, if one is close enough to be a likely misspelling. */
    public static Optional<String> closest(String word, Collection<String> candidates) {
        String lower = word.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int distance = distance(lower, candidate.toLowerCase(Locale.ROOT));
            if (distance < bestDistance && distance <= tolerance(candidate) && !candidate.equals(word)) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The candidate {@code word} stands for: its synonym (matched ignoring case, '-' and '_'), else
     * the closest candidate by spelling.
     *
     * @param synonyms other names of candidates, by the candidate they stand for
     */
    public static Optional<String> closest(String word, Collection<String> candidates,
                                           Map<String, ? extends Collection<String>> synonyms) {
        String key = squeeze(word);
        for (Map.Entry<String, ? extends Collection<String>> entry : synonyms.entrySet()) {
            if (candidates.contains(entry.getKey()) && !entry.getKey().equals(word)
                    && entry.getValue().stream().anyMatch(s -> squeeze(s).equals(key))) {
                return Optional.of(entry.getKey());
            }
        }
        return closest(word, candidates);
    }

    /**
     * " (did you mean 'sigmoid'?)" for a near miss, otherwise the choices:
     * " (choose from linear, sigmoid, ...)".
     */
    public static String hint(String word, Collection<String> candidates) {
        return hint(word, candidates, Map.of());
    }

    /** As {@link #hint(String, Collection)}, also suggesting the candidate a synonym stands for. */
    public static String hint(String word, Collection<String> candidates,
                              Map<String, ? extends Collection<String>> synonyms) {
        if (candidates.isEmpty()) {
            return "";
        }
        return closest(word, candidates, synonyms)
                .map(c -> " (did you mean '" + c + "'?)")
                .orElse(" (choose from " + String.join(", ", candidates) + ")");
    }

    /** "Learning-Rate" and "learning_rate" alike: lower case, without '-' and '_'. */
    private static String squeeze(String word) {
        return word.toLowerCase(Locale.ROOT).replace("_", "").replace("-", "");
    }

    /** Short words tolerate fewer edits, so "a" is never "corrected" to "b". */
    private static int tolerance(String candidate) {
        if (candidate.length() < 3) {
            return 0;
        }
        return candidate.length() <= 5 ? 1 : 2;
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions, adjacent swaps. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
