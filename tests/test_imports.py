"""The package's import graph: data flows one way, so the graph has no cycle, and a stage
imports only the shared layer (`model`, `errors`, `common`) and its own sub-package, never
another stage or the orchestration above it (config, pipeline, cli).  The shared layer does
not read a stage's data files either: what it needs is under `common/data/`.

Read from the source with `ast` (module-level and function-level imports alike: a lazy import
is still a dependency), so a violation is reported with the importing module and the name.
"""
from __future__ import annotations

import ast
import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "audiopaper"
STAGES = ("ingest", "split", "normalize", "synth", "assemble", "publish")
SHARED = ("model", "errors", "common")


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def imports(name: str) -> set[str]:
    """The audiopaper modules `name` imports by name (`from pkg import mod` is `pkg.mod`)."""
    path = MODULES[name]
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.split(".")[0] == "audiopaper"}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                up = package.split(".")[:len(package.split(".")) - node.level + 1]
                base = ".".join(up + ([node.module] if node.module else []))
            if base.split(".")[0] != "audiopaper":
                continue
            for alias in node.names:
                sub = f"{base}.{alias.name}"
                found.add(sub if sub in MODULES else base)
    return found - {name}


GRAPH = {name: imports(name) for name in MODULES}


def allowed(importer: str, imported: str) -> bool:
    """May `importer` (a stage's or the shared layer's module) import `imported`?"""
    own = importer.split(".")[1]
    target = imported.split(".")
    return len(target) > 1 and target[1] in (*SHARED, own)


def layer_violations() -> set[tuple[str, str]]:
    return {(m, t) for m, targets in GRAPH.items() for t in targets
            if m.count(".") >= 1 and m.split(".")[1] in (*STAGES, "common")
            and not allowed(m, t)}


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The graph's strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph.get(v, ())):
            if w not in graph:
                continue
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def test_the_scan_sees_imports_and_cycles() -> None:
    assert "audiopaper.model" in GRAPH["audiopaper.ingest.text"]
    assert "audiopaper.common.segment" in GRAPH["audiopaper.normalize.normalizer"]  # from pkg import mod
    # the cycle ingest/text.py and ingest/pdf.py had (a lazy import in read_page)
    assert cycles({"text": {"pdf", "model"}, "pdf": {"text"}, "model": set()}) == [["pdf", "text"]]


def test_stages_import_only_the_shared_layer_and_themselves() -> None:
    assert sorted(layer_violations()) == [], "stage imports outside model, errors, common"


def test_no_import_cycles() -> None:
    assert cycles(GRAPH) == []


#: a stage's package or data named in a string: "audiopaper.synth", "synth/data/x.tsv"
STAGE_NAMED = re.compile(r"\baudiopaper[./](?:%s)\b|\b(?:%s)/data\b"
                         % ("|".join(STAGES), "|".join(STAGES)))


def stage_reads(source: str) -> list[str]:
    """The strings in `source`'s code (not its docstrings) that name a stage's package or
    data folder: how a module reads a stage's data (`read_tsv("audiopaper.synth", ...)`,
    `resources.files("audiopaper.normalize")`, a path into `synth/data/`)."""
    tree = ast.parse(source)
    docs = {id(n.body[0].value) for n in ast.walk(tree)
            if isinstance(n, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
            and n.body and isinstance(n.body[0], ast.Expr)
            and isinstance(n.body[0].value, ast.Constant)}
    return [n.value for n in ast.walk(tree)
            if isinstance(n, ast.Constant) and isinstance(n.value, str) and id(n) not in docs
            and STAGE_NAMED.search(n.value)]


def test_the_scan_sees_a_read_of_a_stages_data() -> None:
    assert stage_reads('"""Reads synth/data/x.tsv."""\nread_tsv("audiopaper.synth", '
                       '"data/zh_polyphones.tsv", 2)\n') == ["audiopaper.synth"]
    assert stage_reads('open("audiopaper/normalize/data/zh/units.tsv")') == [
        "audiopaper/normalize/data/zh/units.tsv"]
    assert stage_reads('read_tsv("audiopaper.common", "data/zh_polyphones.tsv", 2)') == []


def test_common_never_imports_or_reads_from_a_stage() -> None:
    common = [m for m in MODULES if m.split(".")[1:2] == ["common"]]
    assert "audiopaper.common.segment" in common
    imported = {(m, t) for m in common for t in GRAPH[m] if t.split(".")[1] in STAGES}
    assert sorted(imported) == [], "common imports a stage"
    read = {m: stage_reads(MODULES[m].read_text(encoding="utf-8")) for m in common}
    assert {m: r for m, r in read.items() if r} == {}, "common reads a stage's data"
