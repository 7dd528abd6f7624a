"""The municipal quarterly report (PRODUCT.md 6): one document, many sections, as PDF or XLSX.

Built from the ordinary report builder (:meth:`ReportService.build`), one table per section,
and always suppressed: it leaves the back office. The PDF lives in ``quarterly_pdf.py``; the
XLSX (a summary sheet and one sheet per section) here.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ido_desktop.domain.errors import ValidationError
from ido_desktop.domain.report import (
    SHARE_COLUMNS,
    SHARE_SUPPRESSED,
    ReportCancelledError,
    ReportRow,
    ReportSpec,
    ReportTable,
    report_notes,
)
from ido_desktop.domain.report_labels import format_cell, format_day, format_period
from ido_desktop.domain.report_trace import period_bounds

if TYPE_CHECKING:
    from ido_desktop.services.report_service import ReportService

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
FORMATS = ("pdf", "xlsx")
_QUARTER = re.compile(r"^(\d{4})-?[QqKk]([1-4])$")


@dataclass(frozen=True)
class SectionSpec:
    """One section: what to count and how to show it."""

    key: str
    nl: str
    en: str
    by: str
    measure: str = "consultations"
    chart: str = "bar"  # "bar" (horizontal, largest groups), "months" (vertical) or ""
    intro_nl: str = ""
    intro_en: str = ""

    def title(self, language: str) -> str:
        return self.en if language == "en" else self.nl

    def intro(self, language: str) -> str:
        return self.intro_en if language == "en" else self.intro_nl


SECTIONS: tuple[SectionSpec, ...] = (
    SectionSpec("months", "Consulten per maand", "Consultations by month", "period_month",
                chart="months"),
    SectionSpec("location_type", "Consulten per soort locatie", "Consultations by kind of location",
                "location_type"),
    SectionSpec("location", "Consulten per locatie", "Consultations by location", "location"),
    SectionSpec("organisation", "Vragen per organisatie", "Questions by organisation",
                "organisation", "questions"),
    SectionSpec("topic", "Vragen per onderwerp", "Questions by topic", "topic", "questions"),
    SectionSpec("help_form", "Vormen van hulp", "Forms of help", "help_form", "questions"),
    SectionSpec("result", "Resultaat van de hulp", "Result of the help", "result", "questions"),
    SectionSpec("referral_category", "Doorverwijzingen naar soort partner",
                "Referrals by kind of partner", "referral_category", "questions"),
    SectionSpec("warmth", "Doorverwijzingen: koud of warm", "Referrals: cold or warm", "warmth",
                "questions", chart=""),
    SectionSpec("problem", "Onderliggende problemen", "Underlying problems", "problem",
                "questions",
                intro_nl="Achter een eenvoudige vraag zit vaak een groter probleem. Medewerkers "
                "leggen dat vast als de bezoeker het zelf ter sprake brengt.",
                intro_en="Behind a simple question there is often a bigger problem. Staff record "
                "it when the visitor raises it."),
    SectionSpec("age_band", "Leeftijd (waar vastgelegd)", "Age (where recorded)", "age_band",
                chart="",
                intro_nl="De leeftijd is niet verplicht; 'Leeftijd onbekend' telt de consulten "
                "zonder leeftijd.",
                intro_en="Age is optional; 'Age unknown' counts the consultations without it."),
    SectionSpec("language", "Taal van het gesprek (waar vastgelegd)",
                "Language of the conversation (where recorded)", "language", chart=""),
)  # fmt: skip


@dataclass(frozen=True)
class Section:
    spec: SectionSpec
    table: ReportTable  # suppressed


@dataclass(frozen=True)
class QuarterlyReport:
    """Everything the documents show; every table already suppressed."""

    year: int
    quarter: int
    language: str
    source: str
    date_from: date
    date_to: date
    totals: ReportRow
    previous: ReportRow
    sections: tuple[Section, ...]
    generated_at: datetime = field(default_factory=lambda: datetime.now(UTC))

    @property
    def en(self) -> bool:
        return self.language == "en"

    @property
    def title(self) -> str:
        return quarterly_title(self.year, self.quarter, self.language)

    @property
    def short_title(self) -> str:
        """For the page footer: "Kwartaalrapportage IDO, 3e kwartaal 2026"."""
        if self.en:
            return f"Quarterly report IDO, Q{self.quarter} {self.year}"
        return f"Kwartaalrapportage IDO, {self.quarter}e kwartaal {self.year}"

    @property
    def period_text(self) -> str:
        return format_period(self.date_from, self.date_to, self.language)

    @property
    def made_text(self) -> str:
        return format_day(self.generated_at.date(), self.language)

    def notes(self) -> list[str]:
        en = self.en
        return [
            *report_notes(self.language, multi_counted=True, suppressed=True),
            "Vorig kwartaal: dezelfde cijfers over het kwartaal ervoor."
            if not en
            else "Previous quarter: the same figures for the quarter before.",
            (
                "Alleen consulten in een afgesloten of lopend spreekuur tellen mee, per "
                "consultdatum. Er worden geen persoonsgegevens vastgelegd."
            )
            if not en
            else ("Consultations count by their consultation date. No personal data is recorded."),
        ]


def parse_quarter(text: str) -> tuple[int, int]:
    """``"2026-Q3"`` (or ``2026Q3``, ``2026-K3``) -> ``(2026, 3)``."""
    match = _QUARTER.match(text.strip())
    if not match:
        raise ValidationError("E_REPORT_QUARTER", "quarter", value=text)
    return int(match.group(1)), int(match.group(2))


def quarter_bounds(year: int, quarter: int) -> tuple[date, date]:
    return period_bounds("period_quarter", f"{year}-Q{quarter}")


def previous_quarter(year: int, quarter: int) -> tuple[int, int]:
    return (year, quarter - 1) if quarter > 1 else (year - 1, 4)


def quarterly_title(year: int, quarter: int, language: str) -> str:
    if language == "en":
        ordinal = {1: "1st", 2: "2nd", 3: "3rd", 4: "4th"}[quarter]
        return f"Quarterly report Digital Government Information Point, {ordinal} quarter {year}"
    return f"Kwartaalrapportage Informatiepunt Digitale Overheid, {quarter}e kwartaal {year}"


def build_quarterly(
    reports: ReportService,
    year: int,
    quarter: int,
    language: str = "nl",
    source: str = "",
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> QuarterlyReport:
    """Count every section of the quarter (and the previous quarter's totals)."""
    date_from, date_to = quarter_bounds(year, quarter)
    total_steps = len(SECTIONS) + 2

    def step(done: int) -> None:
        if cancelled and cancelled():
            raise ReportCancelledError()
        if progress:
            progress(done, total_steps)

    step(0)
    totals = reports.build(ReportSpec(date_from, date_to), language).suppressed().totals
    step(1)
    previous_from, previous_to = quarter_bounds(*previous_quarter(year, quarter))
    previous = reports.build(ReportSpec(previous_from, previous_to), language)
    sections = []
    for n, section in enumerate(SECTIONS, start=2):
        step(n)
        spec = ReportSpec(date_from, date_to, (section.by,), section.measure)
        sections.append(Section(section, reports.build(spec, language).suppressed()))
    step(total_steps)
    return QuarterlyReport(
        year=year,
        quarter=quarter,
        language=language,
        source=source or "IDO Desktop",
        date_from=date_from,
        date_to=date_to,
        totals=totals,
        previous=previous.suppressed().totals,
        sections=tuple(sections),
    )


# --- Key figures, shared by PDF and XLSX. -----------------------------------------------------


@dataclass(frozen=True)
class KeyFigure:
    label: str
    value: str
    previous: str
    change: str


def key_figures(report: QuarterlyReport) -> list[KeyFigure]:
    """Consultations, questions, share referred and share warm, against the previous quarter."""
    en, lang = report.en, report.language
    now, before = report.totals, report.previous

    def count_change(a: object, b: object) -> str:
        if not isinstance(a, int) or not isinstance(b, int) or b == 0:
            return ""
        change = (a - b) / b
        text = f"{change * 100:+.0f}%"
        return text if en else text.replace(".", ",")

    def share_change(a: object, b: object) -> str:
        if not isinstance(a, float) or not isinstance(b, float):
            return ""
        points = (a - b) * 100
        text = f"{points:+.1f} " + ("pp" if en else "%-punt")
        return text if en else text.replace(".", ",")

    def share_text(value: object) -> str:
        if value == SHARE_SUPPRESSED or value is None:
            return str(value or "-")
        return format_cell(value, lang, share_cell=True)  # type: ignore[arg-type]

    return [
        KeyFigure(
            "Consultations" if en else "Consulten",
            format_cell(now.consultations, lang),
            format_cell(before.consultations, lang),
            count_change(now.consultations, before.consultations),
        ),
        KeyFigure(
            "Questions" if en else "Vragen",
            format_cell(now.questions, lang),
            format_cell(before.questions, lang),
            count_change(now.questions, before.questions),
        ),
        KeyFigure(
            "Questions referred" if en else "Vragen doorverwezen",
            share_text(now.referred_share),
            share_text(before.referred_share),
            share_change(now.referred_share, before.referred_share),
        ),
        KeyFigure(
            "Referred warmly" if en else "Warm doorverwezen",
            share_text(now.warm_share),
            share_text(before.warm_share),
            share_change(now.warm_share, before.warm_share),
        ),
    ]


# --- Writing. ------------------------------------------------------------------------------------


def write(report: QuarterlyReport, path: Path, format: str) -> Path:  # noqa: A002
    if format == "pdf":
        from ido_desktop.services.quarterly_pdf import write_quarterly_pdf

        return write_quarterly_pdf(report, path)
    if format == "xlsx":
        return write_quarterly_xlsx(report, path)
    raise ValidationError("E_REPORT_FORMAT", "format", value=format, known=", ".join(FORMATS))


def sheet_name(title: str, used: set[str]) -> str:
    """An Excel sheet name: at most 31 characters, none of ``[]:*?/\\``, unique."""
    name = re.sub(r"[\[\]:*?/\\]", " ", title)[:31].strip()
    base, n = name, 2
    while name.casefold() in used:
        suffix = f" ({n})"
        name, n = base[: 31 - len(suffix)] + suffix, n + 1
    used.add(name.casefold())
    return name


def write_quarterly_xlsx(report: QuarterlyReport, path: Path) -> Path:
    """A summary sheet (cover, key figures, contents, notes) and one sheet per section."""
    from openpyxl import Workbook

    from ido_desktop.services.report_export import _styles

    style = _styles()
    en = report.en
    book = Workbook()
    summary = book.active
    assert summary is not None
    used: set[str] = set()
    summary.title = sheet_name("Summary" if en else "Samenvatting", used)
    rows: list[tuple[Any, ...]] = [
        (report.title,),
        (("Period: " if en else "Periode: ") + report.period_text,),
        (("Made by: " if en else "Gemaakt door: ") + report.source,),
        (("Generated on " if en else "Gemaakt op ") + report.made_text,),
        (),
        (
            "Key figure" if en else "Kerncijfer",
            "This quarter" if en else "Dit kwartaal",
            "Previous quarter" if en else "Vorig kwartaal",
            "Change" if en else "Verandering",
        ),
    ]
    for figure in key_figures(report):
        rows.append((figure.label, figure.value, figure.previous, figure.change))
    for row in rows:
        summary.append(row)
    summary["A1"].font = style["title"]
    for cell in summary[6]:
        cell.font, cell.fill = style["header_font"], style["header_fill"]
    line = len(rows) + 2
    summary.cell(row=line, column=1, value="Sheets" if en else "Tabbladen").font = style["bold"]
    names = [sheet_name(s.spec.title(report.language), used) for s in report.sections]
    for n, name in enumerate(names, start=1):
        summary.cell(row=line + n, column=1, value=name)
    line += len(names) + 2
    summary.cell(row=line, column=1, value="Notes" if en else "Toelichting").font = style["bold"]
    for n, note in enumerate(report.notes(), start=1):
        summary.cell(row=line + n, column=1, value=note)
    summary.column_dimensions["A"].width = 34
    for letter in "BCD":
        summary.column_dimensions[letter].width = 18

    for section, name in zip(report.sections, names, strict=True):
        _section_sheet(book.create_sheet(name), section, report, style)
    path.parent.mkdir(parents=True, exist_ok=True)
    book.save(path)
    return path


def _section_sheet(sheet: Any, section: Section, report: QuarterlyReport, style: dict) -> None:
    from openpyxl.utils import get_column_letter

    table = section.table
    sheet["A1"] = section.spec.title(report.language)
    sheet["A1"].font = style["title"]
    sheet["A2"] = report.period_text
    intro = section.spec.intro(report.language)
    if intro:
        sheet["A3"] = intro
        sheet["A3"].font = style["muted"]
    header_row = 5
    labels = len(table.columns) - len(table.totals.values())
    shares = {labels + i for i in SHARE_COLUMNS}
    for col, name in enumerate(table.columns, start=1):
        cell = sheet.cell(row=header_row, column=col, value=name)
        cell.font, cell.fill = style["header_font"], style["header_fill"]
    lines = table.cell_rows()
    for r, cells in enumerate(lines, start=header_row + 1):
        total = r == header_row + len(lines)
        for c, value in enumerate(cells):
            cell = sheet.cell(row=r, column=c + 1, value=value)
            if c >= labels:
                cell.alignment = style["right"]
                if c in shares and isinstance(value, float):
                    cell.number_format = "0.0%"
                elif isinstance(value, int):
                    cell.number_format = "#,##0"
            if total:
                cell.font, cell.border = style["bold"], style["top_line"]
    note_row = header_row + len(lines) + 2
    for n, note in enumerate(table.notes()):
        sheet.cell(row=note_row + n, column=1, value=note).font = style["muted"]
    sheet.column_dimensions["A"].width = 40
    for col in range(2, len(table.columns) + 1):
        sheet.column_dimensions[get_column_letter(col)].width = 14
    sheet.freeze_panes = sheet.cell(row=header_row + 1, column=1)
