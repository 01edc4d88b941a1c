#!/usr/bin/env python3
"""Writes the ONNX import fixtures of nnc (issue 14) and the outputs their makers computed.

The files next to this script are committed, so CI needs no Python. Re-run the script only to
change or add fixtures; it overwrites every file it writes and nothing else.

How to run (from any directory):

    python3 -m venv /tmp/onnxenv
    /tmp/onnxenv/bin/pip install torch onnx numpy onnxruntime   # onnxruntime is optional
    /tmp/onnxenv/bin/python onnx/src/test/resources/onnx-fixtures/make_fixtures.py

The committed files were produced with Python 3.11.7, torch 2.13.0+cpu, onnx 1.23.1,
onnxruntime 1.30.0 and numpy 2.4.6 (each NAME.expected.json records the versions that wrote it).
The output is deterministic: fixed seeds, fixed node and tensor names; running it twice with the
same versions gives byte-identical files.

What it writes, for every model NAME.onnx, a NAME.expected.json:

  supported models:
    {"inputs": [[...] x5], "outputs": [[...] x5], "producer": ..., "opset": ..., "notes": ...,
     "dtype": "float32"|"float64", "input_name", "input_shape", "output_name", "output_shape",
     "outputs_source", "onnxruntime_outputs" (when onnxruntime is installed),
     "numpy_float64_outputs", "generated_with": {versions}}
    Each input and output is a flat list in row-major order of input_shape / output_shape.
    Numbers are written with Python's repr of the exact value, so float32 values round-trip
    exactly (parse as double, then cast to float) and float64 values bit for bit.
    "outputs" are what the framework that made the model computed: the PyTorch forward pass
    (in the model's dtype) for torch_* files; for helper_* files onnxruntime when it is
    installed, else numpy in the model's dtype ("outputs_source" says which).
    "numpy_float64_outputs" are an independent float64 evaluation of the ONNX graph by this
    script; the script asserts that all sources agree (1e-5 float32, 1e-12 float64).

  unsupported models (nnc import must reject them):
    {"error_mentions": [...], "producer", "opset", "notes"} -- words the error message must
    contain (compare case-insensitively as substrings).
"""

import hashlib
import inspect
import json
import os
import platform
import sys
import warnings

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

try:
    import torch
    import torch.nn as nn
except ImportError:  # the helper models can still be made
    torch = None

try:
    import onnxruntime as ort
except ImportError:
    ort = None

HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLES = 5

# IR versions onnxruntime 1.20 (the Java package nnc tests with) accepts, per opset.
IR_FOR_OPSET = {9: 4, 13: 7, 17: 8, 21: 10}


def versions():
    v = {"python": platform.python_version(), "onnx": onnx.__version__, "numpy": np.__version__}
    if torch is not None:
        v["torch"] = torch.__version__
    if ort is not None:
        v["onnxruntime"] = ort.__version__
    return v


# ---------------------------------------------------------------- numpy float64 reference
def _attrs(node):
    return {a.name: helper.get_attribute_value(a) for a in node.attribute}


def _softmax(x, axis):
    e = np.exp(x - np.max(x, axis=axis, keepdims=True))
    return e / np.sum(e, axis=axis, keepdims=True)


def evaluate_float64(model, x):
    """Runs the feed-forward subset of ONNX in float64 (independent of torch and onnxruntime)."""
    g = model.graph
    env = {t.name: numpy_helper.to_array(t).astype(np.float64) if t.data_type in (
        TensorProto.FLOAT, TensorProto.DOUBLE) else numpy_helper.to_array(t) for t in g.initializer}
    opset = next(o.version for o in model.opset_import if o.domain in ("", "ai.onnx"))
    env[g.input[0].name] = np.asarray(x, dtype=np.float64)
    for n in g.node:
        a = _attrs(n)
        i = [env[name] for name in n.input if name]
        op = n.op_type
        if op == "Gemm":
            A = i[0].T if a.get("transA", 0) else i[0]
            B = i[1].T if a.get("transB", 0) else i[1]
            y = a.get("alpha", 1.0) * (A @ B)
            if len(i) > 2:
                y = y + a.get("beta", 1.0) * i[2]
        elif op == "MatMul":
            y = i[0] @ i[1]
        elif op == "Add":
            y = i[0] + i[1]
        elif op == "Relu":
            y = np.maximum(i[0], 0.0)
        elif op == "Tanh":
            y = np.tanh(i[0])
        elif op == "Sigmoid":
            y = 1.0 / (1.0 + np.exp(-i[0]))
        elif op == "Identity":
            y = i[0]
        elif op == "LeakyRelu":
            y = np.where(i[0] >= 0, i[0], a.get("alpha", 0.01) * i[0])
        elif op == "Elu":
            y = np.where(i[0] >= 0, i[0], a.get("alpha", 1.0) * (np.exp(i[0]) - 1.0))
        elif op == "Softplus":
            y = np.log1p(np.exp(i[0]))
        elif op == "Softmax":
            axis = a.get("axis", -1 if opset >= 13 else 1)
            if opset >= 13:
                y = _softmax(i[0], axis)
            else:  # coerced to 2-D at axis
                s = i[0].shape
                flat = i[0].reshape(int(np.prod(s[:axis])), -1)
                y = _softmax(flat, 1).reshape(s)
        elif op == "Flatten":
            axis = a.get("axis", 1)
            s = i[0].shape
            y = i[0].reshape(int(np.prod(s[:axis])), -1)
        elif op == "Reshape":
            y = i[0].reshape([int(d) for d in i[1]])
        elif op == "Constant":
            y = numpy_helper.to_array(a["value"])
        else:
            raise ValueError("no float64 reference for " + op)
        env[n.output[0]] = y
    return env[g.output[0].name]


# ---------------------------------------------------------------- writing
def _num(v):
    return repr(float(v))


def _list(values):
    return "[" + ", ".join(_num(v) for v in values) + "]"


def write_json(name, obj):
    """JSON with one sample per line; floats as repr (shortest exact round trip)."""
    lines = ["{"]
    items = list(obj.items())
    for k, (key, value) in enumerate(items):
        sep = "," if k < len(items) - 1 else ""
        if key in ("inputs", "outputs", "onnxruntime_outputs", "numpy_float64_outputs"):
            rows = [("    " + _list(r)) for r in value]
            lines.append('  "%s": [\n%s\n  ]%s' % (key, ",\n".join(rows), sep))
        else:
            lines.append("  %s: %s%s" % (json.dumps(key), json.dumps(value, sort_keys=True), sep))
    lines.append("}")
    text = "\n".join(lines) + "\n"
    json.loads(text)  # must be valid JSON
    with open(os.path.join(HERE, name + ".expected.json"), "w") as f:
        f.write(text)


def model_opset(model):
    return next(o.version for o in model.opset_import if o.domain in ("", "ai.onnx"))


def shape_of(value_info):
    return [d.dim_value if d.HasField("dim_value") else d.dim_param
            for d in value_info.type.tensor_type.shape.dim]


def run_ort(path, xs):
    if ort is None:
        return None
    sess = ort.InferenceSession(path, providers=["CPUExecutionProvider"])
    name = sess.get_inputs()[0].name
    return [sess.run(None, {name: x})[0] for x in xs]


def check_and_describe(name, xs, ys, source, notes, dtype):
    """Checks the file, compares all evaluations, writes NAME.expected.json."""
    path = os.path.join(HERE, name + ".onnx")
    onnx.checker.check_model(path, full_check=True)
    model = onnx.load(path)
    tol = 1e-5 if dtype == np.float32 else 1e-12
    ref = [evaluate_float64(model, x) for x in xs]
    ort_ys = run_ort(path, xs)
    for k in range(len(xs)):
        y = np.asarray(ys[k], dtype=np.float64)
        assert y.shape == ref[k].shape, (name, y.shape, ref[k].shape)
        assert np.allclose(y, ref[k], rtol=tol, atol=tol), (name, "numpy", y, ref[k])
        if ort_ys is not None:
            assert np.allclose(y, ort_ys[k].astype(np.float64), rtol=tol, atol=tol), (name, "ort")
    g = model.graph
    out = {
        "producer": "%s %s" % (model.producer_name, model.producer_version),
        "opset": model_opset(model),
        "ir_version": model.ir_version,
        "dtype": np.dtype(dtype).name,
        "notes": notes,
        "ops": [n.op_type for n in g.node],
        "input_name": g.input[0].name,
        "input_shape": shape_of(g.input[0]),
        "output_name": g.output[0].name,
        "output_shape": shape_of(g.output[0]),
        "sample_shape": list(xs[0].shape),
        "outputs_source": source,
        "sha256": hashlib.sha256(open(path, "rb").read()).hexdigest(),
        "generated_with": versions(),
        "inputs": [x.reshape(-1) for x in xs],
        "outputs": [np.asarray(y).reshape(-1) for y in ys],
    }
    if ort_ys is not None:
        out["onnxruntime_outputs"] = [y.reshape(-1) for y in ort_ys]
    out["numpy_float64_outputs"] = [r.reshape(-1) for r in ref]
    write_json(name, out)
    print("wrote %-28s opset %-2d %s %s" % (name + ".onnx", out["opset"], out["dtype"], out["ops"]))


def samples(shape, dtype, seed, low=-2.0, high=2.0):
    rng = np.random.RandomState(seed)
    return [rng.uniform(low, high, size=shape).astype(dtype) for _ in range(SAMPLES)]


# ---------------------------------------------------------------- PyTorch exports
def torch_export_kwargs():
    if "dynamo" in inspect.signature(torch.onnx.export).parameters:
        return {"dynamo": False}, "classic TorchScript exporter (torch.onnx.export dynamo=False)"
    return {}, "torch.onnx.export default exporter (no dynamo flag in this torch)"


def export_torch(name, model, example_shape, opset, seed, notes, dtype=np.float32,
                 dynamic_batch=False, input_range=(-2.0, 2.0)):
    model.eval()
    path = os.path.join(HERE, name + ".onnx")
    kwargs, exporter = torch_export_kwargs()
    tdtype = torch.float64 if dtype == np.float64 else torch.float32
    example = torch.zeros(example_shape, dtype=tdtype)
    if dynamic_batch:
        kwargs["dynamic_axes"] = {"input": {0: "batch"}, "output": {0: "batch"}}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        torch.onnx.export(model, (example,), path, opset_version=opset, input_names=["input"],
                          output_names=["output"], do_constant_folding=True, **kwargs)
    xs = samples(example_shape, dtype, seed + 1000, *input_range)
    with torch.no_grad():
        ys = [model(torch.from_numpy(x)).numpy() for x in xs]
    full_notes = "%s; %s; outputs: PyTorch forward pass in %s" % (
        notes, exporter, np.dtype(dtype).name)
    if dynamic_batch:
        full_notes += "; batch dimension exported as dynamic ('batch')"
    check_and_describe(name, xs, ys, "pytorch", full_notes, dtype)


def make_torch_fixtures():
    def seeded(seed, build):
        torch.manual_seed(seed)
        return build()

    mlp = lambda: nn.Sequential(nn.Linear(4, 8), nn.Tanh(), nn.Linear(8, 3), nn.Softmax(dim=1))
    export_torch("torch_mlp_gemm", seeded(1, mlp), [1, 4], 13, 1,
                 "Linear(4,8) Tanh Linear(8,3) Softmax(dim=1), input [1,4] -> Gemm(transB=1) nodes")
    export_torch("torch_mlp_gemm_opset9", seeded(1, mlp), [1, 4], 9, 1,
                 "same weights as torch_mlp_gemm at opset 9 (Softmax axis=1 with the pre-13 "
                 "2-D coercion semantics)")
    export_torch("torch_mlp_matmul",
                 seeded(2, lambda: nn.Sequential(nn.Linear(4, 8), nn.Tanh(), nn.Linear(8, 3),
                                                 nn.Softmax(dim=-1))), [4], 13, 2,
                 "Linear(4,8) Tanh Linear(8,3) Softmax(dim=-1), input [4] without batch dimension "
                 "-> MatMul + Add nodes, weights stored transposed ([in,out]) as MatMul operands")
    export_torch("torch_relu_sigmoid",
                 seeded(3, lambda: nn.Sequential(nn.Linear(3, 5), nn.ReLU(), nn.Linear(5, 2),
                                                 nn.Sigmoid())), [1, 3], 17, 3,
                 "Linear(3,5) ReLU Linear(5,2) Sigmoid", dynamic_batch=True)
    export_torch("torch_leaky_elu_softplus",
                 seeded(4, lambda: nn.Sequential(nn.Linear(2, 6), nn.LeakyReLU(0.1),
                                                 nn.Linear(6, 6), nn.ELU(alpha=0.7),
                                                 nn.Linear(6, 4), nn.Softplus(),
                                                 nn.Linear(4, 1))), [1, 2], 13, 4,
                 "Linear(2,6) LeakyReLU(0.1) Linear(6,6) ELU(alpha=0.7) Linear(6,4) Softplus "
                 "Linear(4,1), regression", dynamic_batch=True, input_range=(-3.0, 3.0))
    export_torch("torch_flatten",
                 seeded(5, lambda: nn.Sequential(nn.Flatten(), nn.Linear(6, 4), nn.Sigmoid(),
                                                 nn.Linear(4, 2))), [1, 2, 3], 17, 5,
                 "Flatten() Linear(6,4) Sigmoid Linear(4,2), input [1,2,3] -> Flatten(axis=1)")
    export_torch("torch_784_128_10",
                 seeded(6, lambda: nn.Sequential(nn.Linear(784, 128), nn.ReLU(),
                                                 nn.Linear(128, 10))), [1, 784], 17, 6,
                 "Linear(784,128) ReLU Linear(128,10) (the issue's size target), inputs uniform "
                 "in [0,1) like pixels", input_range=(0.0, 1.0))
    export_torch("torch_double",
                 seeded(7, lambda: nn.Sequential(nn.Linear(3, 4), nn.Tanh(), nn.Linear(4, 2),
                                                 nn.Sigmoid()).double()), [1, 3], 13, 7,
                 "Linear(3,4) Tanh Linear(4,2) Sigmoid in float64 (model.double())",
                 dtype=np.float64)


# ---------------------------------------------------------------- onnx.helper graphs
def tensor(name, array, raw):
    """Initializer in raw_data (raw=True) or in float_data/double_data/int64_data."""
    array = np.asarray(array)
    if raw:
        return numpy_helper.from_array(array, name)
    dt = {np.float32: TensorProto.FLOAT, np.float64: TensorProto.DOUBLE,
          np.int64: TensorProto.INT64}[array.dtype.type]
    return helper.make_tensor(name, dt, list(array.shape), array.reshape(-1).tolist(), raw=False)


def weights(rng, shape, dtype):
    return rng.uniform(-1.0, 1.0, size=shape).astype(dtype)


def save_helper(name, nodes, inputs, outputs, inits, opset):
    graph = helper.make_graph(nodes, name, inputs, outputs, inits)
    model = helper.make_model(graph, producer_name="onnx.helper", producer_version=onnx.__version__,
                              opset_imports=[helper.make_opsetid("", opset)],
                              ir_version=IR_FOR_OPSET[opset])
    model.doc_string = "nnc import fixture " + name + ", written by make_fixtures.py"
    onnx.checker.check_model(model, full_check=True)
    path = os.path.join(HERE, name + ".onnx")
    onnx.save(model, path)
    return model, path


def helper_outputs(name, model, path, xs, dtype, notes):
    if ort is not None:
        ys = run_ort(path, xs)
        source = "onnxruntime %s" % ort.__version__
    else:  # numpy in the model's dtype
        ys = [evaluate_float64(model, x).astype(dtype) for x in xs]
        source = "numpy %s evaluated in float64, rounded to %s" % (np.__version__,
                                                                  np.dtype(dtype).name)
    check_and_describe(name, xs, ys, source, notes + "; outputs: " + source, dtype)


def vi(name, elem, shape):
    return helper.make_tensor_value_info(name, elem, shape)


def make_helper_fixtures():
    F, D = TensorProto.FLOAT, TensorProto.DOUBLE

    # Gemm with transB=0 (B is [in,out]), alpha 0.5, beta 2.0, then Relu; float_data initializers.
    rng = np.random.RandomState(101)
    W, b = weights(rng, (3, 4), np.float32), weights(rng, (4,), np.float32)
    model, path = save_helper(
        "helper_gemm_transb0",
        [helper.make_node("Gemm", ["x", "W", "b"], ["h"], name="dense", transB=0, alpha=0.5,
                          beta=2.0),
         helper.make_node("Relu", ["h"], ["y"], name="relu")],
        [vi("x", F, [1, 3])], [vi("y", F, [1, 4])],
        [tensor("W", W, raw=False), tensor("b", b, raw=False)], 13)
    helper_outputs("helper_gemm_transb0", model, path, samples([1, 3], np.float32, 1101),
                   np.float32, "Gemm(transB=0, alpha=0.5, beta=2.0) Relu; B is [3,4] = [in,out]; "
                   "initializers in float_data (not raw_data)")

    # raw_data float32, Gemm(transB=1) -> Identity -> Tanh
    rng = np.random.RandomState(102)
    W, b = weights(rng, (5, 3), np.float32), weights(rng, (5,), np.float32)
    model, path = save_helper(
        "helper_identity_raw_data",
        [helper.make_node("Gemm", ["x", "fc.weight", "fc.bias"], ["h"], name="fc", transB=1),
         helper.make_node("Identity", ["h"], ["h2"], name="pass"),
         helper.make_node("Tanh", ["h2"], ["y"], name="act")],
        [vi("x", F, [1, 3])], [vi("y", F, [1, 5])],
        [tensor("fc.weight", W, raw=True), tensor("fc.bias", b, raw=True)], 13)
    helper_outputs("helper_identity_raw_data", model, path, samples([1, 3], np.float32, 1102),
                   np.float32, "Gemm(transB=1, W [out,in]=[5,3]) Identity Tanh; float32 "
                   "initializers in raw_data (little-endian)")

    # raw_data float64, Gemm -> Sigmoid
    rng = np.random.RandomState(103)
    W, b = weights(rng, (2, 4), np.float64), weights(rng, (2,), np.float64)
    model, path = save_helper(
        "helper_double_raw",
        [helper.make_node("Gemm", ["x", "W", "b"], ["h"], name="out", transB=1),
         helper.make_node("Sigmoid", ["h"], ["y"], name="sig")],
        [vi("x", D, [1, 4])], [vi("y", D, [1, 2])],
        [tensor("W", W, raw=True), tensor("b", b, raw=True)], 13)
    helper_outputs("helper_double_raw", model, path, samples([1, 4], np.float64, 1103),
                   np.float64, "Gemm(transB=1) Sigmoid in float64; double initializers in "
                   "raw_data (little-endian)")

    # float64 in double_data (not raw), MatMul + Add -> Tanh -> Gemm
    rng = np.random.RandomState(104)
    W1, b1 = weights(rng, (3, 4), np.float64), weights(rng, (4,), np.float64)
    W2, b2 = weights(rng, (2, 4), np.float64), weights(rng, (2,), np.float64)
    model, path = save_helper(
        "helper_double_data",
        [helper.make_node("MatMul", ["x", "W1"], ["m"], name="hidden_matmul"),
         helper.make_node("Add", ["m", "b1"], ["h"], name="hidden_add"),
         helper.make_node("Tanh", ["h"], ["t"], name="hidden_tanh"),
         helper.make_node("Gemm", ["t", "W2", "b2"], ["y"], name="output", transB=1)],
        [vi("x", D, [1, 3])], [vi("y", D, [1, 2])],
        [tensor("W1", W1, raw=False), tensor("b1", b1, raw=False),
         tensor("W2", W2, raw=False), tensor("b2", b2, raw=False)], 13)
    helper_outputs("helper_double_data", model, path, samples([1, 3], np.float64, 1104),
                   np.float64, "MatMul([3,4]) Add Tanh Gemm(transB=1), no output activation, "
                   "float64; double initializers in double_data (not raw_data)")

    # Reshape of the input by an int64 initializer, Gemm, Softmax(axis=-1)
    rng = np.random.RandomState(105)
    W, b = weights(rng, (3, 6), np.float32), weights(rng, (3,), np.float32)
    model, path = save_helper(
        "helper_reshape_input",
        [helper.make_node("Reshape", ["x", "shape"], ["flat"], name="reshape"),
         helper.make_node("Gemm", ["flat", "W", "b"], ["h"], name="dense", transB=1),
         helper.make_node("Softmax", ["h"], ["y"], name="softmax", axis=-1)],
        [vi("x", F, [1, 2, 3])], [vi("y", F, [1, 3])],
        [tensor("shape", np.array([1, 6], dtype=np.int64), raw=True),
         tensor("W", W, raw=True), tensor("b", b, raw=True)], 13)
    helper_outputs("helper_reshape_input", model, path, samples([1, 2, 3], np.float32, 1105),
                   np.float32, "Reshape of the [1,2,3] input to [1,6] (shape: int64 initializer "
                   "in raw_data) Gemm(transB=1) Softmax(axis=-1)")

    # opset 21: every activation in one graph, MatMul+Add and Gemm(transB=0) forms mixed
    rng = np.random.RandomState(106)
    W1, b1 = weights(rng, (3, 5), np.float32), weights(rng, (5,), np.float32)
    W2, b2 = weights(rng, (5, 5), np.float32), weights(rng, (5,), np.float32)
    W3, b3 = weights(rng, (4, 5), np.float32), weights(rng, (4,), np.float32)
    W4, b4 = weights(rng, (4, 4), np.float32), weights(rng, (4,), np.float32)
    W5, b5 = weights(rng, (3, 4), np.float32), weights(rng, (3,), np.float32)
    model, path = save_helper(
        "helper_opset21_activations",
        [helper.make_node("MatMul", ["x", "W1"], ["m1"], name="l1_matmul"),
         helper.make_node("Add", ["m1", "b1"], ["z1"], name="l1_add"),
         helper.make_node("LeakyRelu", ["z1"], ["a1"], name="l1_leaky", alpha=0.2),
         helper.make_node("Gemm", ["a1", "W2", "b2"], ["z2"], name="l2", transB=0),
         helper.make_node("Elu", ["z2"], ["a2"], name="l2_elu", alpha=1.3),
         helper.make_node("Gemm", ["a2", "W3", "b3"], ["z3"], name="l3", transB=1),
         helper.make_node("Softplus", ["z3"], ["a3"], name="l3_softplus"),
         helper.make_node("Gemm", ["a3", "W4", "b4"], ["z4"], name="l4", transB=1),
         helper.make_node("Sigmoid", ["z4"], ["a4"], name="l4_sigmoid"),
         helper.make_node("Gemm", ["a4", "W5", "b5"], ["z5"], name="l5", transB=1),
         helper.make_node("Softmax", ["z5"], ["y"], name="l5_softmax", axis=1)],
        [vi("x", F, [1, 3])], [vi("y", F, [1, 3])],
        [tensor(n, a, raw=True) for n, a in
         [("W1", W1), ("b1", b1), ("W2", W2), ("b2", b2), ("W3", W3), ("b3", b3),
          ("W4", W4), ("b4", b4), ("W5", W5), ("b5", b5)]], 21)
    helper_outputs("helper_opset21_activations", model, path, samples([1, 3], np.float32, 1106),
                   np.float32, "opset 21: MatMul+Add LeakyRelu(0.2) Gemm(transB=0) Elu(1.3) "
                   "Gemm(transB=1) Softplus Gemm Sigmoid Gemm Softmax(axis=1, the last axis)")


def make_unsupported_fixtures():
    F = TensorProto.FLOAT
    rng = np.random.RandomState(201)

    def describe(name, mentions, notes, model):
        onnx.checker.check_model(os.path.join(HERE, name + ".onnx"), full_check=True)
        write_json(name, {"error_mentions": mentions, "producer": "onnx.helper " + onnx.__version__,
                          "opset": model_opset(model), "notes": notes,
                          "generated_with": versions()})
        print("wrote %-28s (unsupported) %s" % (name + ".onnx", mentions))

    model, _ = save_helper(
        "unsupported_conv",
        [helper.make_node("Conv", ["x", "K"], ["y"], name="conv1", kernel_shape=[2, 2])],
        [vi("x", F, [1, 1, 3, 3])], [vi("y", F, [1, 1, 2, 2])],
        [tensor("K", weights(rng, (1, 1, 2, 2), np.float32), raw=True)], 13)
    describe("unsupported_conv", ["conv1", "Conv", "Gemm"],
             "a Conv node named conv1; the error names the node, its op type and the supported "
             "ops (Gemm among them)", model)

    model, _ = save_helper(
        "unsupported_two_inputs",
        [helper.make_node("Add", ["left", "right"], ["y"], name="sum")],
        [vi("left", F, [1, 3]), vi("right", F, [1, 3])], [vi("y", F, [1, 3])], [], 13)
    describe("unsupported_two_inputs", ["input", "left", "right"],
             "graph with two inputs named left and right, added by node 'sum'; nnc networks have "
             "one input", model)

    W, b = weights(rng, (3, 4), np.float32), weights(rng, (3,), np.float32)
    model, _ = save_helper(
        "unsupported_softmax_axis0",
        [helper.make_node("Gemm", ["x", "W", "b"], ["h"], name="dense", transB=1),
         helper.make_node("Softmax", ["h"], ["y"], name="softmax_batch", axis=0)],
        [vi("x", F, [2, 4])], [vi("y", F, [2, 3])],
        [tensor("W", W, raw=True), tensor("b", b, raw=True)], 13)
    describe("unsupported_softmax_axis0", ["softmax_batch", "Softmax", "axis"],
             "Softmax(axis=0) over the batch of a [2,3] tensor (opset 13); only the last axis "
             "is supported", model)


def main():
    print("versions:", versions())
    if torch is None:
        print("torch is not installed: the torch_* fixtures are NOT rewritten", file=sys.stderr)
    else:
        make_torch_fixtures()
    make_helper_fixtures()
    make_unsupported_fixtures()


if __name__ == "__main__":
    main()
