package dev.nnc.compiler.diag;

/**
 * Every stable diagnostic code of the front end (errors E..., warnings W...), with a one-line
 * description. docs/errors.md shows an example of each; never renumber, only add.
 */
public enum Code {
    SYNTAX("E001", "the text does not follow the grammar of the language"),
    BAD_CHARACTER("E002", "a character that cannot start any word of the language"),
    UNTERMINATED("E003", "a string or block comment that is never closed"),
    NETWORK_COUNT("E004", "a file must hold exactly one network"),
    MISSING_STATEMENT("E005", "a required statement is missing: input, at least one layer, loss"),
    DUPLICATE("E006", "a statement or option that may appear once appears again"),
    BAD_NAME("E007", "a name that is a keyword, a Java keyword, starts with '__', is w, b, t, dw or db,"
            + " or hides what generated code uses"),
    DUPLICATE_NAME("E008", "two layers (the input counts as one) have the same name"),
    NAME_CLASH("E009", "neuron names that collide: h (h11) and h1 (h11), or net_h (net_h1) and h"),
    UNKNOWN_ACTIVATION("E010", "an activation the language does not have"),
    UNKNOWN_LOSS("E011", "a loss the language does not have"),
    UNKNOWN_OPTIMIZER("E012", "an optimizer the language does not have"),
    UNKNOWN_INITIALIZER("E013", "a weight initialiser the language does not have"),
    UNKNOWN_PARAMETER("E014", "a parameter name that the activation, optimizer or initialiser does not take"),
    MISSING_PARAMETER("E015", "a parameter without a default is not given, e.g. leaky_relu's slope"),
    EXTRA_PARAMETER("E016", "a parameter given twice, out of place, one too many, or where none is taken"),
    BAD_PARAMETER_VALUE("E017", "a parameter value out of its range, e.g. a learning rate that is not > 0"),
    BAD_SIZE("E018", "an input or layer size that is not a whole number from 1 to 10000000"),
    BAD_TRAINING("E019", "epochs not a whole number >= 0, or batch not a whole number >= 1"),
    BAD_SEED("E020", "a seed that is not a whole number (64-bit)"),
    NUMBER_TOO_LARGE("E021", "a number too large for a double (it would be infinite)"),
    SOFTMAX_NOT_OUTPUT("E022", "softmax in a layer that is not the output layer"),
    BIAS_COUNT("E023", "bias = [...] with a count different from the layer's size"),
    WEIGHT_COUNT("E024", "weights = [...] with a count different from the network's number of weights"),
    UNKNOWN_WEIGHTS_LAYER("E025", "weights NAME = [...] where NAME is not a layer"),
    LAYER_WEIGHT_COUNT("E026", "weights NAME = [...] with a count different from size x fan-in of that layer"),
    WEIGHTS_TWICE("E027", "a layer given weights by both weights = [...] and weights NAME = [...]"),
    SAMPLE_WIDTH("E028", "a sample whose inputs or targets do not match the input size or output layer size"),
    NO_SAMPLES("E029", "an inline data or test block with no samples"),
    BAD_PATH("E030", "a data file name that is not a valid path"),
    DATA_FILE_UNREADABLE("E031", "a data file that does not exist or cannot be read"),
    DATA_FILE_PROBLEM("E032", "a problem inside a CSV data file (reported at its line and column)"),
    EMPTY_DATA_SET("E033", "a data file with no samples"),
    TOO_MANY_WEIGHTS("E034", "a network with more weights than nnc supports"),
    LABEL_ONE_OUTPUT("E035", "'label' data for an output layer of one neuron that is not sigmoid (one sigmoid output"
            + " takes two classes)"),
    NO_TRAINING_DATA("E036", "training, checking or explaining a network that has no training data"),
    TOO_MANY_LAYERS("E037", "a network with more layers than nnc supports (1000)"),
    MODEL_FILE_UNREADABLE("E040", "a .nn file that is missing, not a regular file, unreadable or larger than 16 MB"),
    NOT_UTF8("E041", "a .nn file that is not UTF-8 text (reported at the first byte that is not)"),
    UNKNOWN_PRECISION("E050", "a precision other than double or float"),
    UNKNOWN_CLASS("E060", "a class label in test or validation data that is not a class of the training data"),
    CLASS_COUNT("E061", "training labels naming more or fewer classes than the output layer has neurons (2 for one"
            + " sigmoid output)"),
    UNKNOWN_COLUMN("E062", "label = \"NAME\" or ignore naming a column the CSV file's header row does not have, or a"
            + " file with no header row"),
    COLUMN_TWICE("E063", "a column ignored twice, or both ignored and the label"),
    UNKNOWN_SCALING("E064", "normalize followed by a word other than zscore or minmax"),
    UNKNOWN_SWEEP_SETTING("E065", "nnc sweep --grid naming a setting that is not epochs, batch, seed, a parameter of the"
            + " network's optimizer or one of its layers"),
    BAD_SWEEP_VALUES("E066", "nnc sweep --grid with no values, or a value that is not a number or a range of whole"
            + " numbers (1..5)"),
    NO_SWEEP_VALIDATION("E067", "nnc sweep on a network without validation data and with a single training sample"),
    BAD_FOLDS("E068", "nnc sweep --folds K with K below 2 or above the number of training samples"),
    UNKNOWN_SCHEDULE("E070", "a learning-rate schedule the language does not have"),
    BAD_VALIDATION_SPLIT("E071", "a validation split that is not a fraction between 0 and 1, or leaves no sample to train"
            + " or to validate on"),
    BAD_EARLY_STOPPING("E072", "patience not a whole number >= 1, or min_delta not a number >= 0"),
    RPROP_FULL_BATCH("E073", "rprop with a batch other than the whole training set, or with a learning-rate schedule"),
    TOO_LARGE_TO_UNROLL("E090", "layers written 'unroll' that need more constants or fields than one Java class holds"),
    BCE_WITHOUT_SIGMOID("W001", "loss bce with an output layer that is not sigmoid"),
    CROSS_ENTROPY_WITHOUT_SOFTMAX("W002", "loss cross_entropy with an output layer that is not softmax"),
    SOFTMAX_WITHOUT_CROSS_ENTROPY("W003", "a softmax output layer with a loss other than cross_entropy"),
    FROZEN_WITHOUT_BIAS("W004", "frozen after bias none, which has nothing to freeze"),
    UNUSED_INIT("W005", "weights init when every layer's weights are given explicitly"),
    SHARED_BIAS_SOFTMAX("W006", "a shared bias on a softmax output layer, which has no effect"),
    SOFTMAX_ONE_NEURON("W007", "a softmax output layer of one neuron, which always outputs 1"),
    TARGETS_NOT_DISTRIBUTION("W008", "cross_entropy targets that are not a distribution (>= 0, summing to 1)"),
    TARGETS_OUTSIDE_UNIT("W009", "bce targets outside 0..1"),
    NUMBER_UNDERFLOW("W010", "a number too small for a double, read as 0");

    private final String id;
    private final String description;

    Code(String id, String description) {
        this.id = id;
        this.description = description;
    }

    /** The stable code printed in brackets, e.g. {@code E010}. */
    public String id() {
        return id;
    }

    /** One line on what the code means. */
    public String description() {
        return description;
    }
}
