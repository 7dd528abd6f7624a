"""docs/sync-format.md documents every error code, and no code that does not exist."""

from __future__ import annotations

import re
from pathlib import Path

from ido_desktop.sync.errors import SYNC_ERROR_CODES

DOC = Path(__file__).resolve().parents[2] / "docs" / "sync-format.md"


def test_every_error_code_is_documented():
    text = DOC.read_text(encoding="utf-8")
    missing = [code for code in SYNC_ERROR_CODES if f"`{code}`" not in text]
    assert missing == []


def test_the_document_names_no_unknown_code():
    mentioned = set(re.findall(r"\bE_[A-Z0-9_]*[A-Z0-9]\b", DOC.read_text(encoding="utf-8")))
    assert mentioned - set(SYNC_ERROR_CODES) == set()


def test_every_code_has_a_one_line_description():
    for code, description in SYNC_ERROR_CODES.items():
        assert re.fullmatch(r"E_[A-Z0-9_]+", code)
        assert description and "\n" not in description
