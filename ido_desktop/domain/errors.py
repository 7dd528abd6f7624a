"""Typed domain errors.

Domain code raises these errors with a stable ``code``; the UI maps the code (and ``params``) to
translated words. Messages here are for logs and developers, never shown to users as is.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ido_desktop.domain.privacy import Finding


class IdoError(Exception):
    """Base class of all IDO Desktop errors.

    Attributes:
        code: Stable identifier of the error, mapped to words by the UI. A subclass may fix it as a
            class attribute; otherwise it is given as the first argument.
        message: Developer-facing detail (may be empty).
        params: Values the UI may use when it builds its message.
    """

    code: str = "E_IDO"

    def __init__(self, code: str = "", message: str = "", **params: object) -> None:
        if code:
            self.code = code
        super().__init__(f"{self.code}: {message}" if message else self.code)
        self.message = message
        self.params = params


class ValidationError(IdoError):
    """A draft breaks a rule; ``field`` (and ``index`` of the question) say where."""

    def __init__(
        self, code: str, field: str = "", index: int | None = None, **params: object
    ) -> None:
        super().__init__(code, field if index is None else f"{field}[{index}]", **params)
        self.field = field
        self.index = index


class StateError(IdoError):
    """The action does not fit the current state (for example no open spreekuur)."""


class StoreError(IdoError):
    """The local store cannot be created, opened, migrated or backed up."""


class InstallError(IdoError):
    """A file the program ships with is missing or damaged: the install is broken."""


class PrivacyError(IdoError):
    """A free-text note contains (what looks like) personal data or is too long.

    Attributes:
        findings: What was found, sorted by position; the UI highlights each span.
    """

    code = "E_NOTE_PERSONAL_DATA"

    def __init__(self, findings: Iterable[Finding], message: str = "", **params: object) -> None:
        self.findings: tuple[Finding, ...] = tuple(findings)
        kinds = ", ".join(str(finding.kind) for finding in self.findings)
        super().__init__("", message or f"note refused: {kinds}", **params)
