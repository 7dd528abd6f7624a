"""``ido-desktop audit``: the back office's audit log, as a table or as CSV (back office only).

``--format table`` prints the entries newest first; ``csv`` writes them for Excel (UTF-8 with a
byte-order mark) to ``--out FILE``, or to standard output without the mark.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ido_desktop.domain.audit import AuditFilter, AuditRow
from ido_desktop.domain.errors import IdoError, ValidationError
from ido_desktop.messages import language as environment_language

if TYPE_CHECKING:
    from ido_desktop.app import Services

EXIT_OK = 0
FORMATS = ("table", "csv")


def add_parser(commands: Any) -> None:
    audit = commands.add_parser(
        "audit",
        help="backoffice: het logboek van wijzigingen (tabel of CSV)",
        description="Het logboek van de backoffice: wie wat wanneer veranderde (correcties, "
        "laptops inschrijven en intrekken, koppelbestanden, imports, instellingen, opschonen). "
        "Nieuwste eerst.",
    )
    audit.add_argument("--from", dest="date_from", help="eerste dag, JJJJ-MM-DD")
    audit.add_argument("--to", dest="date_to", help="laatste dag, JJJJ-MM-DD")
    audit.add_argument("--action", help="alleen deze actie, bv. device.revoked")
    audit.add_argument("--actor", help="alleen wat deze installatie of medewerker deed")
    audit.add_argument("--subject", help="tekst in het onderwerp, bv. een consult-id")
    audit.add_argument("--format", choices=FORMATS, default="table")
    audit.add_argument("--out", help="bestand in plaats van het scherm")
    audit.add_argument("--lang", choices=("nl", "en"), help="taal van de kopregel")


def _day(text: str | None) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValidationError("E_AUDIT_DATE", "date", value=text) from None


def run(services: Services, args: argparse.Namespace) -> int:
    """The ``audit`` command; exit 1 (via IdoError) on refused input."""
    # Imported here: the parser is built on every start, and this pulls in SQLAlchemy.
    from ido_desktop.services.audit_service import AuditService

    audit = AuditService(services.store.session_factory)
    language = args.lang or environment_language()
    if args.action:
        known = audit.actions()
        if args.action not in known:
            raise ValidationError(
                "E_AUDIT_ACTION", "action", value=args.action, known=", ".join(known)
            )
    audit_filter = AuditFilter(
        date_from=_day(args.date_from),
        date_to=_day(args.date_to),
        action=args.action,
        actor=args.actor,
        text=args.subject,
    )
    out = Path(args.out) if args.out else None
    if args.format == "csv":
        if out is None:
            sys.stdout.write(audit.csv_text(audit_filter, language).replace("\r\n", "\n"))
        else:
            count = audit.export_csv(audit_filter, out, language)
            print(f"{count} regels geschreven: {out}", file=sys.stderr)
        return EXIT_OK
    text = rows_text(audit.find(audit_filter, limit=None), language)
    if out is None:
        print(text)
        return EXIT_OK
    try:
        out.write_text(text + "\n", encoding="utf-8")
    except OSError as exc:
        raise IdoError("E_AUDIT_WRITE_FAILED", str(exc), path=str(out)) from None
    return EXIT_OK


def rows_text(rows: list[AuditRow], language: str = "nl") -> str:
    """An aligned table, newest first; the details as JSON at the end of the line."""
    from ido_desktop.services.audit_service import details_text, local_time

    en = language == "en"
    header = ["Time", "By", "Action", "Subject", "Details"]
    if not en:
        header = ["Tijdstip", "Door", "Actie", "Onderwerp", "Details"]
    lines = [
        [local_time(r.at), r.actor, r.action, r.subject, details_text(r.details)] for r in rows
    ]
    widths = [max(len(line[i]) for line in [header, *lines]) for i in range(4)]

    def render(cells: list[str]) -> str:
        return "  ".join([*(c.ljust(widths[i]) for i, c in enumerate(cells[:4])), cells[4]])

    out = [render(header), "-" * len(render(header))]
    out += [render(line) for line in lines]
    if not lines:
        out.append("(no entries)" if en else "(geen regels)")
    return "\n".join(out)
