"""``ido-desktop retention [--months N] [--apply]``: reduce old record-level data to aggregates.

Without ``--apply`` it only previews: it prints as JSON what would go and changes nothing.
With ``--apply`` it removes the consultations dated before the cut-off day (today minus N
months, default 24) with their questions, referrals and history, in one transaction with one
audit entry; reports over those periods keep their totals.
"""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING, Any

from ido_desktop.domain.retention import DEFAULT_MONTHS

if TYPE_CHECKING:
    from ido_desktop.app import Services

EXIT_OK = 0


def add_parser(commands: Any) -> None:
    retention = commands.add_parser(
        "retention",
        help="backoffice: breng oude consulten terug tot tellingen (eerst een voorbeeld)",
        description="Toont als JSON wat ouder is dan de bewaartermijn; met --apply worden die "
        "consulten verwijderd en blijven alleen de tellingen voor rapportages over.",
    )
    retention.add_argument(
        "--months", type=int, default=DEFAULT_MONTHS, help="bewaartermijn in maanden (24)"
    )
    retention.add_argument("--apply", action="store_true", help="voer het echt uit")
    retention.add_argument("--actor", default="", help="naam voor het auditlog")


def run(services: Services, args: argparse.Namespace) -> int:
    retention = services.records.retention
    if args.apply:
        found = retention.apply(args.months, args.actor or f"cli:{services.device.name}")
    else:
        found = retention.preview(args.months)
    print(json.dumps(found.as_dict(), ensure_ascii=False, sort_keys=True))
    return EXIT_OK
