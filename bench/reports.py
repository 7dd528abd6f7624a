"""How fast are reports on a big back office? Not run by the tests.

Opens an existing store (make one with ``ido-desktop init --role backoffice`` and ``demo``),
brings the report cells up to date (timed: after an upgrade or new demo data this computes
every day once), then times each report as the reports page builds it, the KB list and the
2026-Q3 quarterly PDF. ``--reference`` also times counting the records directly
(``report_repo.group_counts``, the way every report was counted before schema 0004).

    .venv/bin/python bench/reports.py /tmp/bench1m
    .venv/bin/python bench/reports.py /tmp/bench1m --reference
"""

from __future__ import annotations

import argparse
import tempfile
import time
from datetime import date
from pathlib import Path

from ido_desktop.app import open_services
from ido_desktop.db.repositories import report_repo
from ido_desktop.domain.errors import IdoError
from ido_desktop.domain.report import ReportSpec
from ido_desktop.paths import DataPaths

REPORTS: tuple[tuple[str, ...], ...] = (
    (),
    ("period_month",),
    ("location",),
    ("location_type",),
    ("organisation",),
    ("topic",),
    ("help_form",),
    ("result",),
    ("referral_category",),
    ("warmth",),
    ("problem",),
    ("age_band",),
    ("language",),
    ("spreekuur_hour",),
    ("period_quarter", "organisation"),
    ("location", "organisation"),
    ("period_month", "location", "warmth"),
    ("age_band", "language", "channel"),  # report cubes (schema 0005)
    ("location_type", "found_via", "duration_band"),
    ("organisation", "result"),  # a pair cube (schema 0005)
    ("organisation", "problem"),  # two question fields without a cube: counted from the records
)


def _ms(start: float) -> str:
    return f"{(time.perf_counter() - start) * 1000:>8.0f}ms"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("store", type=Path)
    parser.add_argument("--database-url")
    parser.add_argument("--reference", action="store_true", help="also time the old counting")
    parser.add_argument("--from", dest="date_from", default="2024-01-01")
    parser.add_argument("--to", dest="date_to", default="2027-12-31")
    args = parser.parse_args()
    services = open_services(DataPaths(args.store), args.database_url)
    reports = services.reports
    start = time.perf_counter()
    days = reports.refresh()
    print(f"refresh report cells ({days} days)      {_ms(start)}")
    date_from, date_to = date.fromisoformat(args.date_from), date.fromisoformat(args.date_to)
    for by in REPORTS:
        spec = ReportSpec(date_from, date_to, by)
        start = time.perf_counter()
        try:
            table = reports.build(spec)
        except IdoError as exc:  # E_REPORT_REDUCED after retention
            print(f"report by {','.join(by):<34} refused: {exc.code}")
            continue
        line = f"report by {','.join(by) or '(totals)':<34} {_ms(start)}"
        if args.reference:
            start = time.perf_counter()
            sql_keys = [d.sql_key for d in spec.dimensions]
            with services.store.session_factory() as session:
                report_repo.group_counts(session, date_from, date_to, sql_keys)
                report_repo.total_counts(session, date_from, date_to)
            line += f"   records: {_ms(start)}"
        print(f"{line}   ({table.totals.consultations:,} consultations, {len(table.rows)} rows)")
    start = time.perf_counter()
    reports.kb_list(date_from, date_to)
    print(f"KB list                                      {_ms(start)}")
    with tempfile.TemporaryDirectory() as folder:
        start = time.perf_counter()
        reports.quarterly_report(2026, 3, Path(folder) / "q.pdf")
        print(f"quarterly report 2026-Q3 (PDF)              {_ms(start)}")
    services.close()


if __name__ == "__main__":
    main()
