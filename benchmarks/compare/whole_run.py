#!/usr/bin/env python3
"""Whole runs on scikit-learn's digits: `nnc train` against scikit-learn and PyTorch.

Every contender trains the same network the same way and is timed as a user waits for it: one
new process per run, start-up included (the JVM for nnc; Python and the library imports for the
others), wall time around `subprocess.run`, the median of --repeat runs, the contenders taking
turns so that a change in the machine's load hits all of them alike.

The setting: scikit-learn's digits (1,797 8x8 images, 64 pixel columns 0..16, 10 classes), split
80/20 by `train_test_split(test_size=0.2, stratify=y, random_state=0)` into two CSV files that
every contender reads; inputs standardised with the training data's mean and population standard
deviation; 64-32-10, tanh hidden layer, softmax output with cross-entropy; adam (rate 0.001,
beta1 0.9, beta2 0.999, eps 1e-8), no weight decay; batches of 8, 200 epochs, the training data
shuffled every epoch (each with its own generator and seed); no early stopping; one thread.

Contenders:
  nnc cold   ./nnc train digits.nn --quiet, the class cache empty (XDG_CACHE_HOME a new folder),
             served by nnc's daemon (docs/cli.md, "Quick runs"), started and warmed up before
  nnc warm   the same, the network's class already in the cache
  nnc cold, no daemon / nnc warm, no daemon
             the same with NNC_DAEMON=0: a new JVM for every run, as on a first run
  sklearn    MLPClassifier(hidden_layer_sizes=(32,), activation='tanh', solver='adam', alpha=0,
             batch_size=8, max_iter=200, tol=0, n_iter_no_change=200, random_state=0)
             after StandardScaler
  torch      nn.Sequential(Linear(64, 32), Tanh(), Linear(32, 10)), CrossEntropyLoss, Adam,
             batches of 8 sliced by hand from torch.randperm, float64 (--torch-dtype float32)

For insight into start-up, runs that are nearly all start-up take their turns too (unless
--no-startup): `nnc train --epochs 1` (warm with and without the daemon, cold without) and the
Python imports alone.

Run it from the repository (the first ./nnc builds the compiler, which takes a minute):

    python3 benchmarks/compare/whole_run.py --repeat 3

It needs Python 3.8+, Java 17 and Maven (for nnc), and, for the data and the Python contenders,
numpy, scikit-learn and PyTorch:

    sudo apt-get install python3-sklearn python3-torch     # Debian, Ubuntu: for /usr/bin/python3
    pip install scikit-learn torch                         # elsewhere

A Python contender whose library is missing is skipped with that advice. The libraries may belong
to another Python than the one running this script (a pyenv or venv python3 does not see Debian's
packages): the script then uses the first of --python, this Python and /usr/bin/python3 that has
them, and says which.

Output: a Markdown report on standard output (progress on standard error).
"""

import argparse
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

EPOCHS = 200
BATCH = 8
HIDDEN = 32
RATE = 0.001
SEED = 0
TEST_SIZE = 0.2

# One thread everywhere: BLAS and OpenMP in numpy, scikit-learn and PyTorch (nnc trains on one
# thread anyway; its JVM still has its own JIT and GC threads).
ONE_THREAD = {"OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1"}

INSTALL = {
    "sklearn": "sudo apt-get install python3-sklearn  (or: pip install scikit-learn)",
    "torch": "sudo apt-get install python3-torch  (or: pip install torch)",
}

NN_FILE = """\
// scikit-learn's digits: 8x8 images of handwritten digits, 64 pixels of 0..16, ten classes.
network Digits {{
    input x[64] normalize
    layer h[{hidden}] tanh
    layer p[10] softmax
    loss cross_entropy
    weights init xavier seed = 1
    optimizer adam(rate = {rate}, beta1 = 0.9, beta2 = 0.999, eps = 1e-8)
    train epochs = {epochs} batch = {batch} shuffle seed = 3
    data "train.csv" label
    test "test.csv" label
}}
"""


def log(message):
    print(message, file=sys.stderr, flush=True)


# ----------------------------------------------------------------------------------------------
# Workers: `whole_run.py _prepare|_sklearn|_torch ...`, each run in a process of its own.

def load_csv(path):
    """Inputs and integer labels of a CSV file written by prepare (a header, the label last)."""
    import numpy as np
    table = np.loadtxt(path, delimiter=",", skiprows=1)
    return table[:, :-1], table[:, -1].astype(np.int64)


def worker_prepare(folder):
    """Writes scikit-learn's digits, split 80/20, as train.csv and test.csv into folder."""
    from sklearn.datasets import load_digits
    from sklearn.model_selection import train_test_split
    digits = load_digits()
    x_train, x_test, y_train, y_test = train_test_split(
        digits.data, digits.target, test_size=TEST_SIZE, stratify=digits.target,
        random_state=SEED)
    header = ",".join([f"p{i}" for i in range(64)] + ["digit"])
    for name, xs, ys in (("train.csv", x_train, y_train), ("test.csv", x_test, y_test)):
        with open(Path(folder) / name, "w") as out:
            out.write(header + "\n")
            for x, y in zip(xs, ys):
                out.write(",".join(str(int(v)) for v in x) + f",{int(y)}\n")
    print(json.dumps({"train": len(y_train), "test": len(y_test)}))


def worker_sklearn(train_csv, test_csv):
    """Trains MLPClassifier as the setting says; prints its test accuracy as JSON."""
    import warnings
    from sklearn.exceptions import ConvergenceWarning
    from sklearn.neural_network import MLPClassifier
    from sklearn.preprocessing import StandardScaler
    x_train, y_train = load_csv(train_csv)
    x_test, y_test = load_csv(test_csv)
    scaler = StandardScaler().fit(x_train)
    model = MLPClassifier(
        hidden_layer_sizes=(HIDDEN,), activation="tanh", solver="adam", alpha=0.0,
        batch_size=BATCH, learning_rate_init=RATE, beta_1=0.9, beta_2=0.999, epsilon=1e-8,
        max_iter=EPOCHS, tol=0.0, n_iter_no_change=EPOCHS, early_stopping=False, shuffle=True,
        random_state=SEED)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)  # "max_iter reached": as asked
        model.fit(scaler.transform(x_train), y_train)
    accuracy = model.score(scaler.transform(x_test), y_test)
    print(json.dumps({"accuracy": accuracy, "epochs": model.n_iter_}))


def worker_torch(train_csv, test_csv, dtype_name):
    """Trains the PyTorch twin of the network; prints its test accuracy as JSON."""
    import torch
    from torch import nn
    torch.set_num_threads(1)
    torch.manual_seed(SEED)
    dtype = getattr(torch, dtype_name)
    x_train, y_train = load_csv(train_csv)
    x_test, y_test = load_csv(test_csv)
    mean, std = x_train.mean(axis=0), x_train.std(axis=0)  # population std, as nnc's normalize
    std[std == 0] = 1.0
    x_train = torch.tensor((x_train - mean) / std, dtype=dtype)
    x_test = torch.tensor((x_test - mean) / std, dtype=dtype)
    y_train, y_test = torch.tensor(y_train), torch.tensor(y_test)

    model = nn.Sequential(nn.Linear(64, HIDDEN), nn.Tanh(), nn.Linear(HIDDEN, 10)).to(dtype)
    for layer in (model[0], model[2]):  # nnc's xavier: uniform, sqrt(6/(fan_in+fan_out)); bias 0
        nn.init.xavier_uniform_(layer.weight)
        nn.init.zeros_(layer.bias)
    optimizer = torch.optim.Adam(model.parameters(), lr=RATE, betas=(0.9, 0.999), eps=1e-8,
                                 weight_decay=0.0)
    loss_function = nn.CrossEntropyLoss()  # softmax and cross-entropy, the batch's mean
    shuffle = torch.Generator().manual_seed(SEED)
    n = len(y_train)
    for _ in range(EPOCHS):
        order = torch.randperm(n, generator=shuffle)
        for start in range(0, n, BATCH):
            batch = order[start:start + BATCH]
            optimizer.zero_grad()
            loss_function(model(x_train[batch]), y_train[batch]).backward()
            optimizer.step()
    with torch.no_grad():
        accuracy = (model(x_test).argmax(dim=1) == y_test).double().mean().item()
    print(json.dumps({"accuracy": accuracy, "epochs": EPOCHS}))


WORKERS = {"_prepare": worker_prepare, "_sklearn": worker_sklearn, "_torch": worker_torch}


# ----------------------------------------------------------------------------------------------
# Finding interpreters and versions

def has_modules(python, modules):
    probe = "import " + ", ".join(modules)
    return subprocess.run([python, "-c", probe], capture_output=True).returncode == 0


def find_python(candidates, modules):
    """The first interpreter of candidates that imports every module, or None."""
    for python in candidates:
        if python and shutil.which(python) and has_modules(python, modules):
            return python
    return None


def python_versions(python, modules):
    code = ("import json, platform\nv = {'python': platform.python_version()}\n"
            + "".join(f"import {m}\nv[{m!r}] = {m}.__version__\n" for m in modules)
            + "print(json.dumps(v))")
    result = subprocess.run([python, "-c", code], capture_output=True, text=True)
    return json.loads(result.stdout) if result.returncode == 0 else {}


def first_line(command):
    try:
        result = subprocess.run(command, capture_output=True, text=True)
    except OSError as error:
        return f"unavailable ({error.strerror})"
    lines = (result.stdout + result.stderr).strip().splitlines()
    return lines[0] if lines else "?"


def cpu_model():
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "?"


# ----------------------------------------------------------------------------------------------
# Timing

class Contender:
    """One way of training: a command, the environment it runs in, what to do before each run."""

    def __init__(self, name, command, env=None, fresh_cache=False):
        env = dict(env or {})
        env.setdefault("NNC_DAEMON", "0")
        self.name = name
        self.command = command
        self.env = env
        self.fresh_cache = fresh_cache  # nnc cold: XDG_CACHE_HOME a new, empty folder per run
        self.walls = []
        self.cpus = []
        self.accuracy = None
        self.note = ""

    def run(self, scratch, extra=()):
        """Runs once; returns (wall seconds, CPU seconds, stdout). Raises on a failed run."""
        env = dict(os.environ, **ONE_THREAD, **self.env)
        cache = None
        if self.fresh_cache:
            cache = tempfile.mkdtemp(prefix="cold-cache-", dir=scratch)
            env["XDG_CACHE_HOME"] = cache
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        result = subprocess.run(self.command + list(extra), env=env, capture_output=True,
                                text=True)
        wall = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        if cache:
            shutil.rmtree(cache, ignore_errors=True)
        if result.returncode != 0:
            raise RuntimeError(f"{self.name}: {' '.join(self.command + list(extra))} exited with "
                               f"{result.returncode}:\n{result.stderr.strip()}")
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        return wall, cpu, result.stdout

    def timed(self, scratch):
        wall, cpu, _ = self.run(scratch)
        self.walls.append(wall)
        self.cpus.append(cpu)
        return wall

    def median(self):
        return statistics.median(self.walls) if self.walls else None


def measure(contenders, repeat, scratch):
    """repeat rounds, each running every contender once, in turn."""
    for round_number in range(1, repeat + 1):
        for contender in contenders:
            wall = contender.timed(scratch)
            log(f"  round {round_number}/{repeat}: {contender.name}: {wall:.2f} s")


# ----------------------------------------------------------------------------------------------
# The report

def seconds(value):
    return "–" if value is None else f"{value:.2f} s"


def ratio(numerator, denominator, of=lambda c: c.walls):
    """The ratio of two contenders' medians (of wall times, or of what `of` picks), or None."""
    if numerator is None or denominator is None or not of(numerator) or not of(denominator):
        return None
    return statistics.median(of(numerator)) / statistics.median(of(denominator))


def times(value):
    return "–" if value is None else f"{value:.2f}×"


def results_table(contenders):
    lines = ["| contender | median wall | min – max | median CPU (user+sys) | test accuracy | notes |",
             "|---|---:|---:|---:|---:|---|"]
    for c in contenders:
        spread = f"{min(c.walls):.2f} – {max(c.walls):.2f} s" if c.walls else "–"
        cpu = seconds(statistics.median(c.cpus)) if c.cpus else "–"
        accuracy = "–" if c.accuracy is None else f"{100 * c.accuracy:.2f}%"
        lines.append(f"| {c.name} | {seconds(c.median())} | {spread} | {cpu} | {accuracy} | "
                     f"{c.note} |")
    return lines


def ratios_table(by_name):
    rows = [("sklearn", "nnc cold", 5), ("sklearn", "nnc warm", 10),
            ("sklearn", "nnc cold, no daemon", None), ("sklearn", "nnc warm, no daemon", None),
            ("torch", "nnc cold", None), ("torch", "nnc warm", None),
            ("nnc cold", "nnc warm", None), ("nnc warm, no daemon", "nnc warm", None)]
    lines = ["| ratio | of median wall times | target | met | of median CPU times |",
             "|---|---:|---:|---|---:|"]
    for slow, fast, target in rows:
        value = ratio(by_name.get(slow), by_name.get(fast))
        cpu = ratio(by_name.get(slow), by_name.get(fast), of=lambda c: c.cpus)
        if target is None:
            goal = met = ""
        else:
            goal = f"≥ {target}×"
            met = "–" if value is None else ("yes" if value >= target else "**no**")
        lines.append(f"| {slow} / {fast} | {times(value)} | {goal} | {met} | {times(cpu)} |")
    return lines


# ----------------------------------------------------------------------------------------------
# Main

def parse_arguments():
    parser = argparse.ArgumentParser(
        description="Whole runs of nnc train against scikit-learn and PyTorch on the digits.",
        epilog="Install what is missing: sudo apt-get install python3-sklearn python3-torch "
               "(or: pip install scikit-learn torch).")
    here = Path(__file__).resolve()
    parser.add_argument("--root", type=Path, default=here.parents[2],
                        help="the nnc repository (default: two folders up from this script, %(default)s)")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs per contender (default 3)")
    parser.add_argument("--python", help="the Python that runs scikit-learn and PyTorch "
                                         "(default: this one, else /usr/bin/python3, whichever has them)")
    parser.add_argument("--torch-dtype", choices=("float64", "float32"), default="float64",
                        help="PyTorch's number type (default float64, as nnc's double)")
    parser.add_argument("--no-startup", action="store_true",
                        help="skip the start-up rows (nnc with --epochs 1, bare library imports)")
    arguments = parser.parse_args()
    if arguments.repeat < 1:
        parser.error("--repeat must be at least 1")
    return arguments


def find_interpreters(arguments):
    """The Pythons for the data and sklearn, and for torch (None: skipped), and skip notes."""
    candidates = [arguments.python] if arguments.python else [sys.executable, "/usr/bin/python3"]
    tried = ", ".join(filter(None, candidates))
    data_python = find_python(candidates, ["numpy", "sklearn"])
    if data_python is None:  # no digits without scikit-learn: nothing to compare
        sys.exit(f"whole_run.py: scikit-learn (and numpy) are needed for the digits data set and "
                 f"were found in none of {tried}.\nInstall them: sudo apt-get install "
                 f"python3-sklearn python3-torch  (or: pip install scikit-learn torch)")
    torch_python = find_python(candidates, ["numpy", "torch"])
    for library, python in (("scikit-learn", data_python), ("PyTorch", torch_python)):
        if python and python != candidates[0]:
            log(f"whole_run.py: {candidates[0]} has no {library}; using {python}")
    skipped = []
    if torch_python is None:
        skipped.append(f"torch: PyTorch is not installed for {tried}; skipped. "
                       f"Install it: {INSTALL['torch']}")
        log("whole_run.py: " + skipped[-1])
    return data_python, torch_python, skipped


def prepare(scratch, data_python, script):
    """Writes train.csv, test.csv and digits.nn into scratch/digits; returns the split's sizes,
    the .nn file and its text."""
    folder = scratch / "digits"
    folder.mkdir()
    split = json.loads(subprocess.run([data_python, script, "_prepare", str(folder)],
                                      check=True, capture_output=True, text=True).stdout)
    nn_text = NN_FILE.format(hidden=HIDDEN, rate=RATE, epochs=EPOCHS, batch=BATCH)
    nn_file = folder / "digits.nn"
    nn_file.write_text(nn_text)
    return split, nn_file, nn_text


def warm_up(contenders, scratch, torch_dtype, nnc):
    """One untimed run of each (the OS's file cache; nnc's class cache for the warm runs; nnc's
    daemon, waited for until it serves) that also gives the test accuracies: nnc's from
    `train --json`, the others' from their output."""
    nnc_runs = [c for c in contenders if c.name.startswith("nnc")]
    summary = json.loads(nnc_runs[1].run(scratch, ["--json"])[2])
    for contender in nnc_runs:
        contender.accuracy = summary["test_accuracy"]
        contender.note = f"{summary['epochs']} epochs, double"
        contender.run(scratch)
    await_daemon(nnc_runs[1], scratch, nnc)
    for contender in contenders[len(nnc_runs):]:
        result = json.loads(contender.run(scratch)[2])
        contender.accuracy = result["accuracy"]
        dtype = torch_dtype if contender.name == "torch" else "float64"
        contender.note = f"{result['epochs']} epochs, {dtype}"


def await_daemon(served, scratch, nnc):
    """Runs `served` (a contender nnc's daemon serves) until the daemon its first run started has
    served one, at most two minutes."""
    deadline = time.monotonic() + 120
    env = dict(os.environ, **served.env)
    while time.monotonic() < deadline:
        served.run(scratch)
        status = subprocess.run([str(nnc), "daemon"], env=env, capture_output=True, text=True).stdout
        if " served" in status and " 0 runs served" not in status:
            return
        time.sleep(0.5)
    raise RuntimeError("nnc's daemon did not start within two minutes")


def startup_contenders(nnc_train, warm_cache, data_python, torch_python, daemon):
    """Runs that are (nearly) all start-up: nnc with one epoch, the Python imports alone."""
    startup = [
        Contender("nnc warm, --epochs 1", nnc_train + ["--epochs", "1"],
                  env=dict(daemon, XDG_CACHE_HOME=str(warm_cache))),
        Contender("nnc warm, --epochs 1, no daemon", nnc_train + ["--epochs", "1"],
                  env={"XDG_CACHE_HOME": str(warm_cache)}),
        Contender("nnc cold, --epochs 1, no daemon", nnc_train + ["--epochs", "1"], fresh_cache=True),
        Contender("python: import sklearn.neural_network, numpy",
                  [data_python, "-c", "import numpy, sklearn.neural_network, sklearn.preprocessing"]),
    ]
    if torch_python:
        startup.append(Contender("python: import torch, numpy",
                                 [torch_python, "-c", "import numpy, torch"]))
    return startup


def report(setting, contenders, startup, machine, nn_text):
    """The Markdown report."""
    by_name = {c.name: c for c in contenders}
    n = setting["train"]
    lines = [
        "## Whole runs on the digits: nnc against scikit-learn and PyTorch",
        "",
        f"{n} training and {setting['test']} test samples (scikit-learn's digits, "
        f"train_test_split(test_size={TEST_SIZE}, stratify=y, random_state={SEED})); "
        f"64-{HIDDEN}-10, tanh, softmax + cross-entropy, adam(rate {RATE}), batch {BATCH}, "
        f"{EPOCHS} epochs, one thread. Each run is a new process, start-up included; "
        f"median of {setting['repeat']} runs, the contenders taking turns.",
        "",
        *results_table(contenders),
        "",
        *ratios_table(by_name),
        "",
    ]
    if startup:
        warm, one_epoch, cold_one_epoch = (by_name["nnc warm, no daemon"].median(), startup[1].median(),
                                           startup[2].median())
        lines += [
            "Start-up (the same process with next to no training, or the imports alone):",
            "",
            *results_table(startup),
            "",
            f"nnc warm without the daemon (wall times): {seconds(one_epoch)} with one epoch against {seconds(warm)} "
            f"with {EPOCHS}: about {100 * one_epoch / warm:.0f}% of the warm run is start-up, "
            f"{(warm - one_epoch) / (EPOCHS - 1) * 1000:.1f} ms per further epoch "
            f"({n} samples, {-(-n // BATCH)} updates). "
            f"Cold, one epoch takes {seconds(cold_one_epoch)}: compiling the class "
            f"(an empty cache) costs about {seconds(cold_one_epoch - one_epoch)}.",
            "",
        ]
    lines += ["Machine and versions:", "", *(f"- {line}" for line in machine), ""]
    lines += [
        "Notes: nnc cold runs with XDG_CACHE_HOME a new, empty folder (no compiled class); "
        "nnc warm with the class already cached (and nnc's class-data archive in both). "
        "Without \"no daemon\", nnc's daemon serves the run (a JVM in the background, started and "
        "warmed up before the timed runs: the state after a first run in a folder); with it, "
        "NNC_DAEMON=0 and a new JVM for every run. "
        "Shuffling: every contender shuffles the training data every epoch, each with its own "
        "generator (nnc: java.util.Random(3) Fisher-Yates; sklearn: numpy's RandomState(0); "
        f"torch: torch.randperm with a seeded generator); {n} = {n // BATCH} × {BATCH} + "
        f"{n % BATCH}, so each epoch ends with a batch of {n % BATCH} in all three. "
        "Adam: nnc and torch divide by sqrt(v̂) + eps, sklearn folds the bias corrections into "
        "the rate and adds eps to sqrt(v) (a difference of eps's scale only). Initial weights: "
        "nnc and torch xavier uniform with zero biases; sklearn its own glorot uniform for "
        "weights and biases. One thread: "
        f"{', '.join(f'{k}=1' for k in ONE_THREAD)} for every process, "
        "torch.set_num_threads(1); nnc's JVM still has JIT and GC threads.",
        "",
        "The .nn file:",
        "",
        "```",
        nn_text.rstrip(),
        "```",
    ]
    return "\n".join(lines)


def machine_lines(root, nnc_version, load_before, interpreters, skipped):
    """Load average, processor, versions of everything measured."""
    load_after = os.getloadavg()
    lines = [
        f"load average (1, 5, 15 min): before {', '.join(f'{v:.2f}' for v in load_before)}; "
        f"after {', '.join(f'{v:.2f}' for v in load_after)}",
        f"{os.cpu_count()} cores, {cpu_model()}, {platform.system()} {platform.release()}",
        f"{nnc_version} ({root}); {first_line(['java', '-version'])}",
    ]
    for role, python, modules in interpreters:
        found = python_versions(python, modules)
        lines.append(f"{role}: {python}: "
                     + ", ".join(f"{name} {version}" for name, version in found.items()))
    return lines + skipped


def main():
    arguments = parse_arguments()
    root = arguments.root.resolve()
    nnc = root / "nnc"
    script = str(Path(__file__).resolve())
    if not nnc.is_file():
        sys.exit(f"whole_run.py: {nnc} not found; give the nnc repository with --root")
    load_before = os.getloadavg()
    data_python, torch_python, skipped = find_interpreters(arguments)

    scratch = Path(tempfile.mkdtemp(prefix="nnc-whole-run-"))
    try:
        log("building nnc if needed (./nnc --version) ...")  # the build, the class-data archive
        nnc_version = first_line([str(nnc), "--version"])
        split, nn_file, nn_text = prepare(scratch, data_python, script)
        train_csv, test_csv = str(nn_file.parent / "train.csv"), str(nn_file.parent / "test.csv")
        warm_cache = scratch / "warm-cache"
        warm_cache.mkdir()

        nnc_train = [str(nnc), "train", str(nn_file), "--quiet"]
        daemon = {"NNC_DAEMON": "1", "NNC_DAEMON_DIR": str(scratch / "daemons")}
        contenders = [
            Contender("nnc cold", nnc_train, env=daemon, fresh_cache=True),
            Contender("nnc warm", nnc_train, env=dict(daemon, XDG_CACHE_HOME=str(warm_cache))),
            Contender("nnc cold, no daemon", nnc_train, fresh_cache=True),
            Contender("nnc warm, no daemon", nnc_train, env={"XDG_CACHE_HOME": str(warm_cache)}),
            Contender("sklearn", [data_python, script, "_sklearn", train_csv, test_csv]),
        ]
        if torch_python:
            contenders.append(Contender("torch", [torch_python, script, "_torch", train_csv,
                                                  test_csv, arguments.torch_dtype]))
        log("warm-up runs (untimed), accuracies ...")
        warm_up(contenders, scratch, arguments.torch_dtype, nnc)
        startup = []
        if not arguments.no_startup:
            startup = startup_contenders(nnc_train, warm_cache, data_python, torch_python, daemon)
            for contender in startup:
                contender.run(scratch)  # warm-up
        # the start-up rows take their turns in the same rounds, under the same load
        log(f"timing {arguments.repeat} rounds ...")
        measure(contenders + startup, arguments.repeat, scratch)

        interpreters = [("data, sklearn", data_python, ["numpy", "scipy", "sklearn"])]
        if torch_python:
            interpreters.append(("torch", torch_python, ["numpy", "torch"]))
        machine = machine_lines(root, nnc_version, load_before, interpreters, skipped)
        setting = dict(split, repeat=arguments.repeat)
        print(report(setting, contenders, startup, machine, nn_text))
    finally:
        subprocess.run([str(nnc), "daemon", "stop"], capture_output=True,
                       env=dict(os.environ, NNC_DAEMON_DIR=str(scratch / "daemons")))
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] in WORKERS:
        WORKERS[sys.argv[1]](*sys.argv[2:])
    else:
        main()
