package dev.nnc.compiler.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SuggestionsTest {
    private static final List<String> ACTIVATIONS = List.of("linear", "sigmoid", "tanh", "relu", "leaky_relu", "softmax");

    @Test
    void countsEditsWithSwapsAsOne() {
        assertEquals(1, Suggestions.distance("sigmod", "sigmoid"));
        assertEquals(1, Suggestions.distance("tahn", "tanh"));
        assertEquals(3, Suggestions.distance("", "abc"));
        assertEquals(0, Suggestions.distance("relu", "relu"));
    }

    @Test
    void suggestsOnlyLikelyMisspellings() {
        assertEquals(Optional.of("sigmoid"), Suggestions.closest("sigmod", ACTIVATIONS));
        assertEquals(Optional.of("tanh"), Suggestions.closest("TANH", ACTIVATIONS));
        assertEquals(Optional.of("leaky_relu"), Suggestions.closest("leakyrelu", ACTIVATIONS));
        assertEquals(Optional.empty(), Suggestions.closest("squash", ACTIVATIONS));
        assertEquals(Optional.empty(), Suggestions.closest("c", List.of("a", "b")));
    }

    @Test
    void synonymsStandForTheirWordWhereItIsAllowed() {
        Map<String, List<String>> synonyms = Map.of("rate", List.of("lr", "learning_rate"), "a", List.of("alpha"));
        assertEquals(Optional.of("rate"), Suggestions.closest("Learning-Rate", List.of("rate", "beta"), synonyms));
        assertEquals(Optional.of("rate"), Suggestions.closest("LR", List.of("rate"), synonyms));
        assertEquals(Optional.empty(), Suggestions.closest("lr", List.of("beta"), synonyms));
        assertEquals(Optional.of("a"), Suggestions.closest("alpha", List.of("a"), synonyms));
        assertEquals(Optional.of("beta"), Suggestions.closest("betta", List.of("rate", "beta"), synonyms));
    }

    @Test
    void hintsEitherTheNearestWordOrTheChoices() {
        assertEquals(" (did you mean 'relu'?)", Suggestions.hint("rleu", ACTIVATIONS));
        assertEquals(" (choose from a, b)", Suggestions.hint("high", List.of("a", "b")));
        assertEquals("", Suggestions.hint("x", List.of()));
    }
}
