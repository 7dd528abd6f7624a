"""``ido-desktop signals``: bottleneck signals per organisation and kind, and feedback sheets.

``--format table`` prints exact numbers for the back office itself; ``csv`` hides counts below
5, like every export. ``--feedback ORG`` writes the partner feedback sheet (PDF or XLSX) with
the example notes named by ``--notes`` (ids from ``--list-notes ORG``).
"""

from __future__ import annotations

import argparse
import csv
import io
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ido_desktop.cli_report import _day
from ido_desktop.domain.report import suppress
from ido_desktop.domain.report_labels import format_cell, format_period
from ido_desktop.domain.signals import SignalRow, month_start
from ido_desktop.messages import language as environment_language
from ido_desktop.services.feedback_sheet import month_label

if TYPE_CHECKING:
    from ido_desktop.app import Services

EXIT_OK, EXIT_USAGE = 0, 2
FORMATS = ("table", "csv", "pdf", "xlsx")


def add_parser(commands: Any) -> None:
    signals = commands.add_parser(
        "signals",
        help="knelpunten per organisatie en soort, met stijgende trends; feedbackbladen",
        description="Signalen per organisatie en soort knelpunt in een periode, met de trend "
        "van de maand van --to (stijgend: minstens 5 en minstens 1,5 keer het gemiddelde van de "
        "drie maanden ervoor). Met --feedback ORG: het feedbackblad voor die organisatie.",
    )
    signals.add_argument("--from", dest="date_from", required=True, help="eerste dag, JJJJ-MM-DD")
    signals.add_argument("--to", dest="date_to", required=True, help="laatste dag, JJJJ-MM-DD")
    signals.add_argument("--format", choices=FORMATS, default="table")
    signals.add_argument("--out", help="bestand (nodig voor pdf en xlsx)")
    signals.add_argument("--lang", choices=("nl", "en"), help="taal van de uitvoer")
    signals.add_argument("--feedback", metavar="ORG", help="feedbackblad voor deze organisatie")
    signals.add_argument("--notes", default="", help="id's van voorbeeldnotities, met komma's")
    signals.add_argument(
        "--list-notes", metavar="ORG", help="toon de notities die als voorbeeld kunnen dienen"
    )


def _usage(text: str) -> int:
    print(f"signals: {text}", file=sys.stderr)
    return EXIT_USAGE


def run(services: Services, args: argparse.Namespace) -> int:
    """The ``signals`` command; exit 2 on wrong usage, 1 (via IdoError) on refused input."""
    sheet = args.format in ("pdf", "xlsx")
    if args.feedback and args.list_notes:
        return _usage("--feedback en --list-notes gaan niet samen")
    if args.feedback and not sheet:
        return _usage("een feedbackblad is --format pdf of xlsx")
    if sheet and not args.feedback:
        return _usage(f"--format {args.format} is voor een feedbackblad: geef --feedback ORG")
    if sheet and not args.out:
        return _usage(f"--format {args.format} heeft --out BESTAND nodig")
    if args.notes and not args.feedback:
        return _usage("--notes hoort bij --feedback ORG")
    language = args.lang or environment_language()
    date_from, date_to = _day(args.date_from), _day(args.date_to)
    signals = services.signals
    if args.list_notes:
        notes = signals.example_notes(args.list_notes, date_from, date_to)
        for note in notes:
            print(f"{note.id}\t{note.consult_date.isoformat()}\t{note.kind}\t{note.note}")
        return EXIT_OK
    if args.feedback:
        path = signals.feedback_sheet(
            args.feedback,
            date_from,
            date_to,
            [i for i in args.notes.split(",") if i.strip()],
            Path(args.out),
            format=args.format,
            language=language,
        )
        print(f"feedbackblad geschreven: {path}", file=sys.stderr)
        return EXIT_OK
    rows = signals.overview(date_from, date_to, language)
    out = Path(args.out) if args.out else None
    if args.format == "csv":
        text = rows_csv(rows, language)
        if out is None:
            sys.stdout.write(text.replace("\r\n", "\n"))
        else:
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_text(text, encoding="utf-8-sig", newline="")
            print(f"signalen geschreven: {out}", file=sys.stderr)
        return EXIT_OK
    text = rows_text(rows, date_from, date_to, language)
    if out is None:
        print(text)
    else:
        out.write_text(text + "\n", encoding="utf-8")
    return EXIT_OK


def _headers(language: str, month: str) -> list[str]:
    if language == "en":
        return ["Organisation", "Kind", "Signals", month, "3 months before", "Trend"]
    return ["Organisatie", "Soort knelpunt", "Signalen", month, "3 maanden ervoor", "Trend"]


def _rising(row: SignalRow, language: str) -> str:
    if not row.trend.rising:
        return ""
    return "rising" if language == "en" else "stijgend"


def rows_csv(rows: list[SignalRow], language: str = "nl") -> str:
    """CSV with counts below 5 hidden (``<5``); the previous months joined with ``/``."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(_headers(language, _this(language)))
    for row in rows:
        writer.writerow(
            [
                row.organisation_label,
                row.kind_label,
                suppress(row.count),
                suppress(row.trend.this_month),
                "/".join(str(suppress(n)) for n in row.trend.previous_three),
                _rising(row, language),
            ]
        )
    return buffer.getvalue()


def _this(language: str) -> str:
    return "This month" if language == "en" else "Deze maand"


def rows_text(rows: list[SignalRow], date_from: Any, date_to: Any, language: str = "nl") -> str:
    """An aligned table with exact numbers (internal)."""
    en = language == "en"
    month = month_label(f"{date_to.year:04d}-{date_to.month:02d}", language)
    header = _headers(language, month)
    lines = [
        [
            row.organisation_label,
            row.kind_label,
            format_cell(row.count, language),
            format_cell(row.trend.this_month, language),
            " / ".join(str(n) for n in row.trend.previous_three),
            ("▲ " + _rising(row, language)) if row.trend.rising else "",
        ]
        for row in rows
    ]
    widths = [max(len(r[i]) for r in [header, *lines]) for i in range(len(header))]
    right = {2, 3, 4}

    def render(cells: list[str]) -> str:
        return "  ".join(
            c.rjust(widths[i]) if i in right else c.ljust(widths[i]) for i, c in enumerate(cells)
        ).rstrip()

    start = month_start(date_to)
    out = [
        ("Period: " if en else "Periode: ") + format_period(date_from, date_to, language),
        (
            f"Trend: {month} (from {start.day} to {date_to.day}) against the three months before"
            if en
            else f"Trend: {month} ({start.day} t/m {date_to.day}) tegen de drie maanden ervoor"
        ),
        "",
        render(header),
        "-" * len(render(header)),
    ]
    out += [render(line) for line in lines]
    if not lines:
        out.append("(no signals)" if en else "(geen signalen)")
    out += [
        "",
        "Exact numbers, internal: do not share as is."
        if en
        else "Exacte aantallen, intern: niet zo delen.",
    ]
    return "\n".join(out)
