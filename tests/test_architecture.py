"""The layering of STYLE.md: ui -> services -> domain/db/sync. Fails on a wrong arrow."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "ido_desktop"

FORBIDDEN = {
    "domain": (
        "PySide6",
        "sqlalchemy",
        "alembic",
        "ido_desktop.db",
        "ido_desktop.ui",
        "ido_desktop.services",
        "ido_desktop.sync",
    ),
    "services": ("PySide6", "ido_desktop.ui"),
    "db": ("PySide6", "ido_desktop.ui", "ido_desktop.services"),
    "sync": ("PySide6", "ido_desktop.ui", "ido_desktop.services"),
}


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports_point_the_right_way(layer):
    offences = []
    for path in sorted((PACKAGE / layer).rglob("*.py")):
        for name in imported_modules(path):
            if any(name == bad or name.startswith(bad + ".") for bad in FORBIDDEN[layer]):
                offences.append(f"{path.relative_to(PACKAGE)} imports {name}")
    assert not offences, "\n".join(offences)


def test_only_ui_and_app_import_qt_at_module_level():
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE)
        if relative.parts[0] == "ui":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in tree.body:  # module level only; app.py imports Qt lazily
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            assert not any(n.startswith("PySide6") for n in names), f"{relative} imports Qt"


def test_the_architecture_test_catches_a_wrong_arrow(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text("from PySide6.QtCore import QObject\nimport ido_desktop.db.models\n")
    assert {"PySide6.QtCore", "ido_desktop.db.models"} <= imported_modules(bad)
