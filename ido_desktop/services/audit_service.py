"""Back office: reading and exporting the audit log. Nothing here writes to it.

The log page asks for a page of entries at a time (newest first); the export writes every entry
that passes the filter as CSV, UTF-8 with a byte-order mark so Excel shows accents.
"""

from __future__ import annotations

import csv
import io
import json
import os
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from ido_desktop.db.repositories import audit_repo
from ido_desktop.domain.audit import AuditAction, AuditFilter, AuditRow
from ido_desktop.domain.errors import IdoError, ValidationError
from ido_desktop.services.clock import local_day_bounds

PAGE_SIZE = 200
_HEADERS = {
    "nl": ("tijdstip", "door", "actie", "onderwerp", "details"),
    "en": ("time", "by", "action", "subject", "details"),
}
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


class AuditService:
    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._session_factory = session_factory

    def find(
        self, audit_filter: AuditFilter, offset: int = 0, limit: int | None = PAGE_SIZE
    ) -> list[AuditRow]:
        """Entries that pass the filter, newest first, from ``offset`` (a page at a time).

        Raises:
            ValidationError: E_AUDIT_PERIOD.
        """
        terms = _terms(audit_filter)
        with self._session_factory() as session:
            return audit_repo.find(session, **terms, offset=max(0, offset), limit=limit)

    def count(self, audit_filter: AuditFilter) -> int:
        terms = _terms(audit_filter)
        with self._session_factory() as session:
            return audit_repo.count(session, **terms)

    def actions(self) -> list[str]:
        """Every known action code and any other code in the log, sorted."""
        with self._session_factory() as session:
            found = set(audit_repo.actions(session))
        return sorted(found | {str(a) for a in AuditAction})

    def actors(self) -> list[str]:
        with self._session_factory() as session:
            return audit_repo.actors(session)

    def csv_text(self, audit_filter: AuditFilter, language: str = "nl") -> str:
        """Every entry that passes the filter as CSV text (without byte-order mark)."""
        return "".join(self._csv_lines(audit_filter, language))

    def export_csv(
        self,
        audit_filter: AuditFilter,
        path: Path,
        language: str = "nl",
        cancelled: Callable[[], bool] | None = None,
    ) -> int:
        """Write the entries that pass the filter to ``path``; returns how many.

        The file appears whole or not at all (a temporary file is renamed).

        Raises:
            ValidationError: E_AUDIT_PERIOD.
            IdoError: E_AUDIT_WRITE_FAILED (folder missing, read-only, disk full, file open in
                another program), E_AUDIT_CANCELLED.
        """
        path = Path(path)
        temporary = path.with_name(f".{path.name}.part")
        written = 0
        try:
            with temporary.open("w", encoding="utf-8-sig", newline="") as out:
                for line in self._csv_lines(audit_filter, language):
                    if cancelled is not None and cancelled():
                        raise IdoError("E_AUDIT_CANCELLED")
                    out.write(line)
                    written += 1
                out.flush()
                os.fsync(out.fileno())
            os.replace(temporary, path)
        except OSError as exc:
            temporary.unlink(missing_ok=True)
            raise IdoError("E_AUDIT_WRITE_FAILED", str(exc), path=str(path)) from None
        except BaseException:
            temporary.unlink(missing_ok=True)
            raise
        return written - 1  # the header line

    def _csv_lines(self, audit_filter: AuditFilter, language: str) -> Iterator[str]:
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\r\n")

        def line(cells: tuple[str, ...] | list[str]) -> str:
            buffer.seek(0)
            buffer.truncate()
            writer.writerow(cells)
            return buffer.getvalue()

        yield line(_HEADERS.get(language, _HEADERS["nl"]))
        for row in self.find(audit_filter, 0, None):  # one query: one consistent snapshot
            yield line(csv_cells(row))


def csv_cells(row: AuditRow) -> list[str]:
    """One entry as CSV cells: local time with its offset, and the details as JSON."""
    return [
        _safe(cell)
        for cell in (
            local_time(row.at),
            row.actor,
            row.action,
            row.subject,
            details_text(row.details),
        )
    ]


def local_time(at: datetime) -> str:
    return at.astimezone().isoformat(timespec="seconds")


def details_text(details: Any) -> str:
    return json.dumps(details, ensure_ascii=False, sort_keys=True, separators=(", ", ": "))


def _safe(cell: str) -> str:
    """Keep a spreadsheet from running a cell as a formula."""
    return "'" + cell if cell.startswith(_FORMULA_START) else cell


def _terms(f: AuditFilter) -> dict[str, Any]:
    if f.date_from is not None and f.date_to is not None and f.date_from > f.date_to:
        raise ValidationError(
            "E_AUDIT_PERIOD", "date_from", date_from=f.date_from, date_to=f.date_to
        )
    return {
        "start": local_day_bounds(f.date_from)[0] if f.date_from is not None else None,
        "end": local_day_bounds(f.date_to)[1] if f.date_to is not None else None,
        "action": f.action or None,
        "actor": f.actor or None,
        "text": f.text or None,
    }
