"""``ido-desktop report``: figures for the municipality and the KB (PRODUCT.md 6, 7).

``--format table`` prints exact numbers for the back office itself; CSV, XLSX and PDF are for
others and hide counts below 5. Both roles may report on what their store holds.
"""

from __future__ import annotations

import argparse
import sys
import textwrap
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ido_desktop.domain.errors import ValidationError
from ido_desktop.domain.report import (
    DIMENSIONS,
    MEASURES,
    SHARE_COLUMNS,
    KbItem,
    ReportSpec,
    ReportTable,
    parse_dimensions,
    suppress_items,
)
from ido_desktop.domain.report_labels import (
    format_cell,
    format_period,
)
from ido_desktop.messages import language as environment_language

if TYPE_CHECKING:
    from ido_desktop.app import Services

EXIT_OK, EXIT_USAGE = 0, 2
FORMATS = ("table", "csv", "xlsx", "pdf")


def add_parser(commands: Any) -> None:
    report = commands.add_parser(
        "report",
        help="cijfers per periode, locatie, organisatie, ... (of --kb: de KB-lijst)",
        description="Tabel met exacte aantallen (intern) of een export (CSV, XLSX, PDF) waarin "
        "aantallen onder 5 verborgen zijn. Indelingen: " + ", ".join(DIMENSIONS),
    )
    report.add_argument("--from", dest="date_from", help="eerste dag, JJJJ-MM-DD")
    report.add_argument("--to", dest="date_to", help="laatste dag, JJJJ-MM-DD")
    report.add_argument("--by", help="indeling(en), met komma's: bv. location,organisation")
    report.add_argument("--measure", choices=MEASURES, default="consultations")
    report.add_argument("--format", choices=FORMATS, default="table")
    report.add_argument("--out", help="bestand (nodig voor xlsx en pdf)")
    report.add_argument("--lang", choices=("nl", "en"), help="taal van het rapport")
    report.add_argument("--title", help="titel boven het rapport (xlsx, pdf)")
    report.add_argument("--kb", action="store_true", help="de lijst voor de KB-registratie")
    report.add_argument(
        "--quarterly",
        metavar="JJJJ-Qn",
        help="de kwartaalrapportage voor de gemeente (--format pdf of xlsx, --out BESTAND)",
    )


def _usage(text: str) -> int:
    print(f"report: {text}", file=sys.stderr)
    return EXIT_USAGE


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValidationError("E_REPORT_DATE", "date", value=text) from None


def run(services: Services, args: argparse.Namespace) -> int:
    """The ``report`` command; exit 2 on wrong usage, 1 (via IdoError) on refused input."""
    if args.quarterly:
        return _quarterly(services, args)
    if not args.date_from or not args.date_to:
        return _usage("geef --from en --to (of --quarterly JJJJ-Qn)")
    if args.kb and args.by:
        return _usage("--kb en --by gaan niet samen")
    if not args.kb and not args.by:
        return _usage("geef --by INDELING (of --kb)")
    if args.kb and args.format == "pdf":
        return _usage("de KB-lijst kan als table, csv of xlsx")
    if args.format in ("xlsx", "pdf") and not args.out:
        return _usage(f"--format {args.format} heeft --out BESTAND nodig")
    language = args.lang or environment_language()
    date_from, date_to = _day(args.date_from), _day(args.date_to)
    out = Path(args.out) if args.out else None
    reports = services.reports
    if args.kb:
        items = reports.kb_list(date_from, date_to, language)
        if args.format == "table":
            print(_kb_text(items, date_from, date_to, language))
        elif args.format == "csv":
            _emit(reports.kb_to_csv(suppress_items(items), out), out)
        else:
            assert out is not None
            reports.kb_to_xlsx(suppress_items(items), out, date_from, date_to, language)
            _written(out)
        return EXIT_OK

    spec = ReportSpec(date_from, date_to, parse_dimensions(args.by), args.measure)
    table = reports.build(spec, language)
    if args.format == "table":
        print(table_text(table))
    elif args.format == "csv":
        _emit(reports.to_csv(table, out), out)
    elif args.format == "xlsx":
        assert out is not None
        _written(reports.to_xlsx(table, out, args.title))
    else:
        assert out is not None
        _written(reports.to_pdf(table, out, args.title, source=services.device.name))
    return EXIT_OK


def _quarterly(services: Services, args: argparse.Namespace) -> int:
    """``report --quarterly 2026-Q3 --format pdf|xlsx --out FILE``: the municipal report."""
    from ido_desktop.services.quarterly_report import parse_quarter

    if args.kb or args.by or args.date_from or args.date_to:
        return _usage("--quarterly gaat niet samen met --kb, --by, --from of --to")
    if not args.out:
        return _usage("--quarterly heeft --out BESTAND nodig")
    kind = args.format
    if kind == "table":  # not given: the file name decides
        kind = "xlsx" if args.out.lower().endswith(".xlsx") else "pdf"
    if kind not in ("pdf", "xlsx"):
        return _usage("de kwartaalrapportage kan als pdf of xlsx")
    year, quarter = parse_quarter(args.quarterly)
    language = args.lang or environment_language()
    path = services.reports.quarterly_report(
        year, quarter, Path(args.out), kind, language, source=services.device.name
    )
    _written(path)
    return EXIT_OK


def _emit(text: str, out: Path | None) -> None:
    if out is None:
        sys.stdout.write(text.replace("\r\n", "\n"))
    else:
        _written(out)


def _written(path: Path) -> None:
    print(f"rapport geschreven: {path}", file=sys.stderr)


def table_text(table: ReportTable) -> str:
    """An aligned plain-text table (exact numbers unless the table is suppressed)."""
    lang = table.language
    labels = table.dimension_count or 1
    shares = {labels + i for i in SHARE_COLUMNS}
    lines = [
        [
            str(v) if i < labels else format_cell(v, lang, share_cell=i in shares)  # type: ignore[arg-type]
            for i, v in enumerate(cells)
        ]
        for cells in table.cell_rows()
    ]
    header = list(table.columns)
    widths = [max(len(row[i]) for row in [header, *lines]) for i in range(len(header))]

    def render(row: list[str]) -> str:
        return "  ".join(
            cell.ljust(widths[i]) if i < labels else cell.rjust(widths[i])
            for i, cell in enumerate(row)
        ).rstrip()

    rule = "-" * len(render(header))
    period = format_period(table.spec.date_from, table.spec.date_to, lang)
    out = [("Period: " if lang == "en" else "Periode: ") + period, "", render(header), rule]
    out += [render(row) for row in lines[:-1]]
    out += [rule, render(lines[-1]), ""]
    out += [textwrap.fill(note, width=100) for note in table.notes()]
    return "\n".join(out)


def _kb_text(items: list[KbItem], date_from: date, date_to: date, language: str) -> str:
    width = max((len(i.label) for i in items), default=10) + 2
    out = [
        ("KB list, " if language == "en" else "KB-lijst, ")
        + format_period(date_from, date_to, language),
        "(approximates the KB form; exact numbers, internal)"
        if language == "en"
        else "(benadert het KB-formulier; exacte aantallen, intern)",
    ]
    section = None
    for item in items:
        if item.section != section:
            section = item.section
            out += ["", section]
        out.append(f"  {item.label.ljust(width)}{format_cell(item.value, language):>10}")
    return "\n".join(out)
