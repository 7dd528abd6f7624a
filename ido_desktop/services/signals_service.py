"""Bottleneck signals (signalering): the overview, monthly series, notes and feedback sheets.

The overview and the notes are for the back office's own screen: exact numbers, notes with
their consult date. A feedback sheet leaves the back office: its counts are suppressed (1 to 4
become ``<5``), its notes are only those the clerk chose, checked again for personal data, and
dated by month. The rules are in ``ido_desktop/domain/signals.py``.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from ido_desktop.db.repositories import signals_repo
from ido_desktop.domain.errors import IdoError, ValidationError
from ido_desktop.domain.privacy import find_personal_data
from ido_desktop.domain.reference import ReferenceCatalog
from ido_desktop.domain.report import ReportCancelledError, ReportSpec
from ido_desktop.domain.signals import (
    MAX_SHEET_NOTES,
    NOTE_CANDIDATES,
    ExampleNote,
    SignalCount,
    SignalRow,
    TrendRow,
    chart_months,
    empty_trend,
    month_start,
    trend_rows,
    trend_window,
)

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
CatalogSource = ReferenceCatalog | Callable[[], ReferenceCatalog]
FORMATS = ("pdf", "xlsx")


@dataclass(frozen=True)
class MonthlySeries:
    """Signals of one organisation per calendar month (exact), per kind and in total.

    Attributes:
        months: ``YYYY-MM`` keys, oldest first (see ``domain.signals.chart_months``).
        per_kind: Kind code -> one count per month; only kinds with signals.
    """

    organisation: str
    months: tuple[str, ...]
    per_kind: dict[str, tuple[int, ...]]

    @property
    def totals(self) -> tuple[int, ...]:
        return tuple(
            sum(values[i] for values in self.per_kind.values()) for i in range(len(self.months))
        )


class SignalsService:
    """Signals over what this store holds; feedback sheets name ``contact`` as the sender."""

    def __init__(
        self,
        session_factory: sessionmaker[Session],
        catalog: CatalogSource,
        contact: str = "",
    ) -> None:
        self._session_factory = session_factory
        self._catalog = catalog
        self._contact = contact

    @property
    def catalog(self) -> ReferenceCatalog:
        return self._catalog if isinstance(self._catalog, ReferenceCatalog) else self._catalog()

    @property
    def contact(self) -> str:
        return self._contact

    # --- Counting. --------------------------------------------------------------------------

    def counts(self, date_from: date, date_to: date) -> list[SignalCount]:
        """Signals per organisation and kind in the window, exact, largest first."""
        ReportSpec(date_from, date_to)  # validates the period
        with self._session_factory() as session:
            rows = signals_repo.counts(session, date_from, date_to)
        counts = [SignalCount(org, kind, n) for org, kind, n in rows]
        return sorted(counts, key=lambda c: (-c.count, c.organisation, c.kind))

    def trends(self, reference: date) -> dict[tuple[str, str], TrendRow]:
        """The trend of every organisation and kind with signals in the four trend months."""
        first, last = trend_window(reference)
        with self._session_factory() as session:
            rows = signals_repo.monthly_counts(session, first, last)
        return trend_rows({(o, k, m): n for o, k, m, n in rows}, reference)

    def overview(
        self,
        date_from: date,
        date_to: date,
        language: str = "nl",
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> list[SignalRow]:
        """Counts in the window with the trend of the month of ``date_to``, labelled.

        Rows with signals in the window come first (largest first); combinations that only have
        signals in the trend months follow with a count of 0.
        """
        step = _Steps(2, progress, cancelled)
        step()
        counts = self.counts(date_from, date_to)
        step()
        trends = self.trends(date_to)
        step.finish()
        catalog = self.catalog
        found = {(c.organisation, c.kind): c.count for c in counts}
        keys = list(found) + sorted(k for k in trends if k not in found)
        kind_order = [i.code for i in catalog.items("signal_kinds", include_retired=True)]

        def order(key: tuple[str, str]) -> tuple[int, str, int]:
            org, kind = key
            rank = kind_order.index(kind) if kind in kind_order else len(kind_order)
            return (-found.get(key, 0), catalog.label("organisations", org, language), rank)

        return [
            SignalRow(
                org,
                kind,
                catalog.label("organisations", org, language),
                catalog.label("signal_kinds", kind, language),
                found.get((org, kind), 0),
                trends.get((org, kind)) or empty_trend(org, kind),
            )
            for org, kind in sorted(keys, key=order)
        ]

    def monthly(self, organisation: str, date_from: date, date_to: date) -> MonthlySeries:
        """Signals of ``organisation`` per month: the window's months, at least four."""
        ReportSpec(date_from, date_to)
        months = tuple(chart_months(date_from, date_to))
        first = date.fromisoformat(months[0] + "-01")
        with self._session_factory() as session:
            rows = signals_repo.monthly_counts(session, first, date_to, organisation)
        per_kind: dict[str, list[int]] = {}
        for _org, kind, month, n in rows:
            if month in months:
                per_kind.setdefault(kind, [0] * len(months))[months.index(month)] += n
        return MonthlySeries(organisation, months, {k: tuple(v) for k, v in per_kind.items()})

    # --- Notes. -----------------------------------------------------------------------------

    def example_notes(
        self,
        organisation: str,
        date_from: date,
        date_to: date,
        limit: int = NOTE_CANDIDATES,
    ) -> list[ExampleNote]:
        """Candidate quotes for ``organisation``: newest first, never one with personal data.

        Notes were checked when they were entered; they are checked again here, because a note
        may have come in through an older version, a correction or the database itself.
        """
        ReportSpec(date_from, date_to)
        result: list[ExampleNote] = []
        with self._session_factory() as session:
            for row in signals_repo.notes(session, organisation, date_from, date_to):
                note = _example(row)
                if find_personal_data(note.note):
                    continue
                result.append(note)
                if len(result) >= limit:
                    break
        return result

    def chosen_notes(
        self, organisation: str, date_from: date, date_to: date, note_ids: Sequence[str]
    ) -> list[ExampleNote]:
        """The notes ``note_ids`` names, in that order, after checking each may be quoted.

        Raises:
            ValidationError: E_SIGNALS_TOO_MANY_NOTES; E_SIGNALS_NOTE_UNKNOWN when a note is
                not a live signal note of ``organisation`` in the window; E_SIGNALS_NOTE_PERSONAL
                when it looks like it holds personal data.
        """
        ids = list(dict.fromkeys(i.strip() for i in note_ids if i.strip()))
        if len(ids) > MAX_SHEET_NOTES:
            raise ValidationError("E_SIGNALS_TOO_MANY_NOTES", "notes", max=MAX_SHEET_NOTES)
        with self._session_factory() as session:
            found = signals_repo.notes_by_id(session, ids)
        result = []
        for note_id in ids:
            entry = found.get(note_id)
            if entry is None:
                raise ValidationError("E_SIGNALS_NOTE_UNKNOWN", "notes", note=note_id)
            row, live = entry
            note = _example(row)
            if (
                not live
                or note.organisation != organisation
                or not date_from <= note.consult_date <= date_to
                or not note.note.strip()
            ):
                raise ValidationError("E_SIGNALS_NOTE_UNKNOWN", "notes", note=note_id)
            if find_personal_data(note.note):
                raise ValidationError("E_SIGNALS_NOTE_PERSONAL", "notes", note=note_id)
            result.append(note)
        return result

    # --- The feedback sheet. ----------------------------------------------------------------

    def feedback_sheet(
        self,
        organisation: str,
        date_from: date,
        date_to: date,
        chosen_note_ids: Sequence[str],
        path: Path,
        format: str = "pdf",  # noqa: A002 - the name the CLI and callers use
        language: str = "nl",
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> Path:
        """Write the feedback sheet for ``organisation`` as PDF or XLSX; returns ``path``.

        Only suppressed counts and the chosen notes (month and kind, no day) are written.
        The file appears complete or not at all.
        """
        from ido_desktop.services import feedback_sheet as sheets

        if format not in FORMATS:
            raise ValidationError("E_SIGNALS_FORMAT", "format", format=format)
        ReportSpec(date_from, date_to)
        catalog = self.catalog
        if not catalog.has("organisations", organisation, include_retired=True):
            raise ValidationError("E_SIGNALS_ORGANISATION", "organisation", value=organisation)
        step = _Steps(4, progress, cancelled)
        step()
        notes = self.chosen_notes(organisation, date_from, date_to, chosen_note_ids)
        step()
        per_kind = {
            c.kind: c.count
            for c in self.counts(date_from, date_to)
            if c.organisation == organisation
        }
        trends = self.trends(date_to)
        step()
        series = self.monthly(organisation, date_from, date_to)
        sheet = sheets.build_sheet(
            catalog=catalog,
            organisation=organisation,
            date_from=date_from,
            date_to=date_to,
            per_kind=per_kind,
            rising={k for (o, k), t in trends.items() if o == organisation and t.rising},
            reference_month=month_start(date_to),
            months=series.months,
            month_totals=series.totals,
            notes=notes,
            contact=self._contact,
            language=language,
        )
        step()
        writer = sheets.write_pdf if format == "pdf" else sheets.write_xlsx
        _write_atomically(path, writer, sheet)
        step.finish()
        return path


def _example(row: signals_repo.NoteRow) -> ExampleNote:
    note_id, org, kind, consult_date, text = row
    return ExampleNote(note_id, org, kind, consult_date, text.strip())


def _write_atomically(path: Path, writer: Callable[..., Path], sheet: object) -> None:
    temporary = path.with_name(f".{path.name}.part")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        writer(sheet, temporary)
        os.replace(temporary, path)
    except OSError as exc:
        _remove(temporary)
        raise IdoError("E_SIGNALS_WRITE_FAILED", str(exc), path=str(path)) from exc
    except BaseException:
        _remove(temporary)
        raise


def _remove(path: Path) -> None:
    try:
        path.unlink(missing_ok=True)
    except OSError:
        pass  # never written (the folder itself is not usable)


class _Steps:
    """Reports progress and honours cancellation between steps."""

    def __init__(self, total: int, progress: Progress | None, cancelled: Cancelled | None):
        self.total, self.done = total, 0
        self.progress, self.cancelled = progress, cancelled

    def __call__(self) -> None:
        if self.cancelled and self.cancelled():
            raise ReportCancelledError()
        if self.progress:
            self.progress(self.done, self.total)
        self.done += 1

    def finish(self) -> None:
        if self.cancelled and self.cancelled():
            raise ReportCancelledError()
        if self.progress:
            self.progress(self.total, self.total)
