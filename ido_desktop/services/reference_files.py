"""Reading the versioned reference data files shipped in ``ido_desktop/resources/reference``."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ido_desktop.domain.errors import StoreError
from ido_desktop.domain.reference import REFERENCE_KINDS


@dataclass(frozen=True)
class ReferenceFile:
    kind: str
    version: int
    items: list[dict[str, Any]]


def read_reference_files(directory: Path) -> dict[str, ReferenceFile]:
    files = {}
    for kind in REFERENCE_KINDS:
        path = directory / f"{kind}.json"
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise StoreError("E_REFERENCE_FILE", f"{path}: {exc}", path=str(path)) from exc
        if data.get("kind") != kind or not isinstance(data.get("items"), list):
            raise StoreError("E_REFERENCE_FILE", f"{path}: wrong kind or no items", path=str(path))
        files[kind] = ReferenceFile(kind, int(data["version"]), data["items"])
    return files
