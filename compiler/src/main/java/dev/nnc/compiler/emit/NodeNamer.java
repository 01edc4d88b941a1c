package dev.nnc.compiler.emit;

import dev.nnc.compiler.graph.Backward;
import dev.nnc.compiler.graph.Forward;
import dev.nnc.compiler.graph.LayerNodes;
import dev.nnc.compiler.graph.Node;
import dev.nnc.compiler.model.Network;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides which nodes get a field, and its name: parameters, inputs and targets, each neuron's
 * net input, output and delta (the tutorials' names), and any other non-trivial expression used
 * more than once ({@code tmp1}, ...), so that shared terms are computed once.
 */
final class NodeNamer {
    private final Forward forward;
    private final Backward backward;
    private final Names names;

    private NodeNamer(Backward backward, Names names) {
        this.forward = backward.forward();
        this.backward = backward;
        this.names = names;
    }

    /** Names the nodes of {@code backward}'s graph in {@code names}; returns the expressions emitted. */
    static void name(Backward backward, Names names) {
        new NodeNamer(backward, names).run();
    }

    private void run() {
        Network network = forward.network();
        for (int p : forward.weightParameters()) {
            names.name(forward.graph().param(p), "w" + (p + 1));
        }
        for (int p : forward.biasParameters()) {
            names.name(forward.graph().param(p), "b" + (p - network.weightCount() + 1));
        }
        String inputs = forward.startsAtInputs() ? network.input().name()
                : "out_" + network.layers().get(forward.firstLayer() - 1).name();
        for (int i = 0; i < forward.inputs().size(); i++) {
            names.name(forward.inputs().get(i), inputs + (i + 1));
        }
        for (int k = 0; k < forward.targets().size(); k++) {
            names.name(forward.targets().get(k), "t" + (k + 1));
        }
        for (int k = 0; k < forward.upstream().size(); k++) {
            names.name(forward.upstream().get(k), "dout_" + forward.outputLayer().layer().name() + (k + 1));
        }
        for (LayerNodes layer : forward.layers()) {
            nameLayer(layer);
        }
        for (int l = forward.layers().size() - 1; l >= 0; l--) {
            nameDeltas(forward.layers().get(l));
        }
        int counter = nameSharedExpressions();
        nameLongSums(counter);
    }

    private void nameLayer(LayerNodes layer) {
        String name = layer.layer().name();
        for (int j = 0; j < layer.net().size(); j++) {
            names.name(layer.net().get(j), "net_" + name + (j + 1));
        }
        layer.softmax().ifPresent(s -> {
            names.name(s.max(), "max_" + name);
            for (int j = 0; j < s.exps().size(); j++) {
                names.name(s.exps().get(j), "exp_" + name + (j + 1));
            }
            names.name(s.sum(), "sum_" + name);
        });
        for (int j = 0; j < layer.out().size(); j++) {
            names.name(layer.out().get(j), "out_" + name + (j + 1));
        }
    }

    private void nameDeltas(LayerNodes layer) {
        String name = layer.layer().name();
        for (int j = 0; j < layer.net().size(); j++) {
            adjoint(layer.net().get(j)).ifPresent(a -> nameIfComputed(a, "delta_" + name));
        }
    }

    private void nameIfComputed(Node node, String prefix) {
        if (!node.op().isLeaf() && !names.isNamed(node)) {
            names.name(node, prefix + suffix(node));
        }
    }

    private String suffix(Node adjointOfNet) {
        for (LayerNodes layer : forward.layers()) {
            for (int j = 0; j < layer.net().size(); j++) {
                if (adjoint(layer.net().get(j)).filter(adjointOfNet::equals).isPresent()) {
                    return String.valueOf(j + 1);
                }
            }
        }
        return "";
    }

    private Optional<Node> adjoint(Node node) {
        return backward.adjoint(node);
    }

    /**
     * Names every expression that would otherwise be written out twice, outermost first; returns
     * the next free {@code tmp} number.
     */
    private int nameSharedExpressions() {
        int counter = 1;
        boolean changed = true;
        while (changed) {
            changed = false;
            Map<Node, Integer> uses = countUses();
            List<Node> shared = new ArrayList<>();
            uses.forEach((node, count) -> {
                if (count >= 2 && worthNaming(node)) {
                    shared.add(node);
                }
            });
            shared.sort(Comparator.comparingInt(Node::id).reversed());
            if (!shared.isEmpty()) {
                names.nameShared(shared.get(0), "tmp" + counter++);
                changed = true;
            }
        }
        return counter;
    }

    /**
     * Names every sum of more than {@link PassWriter#MAX_TERMS} terms inside another expression (a
     * hidden neuron's adjoint over a wide layer, a shared bias's gradient), so that
     * {@link PassWriter} can write it in several statements: no statement, and so no method, grows
     * with the width of a layer.
     */
    private void nameLongSums(int counter) {
        java.util.Set<Node> seen = new java.util.HashSet<>();
        java.util.ArrayDeque<Node> work = new java.util.ArrayDeque<>();
        for (Node root : roots()) {
            if (names.isNamed(root)) {
                work.addAll(root.args());
            } else {
                work.add(root);
            }
        }
        int next = counter;
        while (!work.isEmpty()) {
            Node node = work.pop();
            if (node.op().isLeaf() || names.isNamed(node) || !seen.add(node)) {
                continue;
            }
            if (PassWriter.sumTerms(node, names).size() > PassWriter.MAX_TERMS) {
                names.nameShared(node, "tmp" + next++);
            }
            work.addAll(node.args());
        }
    }

    private Map<Node, Integer> countUses() {
        Map<Node, Integer> uses = new HashMap<>();
        for (Node root : roots()) {
            for (Node arg : root.args()) {
                countFrom(arg, uses);
            }
        }
        return uses;
    }

    private void countFrom(Node node, Map<Node, Integer> uses) {
        if (names.isNamed(node) || node.op().isLeaf()) {
            return;
        }
        if (uses.merge(node, 1, Integer::sum) == 1) {
            for (Node arg : node.args()) {
                countFrom(arg, uses);
            }
        } else {
            for (Node arg : node.args()) {
                countFrom(arg, uses);
            }
        }
    }

    /** Every node written as the right-hand side of a statement. */
    private List<Node> roots() {
        List<Node> roots = new ArrayList<>();
        for (Node n : forward.graph().nodes()) {
            if (names.isNamed(n) && !n.op().isLeaf()) {
                roots.add(n);
            }
        }
        if (forward.endsWithLoss()) {
            roots.add(forward.loss());
        }
        backward.parameterGradients().forEach(g -> g.ifPresent(roots::add));
        if (!forward.startsAtInputs()) {
            for (int i = 0; i < forward.inputs().size(); i++) {
                backward.inputAdjoint(i).ifPresent(roots::add);
            }
        }
        return roots;
    }

    private boolean worthNaming(Node node) {
        return opCount(node, 0) >= 3 || containsCall(node);
    }

    private int opCount(Node node, int depth) {
        if (node.op().isLeaf() || depth > 4 || (depth > 0 && names.isNamed(node))) {
            return 0;
        }
        int count = 1;
        for (Node arg : node.args()) {
            count += opCount(arg, depth + 1);
        }
        return count;
    }

    private boolean containsCall(Node node) {
        if (names.isNamed(node)) {
            return false;
        }
        return switch (node.op()) {
            case EXP, LOG, TANH, SQRT, SIGMOID, SOFTPLUS, DIV -> true;
            case CONST, INPUT, TARGET, PARAM, UPSTREAM -> false;
            case ADD, SUB, MUL, NEG, MAX, MIN, SELECT -> node.args().stream().anyMatch(this::containsCall);
        };
    }
}
