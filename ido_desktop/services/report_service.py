"""Build reports and the KB list, and export them (PRODUCT.md 6).

``build`` gives exact numbers for the screen; every export (CSV, XLSX, PDF) writes the
suppressed copy, because anything that leaves the back office hides counts below 5. Building
and exporting are plain blocking functions: the GUI runs them in a worker and may pass a
``progress(done, total)`` callback and a ``cancelled()`` check.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from ido_desktop.db.repositories import report_agg_repo, report_repo
from ido_desktop.domain.errors import ValidationError
from ido_desktop.domain.reference import ReferenceCatalog
from ido_desktop.domain.report import (
    COURSE_KEY,
    DIMENSIONS,
    Counts,
    Dimension,
    KbItem,
    ReportCancelledError,
    ReportRow,
    ReportSpec,
    ReportTable,
    measure_columns,
    registered_hour,
    sort_rows,
)
from ido_desktop.domain.report_labels import (
    hour_label,
    none_label,
    period_label,
    vocab_label,
    vocab_order,
)
from ido_desktop.services import report_export

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
CatalogSource = ReferenceCatalog | Callable[[], ReferenceCatalog]
GroupRows = list[tuple[tuple[str | None, ...], Counts]]


class ReportService:
    """Reports over what this store holds (a laptop or the back office)."""

    def __init__(self, session_factory: sessionmaker[Session], catalog: CatalogSource) -> None:
        self._session_factory = session_factory
        self._catalog = catalog

    @property
    def catalog(self) -> ReferenceCatalog:
        return self._catalog if isinstance(self._catalog, ReferenceCatalog) else self._catalog()

    # --- Building. --------------------------------------------------------------------------

    def refresh(self) -> int:
        """Bring the report cells up to date with the records (see ``report_agg_repo``).

        Cheap when nothing changed; the first report after many changes (an upgrade, demo
        data) computes the marked days once. Returns the number of days recomputed.
        """
        with self._session_factory() as session:
            if not report_agg_repo.is_dirty(session):
                return 0
        with self._session_factory.begin() as session:
            return report_agg_repo.refresh(session)

    def build(
        self,
        spec: ReportSpec,
        language: str = "nl",
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> ReportTable:
        """Count ``spec`` with exact numbers and labels in ``language`` (``nl`` or ``en``)."""
        dims = spec.dimensions
        steps = 1 + (1 if dims else 0) + (1 if len(dims) > 1 else 0)
        step = _Steps(steps, progress, cancelled)
        catalog = self.catalog
        self.refresh()
        with self._session_factory() as session:
            step()
            totals = _total(session, spec.date_from, spec.date_to)
            rows: GroupRows = []
            marginals: GroupRows = []
            if dims:
                step()
                rows = self._grouped(session, spec, dims, catalog)
                marginals = rows
            if len(dims) > 1:
                step()
                marginals = self._grouped(session, spec, dims[:1], catalog)
        step.finish()
        labelled = [self._row(keys, counts, dims, catalog, language) for keys, counts in rows]
        total_labels = ("Total" if language == "en" else "Totaal",) + ("",) * (len(dims) - 1)
        first_dim = [dims[0]] if dims else []
        period = "Period" if language == "en" else "Periode"
        return ReportTable(
            spec=spec,
            language=language,
            columns=tuple(d.label(language) for d in dims or ())
            + (() if dims else (period,))
            + measure_columns(language),
            rows=tuple(labelled),
            totals=ReportRow.of((), total_labels, totals),
            marginals=tuple(
                self._row(keys, counts, tuple(first_dim), catalog, language)
                for keys, counts in marginals
            ),
        )

    def _grouped(
        self,
        session: Session,
        spec: ReportSpec,
        dims: Sequence[Dimension],
        catalog: ReferenceCatalog,
    ) -> GroupRows:
        raw = _group_counts(session, spec.date_from, spec.date_to, [d.sql_key for d in dims])
        merged: dict[tuple[str | None, ...], Counts] = {}
        for keys, counts in raw:
            # Derived keys (location type, local hour) are consult-level and single-valued:
            # the fine groups they merge hold disjoint consultations, so their counts add up.
            mapped = tuple(_derive(d, k, catalog) for d, k in zip(dims, keys, strict=True))
            merged[mapped] = merged.get(mapped, Counts()) + counts
        return sort_rows(
            merged,
            tuple(dims),
            spec.measure,
            lambda d, key: _natural_order(d, key, catalog),
        )

    def _row(
        self,
        keys: tuple[str | None, ...],
        counts: Counts,
        dims: Sequence[Dimension],
        catalog: ReferenceCatalog,
        language: str,
    ) -> ReportRow:
        labels = tuple(label(d, k, catalog, language) for d, k in zip(dims, keys, strict=True))
        return ReportRow.of(keys, labels, counts)

    # --- The KB list. -----------------------------------------------------------------------

    def kb_list(
        self,
        date_from: date,
        date_to: date,
        language: str = "nl",
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> list[KbItem]:
        """Figures in the order of the KB registration form, exact (see ``docs/reports.md``).

        The order follows the KB Bibliotheekmonitor IDO registration as far as PRODUCT.md
        describes it; it is an approximation to be checked against the real form.
        Every code of a list is present, also with 0, so the lines never move.
        """
        ReportSpec(date_from, date_to)  # validates the period
        catalog = self.catalog
        en = language == "en"
        sections: list[tuple[str, str, str, Sequence[str], str]] = [
            # (section nl, section en, key, codes, measure)
            (
                "2. Vragen per domein",
                "2. Questions by domain",
                "domain",
                vocab_order("domain"),
                "q",
            ),
            (
                "3. Vragen per organisatie",
                "3. Questions by organisation",
                "organisation",
                [i.code for i in catalog.items("organisations", include_retired=True)],
                "q",
            ),
            (
                "4. Vragen per vorm van hulp",
                "4. Questions by form of help",
                "help_form",
                [i.code for i in catalog.items("help_forms", include_retired=True)],
                "q",
            ),
            (
                "6. Consulten per kanaal",
                "6. Consultations by channel",
                "channel",
                vocab_order("channel"),
                "c",
            ),
            (
                "7. Consulten per leeftijd",
                "7. Consultations by age",
                "age_band",
                vocab_order("age_band"),
                "c",
            ),
            (
                "8. Herhaalbezoek",
                "8. Repeat visits",
                "repeat_visit",
                vocab_order("repeat_visit"),
                "c",
            ),
            (
                "9. Geholpen? Vragen per resultaat",
                "9. Helped? Questions by result",
                "result",
                [i.code for i in catalog.items("results", include_retired=True)],
                "q",
            ),
            (
                "10. Bij het IDO gekomen via",
                "10. Found us via",
                "found_via",
                vocab_order("found_via"),
                "c",
            ),
        ]
        step = _Steps(len(sections) + 2, progress, cancelled)
        grouped: dict[str, dict[str | None, Counts]] = {}
        self.refresh()
        with self._session_factory() as session:
            step()
            totals = _total(session, date_from, date_to)
            referrals = report_agg_repo.referral_count(session, date_from, date_to)
            for _nl, _en, key, _codes, _m in sections:
                step()
                rows = _group_counts(session, date_from, date_to, [key])
                grouped[key] = {keys[0]: counts for keys, counts in rows}
        step.finish()

        def section_items(index: int) -> list[KbItem]:
            nl, en_title, key, codes, measure = sections[index]
            title = en_title if en else nl
            dim = DIMENSIONS[key]
            found = grouped[key]
            extra = [k for k in found if k is not None and k not in codes]
            items = []
            for code in [*codes, *extra]:
                counts = found.get(code, Counts())
                value = counts.questions if measure == "q" else counts.consultations
                items.append(KbItem(label(dim, code, catalog, language), value, title))
            return items

        def one(nl: str, en_text: str, value: int, section: tuple[str, str]) -> KbItem:
            return KbItem(en_text if en else nl, value, section[1] if en else section[0])

        general = ("1. Contacten", "1. Contacts")
        referral = ("5. Doorverwijzingen", "5. Referrals")
        return [
            one(
                "Aantal consulten (contacten)",
                "Number of consultations (contacts)",
                totals.consultations,
                general,
            ),
            one("Aantal vragen", "Number of questions", totals.questions, general),
            *section_items(0),
            *section_items(1),
            *section_items(2),
            one("Aantal doorverwijzingen", "Number of referrals", referrals, referral),
            one("Vragen met een doorverwijzing", "Questions referred", totals.referred, referral),
            one("Waarvan warm doorverwezen", "Of which referred warmly", totals.warm, referral),
            *section_items(3),
            *section_items(4),
            *section_items(5),
            *section_items(6),
            *section_items(7),
        ]

    # --- Exports: always suppressed. --------------------------------------------------------

    def to_csv(self, table: ReportTable, path: Path | None = None) -> str:
        """Write the suppressed table as CSV to ``path``; returns the text (for stdout)."""
        return report_export.write_csv(table.suppressed(), path)

    def to_xlsx(self, table: ReportTable, path: Path, title: str | None = None) -> Path:
        return report_export.write_xlsx(table.suppressed(), path, title or default_title(table))

    def to_pdf(
        self, table: ReportTable, path: Path, title: str | None = None, source: str = ""
    ) -> Path:
        from ido_desktop.services import report_pdf  # reportlab loads only when needed

        return report_pdf.write_pdf(table.suppressed(), path, title or default_title(table), source)

    def quarterly_report(
        self,
        year: int,
        quarter: int,
        path: Path,
        format: str = "pdf",  # noqa: A002 - the CLI's word
        language: str = "nl",
        source: str = "",
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> Path:
        """Write the municipal quarterly report (``pdf`` or ``xlsx``), suppressed.

        ``source`` names who made it (the back office). See ``services/quarterly_report.py``.
        """
        from ido_desktop.services import quarterly_report

        if format not in quarterly_report.FORMATS:
            raise ValidationError(
                "E_REPORT_FORMAT", "format", value=format, known=", ".join(quarterly_report.FORMATS)
            )
        if not 1 <= quarter <= 4:
            raise ValidationError("E_REPORT_QUARTER", "quarter", value=f"{year}-Q{quarter}")
        report = quarterly_report.build_quarterly(
            self, year, quarter, language, source, progress, cancelled
        )
        if cancelled and cancelled():
            raise ReportCancelledError()
        return quarterly_report.write(report, path, format)

    def kb_to_csv(self, items: list[KbItem], path: Path | None = None) -> str:
        return report_export.write_kb_csv(items, path)

    def kb_to_xlsx(
        self, items: list[KbItem], path: Path, date_from: date, date_to: date, language: str = "nl"
    ) -> Path:
        return report_export.write_kb_xlsx(items, path, date_from, date_to, language)


def _group_counts(session: Session, date_from: date, date_to: date, keys: list[str]) -> GroupRows:
    """From the report cells or cubes when they hold these keys, else counted from the
    records."""
    if report_agg_repo.answers(keys):
        return report_agg_repo.group_counts(session, date_from, date_to, keys)
    from_cubes = report_agg_repo.cube_counts(session, date_from, date_to, keys)
    if from_cubes is not None:
        return from_cubes
    reduced = report_agg_repo.last_reduced_day(session, date_from, date_to)
    if reduced is not None:
        # Those days have only cells left, and cells do not hold this combination of keys.
        raise ValidationError("E_REPORT_REDUCED", "by", after=reduced.isoformat())
    return report_repo.group_counts(session, date_from, date_to, keys)


def _total(session: Session, date_from: date, date_to: date) -> Counts:
    rows = report_agg_repo.group_counts(session, date_from, date_to)
    return rows[0][1] if rows else Counts()


def default_title(table: ReportTable) -> str:
    if table.language == "en":
        return "Digital Government Information Point: report"
    return "Informatiepunt Digitale Overheid: rapportage"


def _derive(dimension: Dimension, key: str | None, catalog: ReferenceCatalog) -> str | None:
    if dimension.name == "location_type":
        location = catalog.get("locations", key)
        if location is None:
            return None
        if location.get("type") == "popup":
            return f"popup:{location.get('popup_type') or 'overig'}"
        return "branch"
    if dimension.name == "spreekuur_hour":
        # Counted from the records: a "UTC hour|date" bucket; from the report cells: the hour.
        return registered_hour(key) if key and "|" in key else key
    return key


def _natural_order(dimension: Dimension, key: str, catalog: ReferenceCatalog) -> tuple[int, str]:
    order = vocab_order(dimension.name)
    if key in order:
        return (order.index(key), key)
    if dimension.catalog_kind:
        codes = [i.code for i in catalog.items(dimension.catalog_kind, include_retired=True)]
        if key in codes:
            return (codes.index(key), key)
    return (len(order), key)  # periods and hours: their text sorts in time order


def label(dimension: Dimension, key: str | None, catalog: ReferenceCatalog, language: str) -> str:
    """Words for one group key of ``dimension``."""
    if key is None:
        return none_label(dimension.name, language)
    if dimension.name.startswith("period_"):
        return period_label(dimension.name, key, language)
    if dimension.name == "spreekuur_hour":
        return hour_label(key)
    if key == COURSE_KEY:
        return "Course" if language == "en" else "Cursus"
    if dimension.catalog_kind:
        return catalog.label(dimension.catalog_kind, key, language)
    return vocab_label(dimension.name, key, language)


class _Steps:
    """Reports progress and honours cancellation between queries."""

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
