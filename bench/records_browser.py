"""How fast is the records browser on a big back office? Not run by the tests.

Fills a new back office with N demo consultations (DemoService on the back office itself, in
chunks), then times what the browser does for a few filters: the first page of ids (what the
table shows first: ``find_ids`` with a limit of 200), the whole ordered id list (``find_ids``,
fetched after the first page is shown), the count, and the rows of the first page (``rows``
of 200 ids).

    .venv/bin/python bench/records_browser.py            # 1,000,000 consultations
    .venv/bin/python bench/records_browser.py 200000 --keep /tmp/bench-store
    .venv/bin/python bench/records_browser.py 0 --keep /tmp/bench-store   # time an existing one
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from datetime import timedelta
from pathlib import Path

from ido_desktop.app import initialise, open_services
from ido_desktop.domain.records import BRANCH, RecordFilter, RecordSort
from ido_desktop.domain.vocab import Role
from ido_desktop.paths import DataPaths
from ido_desktop.services.demo_service import DemoService

CHUNK = 50_000
PAGE = 200


def _fill(services, n: int) -> None:
    demo = DemoService(services.store.session_factory, services.clock, services.device.device_id)
    catalog = services.reference.catalog()
    done = 0
    started = time.perf_counter()
    while done < n:
        size = min(CHUNK, n - done)
        demo.generate(size, catalog, seed=1 + done // CHUNK, refresh_reports=False)
        done += size
        rate = done / (time.perf_counter() - started)
        print(f"  filled {done:>9,} consultations ({rate:,.0f}/s)", flush=True)
    started = time.perf_counter()
    days = services.reports.refresh()
    print(f"  report cells of {days} days in {time.perf_counter() - started:.1f} s", flush=True)


def _time(call, repeat: int = 3):  # type: ignore[no-untyped-def]
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = call()
        times.append(time.perf_counter() - start)
    return result, statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("consultations", type=int, nargs="?", default=1_000_000)
    parser.add_argument("--keep", type=Path, help="store folder to create or reuse")
    parser.add_argument("--database-url", help="e.g. a PostgreSQL URL (default: SQLite)")
    args = parser.parse_args()
    root = args.keep or Path(tempfile.mkdtemp(prefix="ido-bench-"))
    paths = DataPaths(root)
    if paths.database.exists() or (args.database_url and args.consultations == 0):
        services = open_services(paths, args.database_url)
    else:
        services = initialise(paths, Role.BACKOFFICE, "Bench back office", args.database_url)
    print(f"store: {args.database_url or paths.database}")
    if args.consultations:
        _fill(services, args.consultations)
    records = services.records
    today = services.consults.today()
    filters = {
        "everything": RecordFilter(),
        "last 90 days": RecordFilter(date_from=today - timedelta(days=90)),
        "organisation uwv": RecordFilter(organisation="uwv"),
        "all branches, result deels": RecordFilter(location_type=BRANCH, result="deels"),
        "pop-up voedselbank": RecordFilter(location_type="voedselbank"),
        "warme overdracht": RecordFilter(warmth="warme_overdracht"),
        "topic huurtoeslag + 1 year": RecordFilter(
            topic="huurtoeslag", date_from=today - timedelta(days=365)
        ),
        "note contains 'cursus'": RecordFilter(note_text="cursus"),
    }
    print(
        f"{'filter':<30} {'found':>9} {'1st page':>9} {'find_ids':>9} {'count':>8}"
        f" {'rows(200)':>10}"
    )
    for name, record_filter in filters.items():
        first, first_s = _time(lambda f=record_filter: records.find_ids(f, limit=PAGE))
        ids, find_s = _time(lambda f=record_filter: records.find_ids(f))
        assert first == ids[:PAGE]
        count, count_s = _time(lambda f=record_filter: records.count(f))
        assert count == len(ids)
        _rows, rows_s = _time(lambda i=ids: records.rows(i[:PAGE]))
        print(
            f"{name:<30} {count:>9,} {first_s * 1000:>7.0f}ms {find_s * 1000:>7.0f}ms"
            f" {count_s * 1000:>6.0f}ms {rows_s * 1000:>8.1f}ms"
        )
    for sort in RecordSort:
        _ids, page_s = _time(lambda s=sort: records.find_ids(RecordFilter(), s, True, PAGE), 1)
        _ids, sort_s = _time(lambda s=sort: records.find_ids(RecordFilter(), s, True), 1)
        print(
            f"sort everything by {sort.value:<13} first page {page_s * 1000:>6.0f}ms"
            f"  all ids {sort_s * 1000:>6.0f}ms"
        )
    services.close()


if __name__ == "__main__":
    main()
