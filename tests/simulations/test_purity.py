"""The simulations are pure domain code: no interface, no clock, no disk."""

import ast
import subprocess
import sys
from pathlib import Path

import coach.domain.simulations as package

SOURCES = sorted(Path(package.__file__).parent.glob("*.py"))
FORBIDDEN = {"textual", "rich", "time", "datetime", "os", "pathlib", "random", "io"}


def test_no_module_imports_the_interface_the_clock_or_the_disk() -> None:
    assert len(SOURCES) >= 6
    for source in SOURCES:
        tree = ast.parse(source.read_text())
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0:
                names = [node.module or ""]
            for name in names:
                assert name.split(".")[0] not in FORBIDDEN, f"{source.name} imports {name}"
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
                assert node.func.id != "open", f"{source.name} opens a file"


def test_importing_and_running_pulls_in_no_interface_library() -> None:
    code = ("import sys\n"
            "from coach.domain.simulations import bandits, contextual, rl, uplift\n"
            "bandits.run_bandits(bandits.BanditParams(horizon=50, runs=2))\n"
            "print(sorted(m for m in ('textual', 'rich') if m in sys.modules))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert out.strip() == "[]"
