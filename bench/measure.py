"""One measurement per process, started by ``bench/run.py``; prints one JSON line on stdout.

    python bench/measure.py prepare-field N       build (or reuse) the cached stores ...
    python bench/measure.py prepare-pair N
    python bench/measure.py prepare-backoffice N
    python bench/measure.py save N SAVES          register SAVES consultations with N stored
    python bench/measure.py export N WORK         laptop with N consultations writes a sync file
    python bench/measure.py import N WORK         the back office imports that file
    python bench/measure.py raw N WORK            sqlite3 executemany of the same rows
    python bench/measure.py records N FILTER      one records-browser filter on N consultations
    python bench/measure.py report N REPORT       one report on N consultations
    python bench/measure.py scan N                sqlite3 reads one column of every consultation
    python bench/measure.py guard N               the privacy guard on every note of N consultations

Times are ``time.perf_counter`` around the call only: opening the store and building the services
are outside it (start-up is measured on its own). Progress goes to stderr.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import _common
from sqlalchemy import text

from ido_desktop.paths import DataPaths

RECORD_TABLES = (
    "spreekuur",
    "consult",
    "vraag",
    "vraag_organisation",
    "vraag_help",
    "vraag_problem",
    "doorverwijzing",
)
PAGE = 200


def emit(**values: Any) -> None:
    print(json.dumps(values, default=str), flush=True)


def percentile(values: list[float], fraction: float) -> float:
    """Nearest-rank percentile."""
    ordered = sorted(values)
    rank = max(1, min(len(ordered), round(fraction * len(ordered) + 0.5)))
    return ordered[rank - 1]


# --- preparing the cached stores -----------------------------------------------------------


def prepare(kind: str, n: int) -> None:
    started = time.perf_counter()
    if kind == "field":
        path = _common.field_store(n)
    elif kind == "pair":
        path = _common.paired_stores(n)[1]
    else:
        path = _common.backoffice_store(n)
    emit(path=str(path), seconds=time.perf_counter() - started)


# --- unlocking ----------------------------------------------------------------------------


def unlock(store: Path, repeat: int = 3) -> None:
    """The deliberate cost in every start: Argon2id unwrapping the store key (db.keyfile)."""
    from ido_desktop.db import keyfile

    wrapped = keyfile.load(DataPaths(store).keyfile)
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        keyfile.unwrap(wrapped, os.environ["IDO_PASSPHRASE"])
        times.append(time.perf_counter() - started)
    params = wrapped.passphrase.params
    emit(
        seconds=statistics.median(times),
        memory_kib=params.memory_kib,
        iterations=params.iterations,
    )


# --- saving a consultation -----------------------------------------------------------------


def save(n: int, saves: int, warmup: int = 20) -> None:
    from ido_desktop.domain.model import ConsultDraft, QuestionDraft, ReferralDraft
    from ido_desktop.domain.vocab import DurationBand, PartOfDay, Warmth

    source = _common.field_store(n)
    with tempfile.TemporaryDirectory(prefix="ido-bench-save-") as tmp:
        services = _common.open_existing(_common.copy_store(source, Path(tmp) / "laptop"))
        try:
            catalog = services.reference.catalog()
            services.spreekuren.start("centrale_bibliotheek", "MW07", catalog)
            partner = catalog.items("partners")[0].code
            draft = ConsultDraft(
                consult_date=services.consults.today(),
                part_of_day=PartOfDay.OCHTEND,
                duration_band=DurationBand.FROM_10_TO_20,
                questions=(
                    QuestionDraft(
                        organisations=("belastingdienst", "toeslagen"),
                        topic="aangifte_inkomstenbelasting",
                        help_forms=("uitleg",),
                        result="opgelost",
                    ),
                    QuestionDraft(
                        organisations=("digid_logius",),
                        topic="digid",
                        digid_detail="wachtwoord",
                        help_forms=("meekijken", "uitleg"),
                        result="deels",
                        referrals=(
                            ReferralDraft(warmth=Warmth.WARM_CONTACT, partner_code=partner),
                        ),
                    ),
                ),
            )
            times = []
            for index in range(warmup + saves):
                started = time.perf_counter()
                services.consults.register(draft, catalog)
                elapsed = time.perf_counter() - started
                if index >= warmup:
                    times.append(elapsed)
            stored = services.stats.stats().consultations
        finally:
            services.close()
    emit(
        stored_before=n,
        stored_after=stored,
        saves=saves,
        median_ms=statistics.median(times) * 1000,
        p99_ms=percentile(times, 0.99) * 1000,
        max_ms=max(times) * 1000,
        mean_ms=statistics.fmean(times) * 1000,
    )


# --- export, import and the raw insert -----------------------------------------------------


def export(n: int, work: Path) -> None:
    _office, laptop_source = _common.paired_stores(n)
    stick = work / "stick"
    stick.mkdir(parents=True, exist_ok=True)
    for old in stick.glob("*.idosync"):
        old.unlink()
    services = _common.open_existing(_common.copy_store(laptop_source, work / "laptop"))
    try:
        started, cpu = time.perf_counter(), time.process_time()
        result = services.exports.export(stick)
        seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    finally:
        services.close()
    size = Path(result.path).stat().st_size
    emit(seconds=seconds, cpu_s=cpu, records=result.records, file=result.path, file_bytes=size)


def import_(n: int, work: Path) -> None:
    office_source, _laptop = _common.paired_stores(n)
    files = sorted((work / "stick").glob("*.idosync"))
    if len(files) != 1:
        raise SystemExit(f"expected one sync file in {work / 'stick'} (run export first)")
    services = _common.open_existing(_common.copy_store(office_source, work / "office"))
    try:
        started, cpu = time.perf_counter(), time.process_time()
        results = services.imports.import_files(files)
        seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
        consultations = services.stats.stats().consultations
    finally:
        services.close()
    (result,) = results
    if result.result != "imported":
        raise SystemExit(f"import refused: {result}")
    emit(seconds=seconds, cpu_s=cpu, applied=result.applied, consultations=consultations)


def raw(n: int, work: Path) -> None:
    """The floor: the same rows into the same (empty, migrated) tables with sqlite3 executemany,
    into a plain SQLite file and into a SQLCipher one with the store's key.

    Same pragmas as the program (WAL, synchronous=FULL, foreign keys), one transaction; the
    rows are read from the laptop before the clock starts.
    """

    _office, laptop_source = _common.paired_stores(n)
    services = _common.open_existing(_common.copy_store(laptop_source, work / "raw-source"))
    rows: dict[str, tuple[list[str], list[tuple[Any, ...]]]] = {}
    try:
        with services.store.engine.connect() as conn:
            for table in RECORD_TABLES:
                result = conn.execute(text(f"SELECT * FROM {table}"))  # noqa: S608
                rows[table] = (list(result.keys()), [tuple(r) for r in result])
    finally:
        services.close()
    # The raw columns hold what SQLAlchemy returned; give sqlite3 what it would store.
    for table, (columns, values) in rows.items():
        rows[table] = (columns, [tuple(_plain(v) for v in row) for row in values])
    timings = {}
    for variant, key in (("plain", None), ("cipher", services.store.key)):
        timings[variant] = _raw_insert(work / f"raw-{variant}.sqlite3", rows, key)
    total = sum(len(values) for _columns, values in rows.values())
    by_table = {t: len(rows[t][1]) for t in RECORD_TABLES}
    emit(
        seconds=timings["plain"][0],
        cpu_s=timings["plain"][1],
        cipher_seconds=timings["cipher"][0] if services.store.key else None,
        cipher_cpu_s=timings["cipher"][1] if services.store.key else None,
        rows=total,
        rows_by_table=by_table,
    )


def _raw_insert(
    database: Path, rows: dict[str, tuple[list[str], list[tuple[Any, ...]]]], key: bytes | None
) -> tuple[float, float]:
    """executemany of every row in one transaction; with ``key`` into a SQLCipher store."""
    from ido_desktop.db import backups, migrate
    from ido_desktop.db.engine import make_engine

    for suffix in ("", "-wal", "-shm"):
        Path(f"{database}{suffix}").unlink(missing_ok=True)
    engine = make_engine(f"sqlite:///{database}", key=key)
    with engine.begin() as conn:
        migrate.upgrade(conn)
    engine.dispose()
    connection = backups.connect(database, key)
    connection.isolation_level = None
    # Only the inserts: the report-cell triggers (schema 0004) are left out, as the import's
    # own bulk path leaves them out and marks the days once (report_agg_repo).
    triggers = connection.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")
    for (name,) in triggers.fetchall():
        connection.execute(f'DROP TRIGGER "{name}"')
    for pragma in ("journal_mode=WAL", "foreign_keys=ON", "synchronous=FULL"):
        connection.execute(f"PRAGMA {pragma}")
    started, cpu = time.perf_counter(), time.process_time()
    connection.execute("BEGIN")
    for table in RECORD_TABLES:
        columns, values = rows[table]
        marks = ", ".join("?" * len(columns))
        connection.executemany(
            f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})",  # noqa: S608
            values,
        )
    connection.execute("COMMIT")
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    connection.close()
    return seconds, cpu


def _plain(value: Any) -> Any:
    if isinstance(value, bool):
        return int(value)
    if hasattr(value, "isoformat"):
        return value.isoformat(sep=" ") if hasattr(value, "hour") else value.isoformat()
    return value


# --- records browser and reports -----------------------------------------------------------


def _record_filters(today: date) -> dict[str, Any]:
    from ido_desktop.domain.records import BRANCH, RecordFilter

    return {
        "everything": RecordFilter(),
        "last-90-days": RecordFilter(date_from=today - timedelta(days=90)),
        "organisation-uwv": RecordFilter(organisation="uwv"),
        "branches-result-deels": RecordFilter(location_type=BRANCH, result="deels"),
        "popup-voedselbank": RecordFilter(location_type="voedselbank"),
        "warme-overdracht": RecordFilter(warmth="warme_overdracht"),
        "topic-huurtoeslag-1-year": RecordFilter(
            topic="huurtoeslag", date_from=today - timedelta(days=365)
        ),
        "note-contains-cursus": RecordFilter(note_text="cursus"),
    }


SLOW_S = 3.0  # a call slower than this (10x the target) is not repeated: the verdict is clear


def _time(call: Callable[[], Any], repeat: int) -> tuple[Any, list[float]]:
    times, result = [], None
    for _ in range(repeat):
        started = time.perf_counter()
        result = call()
        times.append(time.perf_counter() - started)
        if times[-1] > SLOW_S:
            break
    return result, times


def records(n: int, name: str, repeat: int = 3) -> None:
    services = _common.open_existing(_common.backoffice_store(n))
    try:
        record_filter = _record_filters(services.consults.today())[name]
        browser = services.records
        # What the page does when a filter changes: the first page (ids with a limit, then their
        # rows) is shown at once; the whole ordered id list and the count follow in a worker.
        first_s = None
        times = []
        counts = []
        rows_times = []
        for _ in range(repeat):
            started = time.perf_counter()
            page_ids = browser.find_ids(record_filter, limit=PAGE)
            found = time.perf_counter()
            browser.rows(page_ids)
            done = time.perf_counter()
            times.append(done - started)
            rows_times.append(done - found)
            first_s = first_s if first_s is not None else done - started
        ids, full_times = _time(lambda: browser.find_ids(record_filter), repeat)
        count, count_times = _time(lambda: browser.count(record_filter), repeat)
        counts.append(count)
    finally:
        services.close()
    emit(
        runs=len(times),
        found=len(ids),
        first_s=first_s,
        median_s=statistics.median(times),
        rows_page_s=statistics.median(rows_times),
        full_list_s=statistics.median(full_times),
        count_s=statistics.median(count_times),
    )


def _reports(today: date) -> dict[str, Callable[[Any], Any]]:
    from ido_desktop.domain.report import ReportSpec

    year_ago = today - timedelta(days=364)

    def build(*by: str, measure: str = "consultations") -> Callable[[Any], Any]:
        return lambda reports: reports.build(ReportSpec(year_ago, today, by, measure))

    last_quarter = (today.month - 1) // 3 or 4
    quarter_year = today.year if last_quarter != 4 else today.year - 1
    return {
        "totals-1-year": build(),
        "by-organisation": build("organisation", measure="questions"),
        "by-topic": build("topic", measure="questions"),
        "by-month-location": build("period_month", "location"),
        "by-warmth": build("warmth", measure="questions"),
        "by-age-language-channel": build("age_band", "language", "channel"),
        "kb-list-1-year": lambda reports: reports.kb_list(year_ago, today),
        "quarterly-xlsx": lambda reports: reports.quarterly_report(
            quarter_year,
            last_quarter,
            Path(tempfile.mkdtemp(prefix="ido-bench-q-")) / "q.xlsx",
            format="xlsx",
        ),
    }


def report(n: int, name: str, repeat: int = 3) -> None:
    services = _common.open_existing(_common.backoffice_store(n))
    try:
        call = _reports(services.consults.today())[name]
        _result, times = _time(lambda: call(services.reports), repeat)
    finally:
        services.close()
    emit(runs=len(times), first_s=times[0], median_s=statistics.median(times))


def scan(n: int, repeat: int = 3) -> None:
    """Baseline for the browser and the reports: SQLite reads one column of every consultation.

    ``SELECT count(*), max(consult_date) FROM consult`` must visit every row of the table, the
    floor for a query that groups all consultations by one of their columns. It runs on the
    DB-API connection under the store's engine, so an encrypted store is read the same way.
    """
    services = _common.open_existing(_common.backoffice_store(n))
    try:
        connection = services.store.engine.raw_connection()
        try:
            cursor = connection.cursor()
            query = "SELECT count(*), max(consult_date) FROM consult NOT INDEXED"
            cursor.execute(query).fetchone()  # warm the page cache, as for the measured calls
            times = []
            for _ in range(repeat):
                started = time.perf_counter()
                cursor.execute(query).fetchone()
                times.append(time.perf_counter() - started)
        finally:
            connection.close()
    finally:
        services.close()
    emit(runs=len(times), first_s=times[0], median_s=statistics.median(times))


# --- the privacy guard on notes ----------------------------------------------------------

# Notes harder than the demo's, all synthetic: clean ones with digits and capitals (every
# detector's first look runs, a few full patterns), and ones with personal data (libphonenumber
# on most of them).
NUMBER_NOTES = [
    "Aangifte 2024 en 2025 vergeleken, toeslag 1200 euro",
    "Formulier 3 van 5 ingevuld, Belastingtelefoon 0800-0543 gebeld",
    "Brief van de Belastingdienst over 2024 uitgelegd",
    "Meneer had vraag over DigiD, stap 4 lukte niet",
]
PERSONAL_NOTES = [
    "Mevr. Jansen belt nog, 06-12345678",
    "bsn 123456789 opgezocht",
    "Postcode 3011 AB 12, Coolsingel 40",
    "IBAN NL91 ABNA 0417 1643 00 voor de incasso",
    "Geboren 12-03-1958, mail jan@example.nl",
    "Called +44 20 7946 0958, Mrs Brown, 221B Baker Street",
]


def _cpu_per_note_us(check: Callable[[str], Any], notes: list[str]) -> float:
    started = time.process_time()
    for note in notes:
        check(note)
    return (time.process_time() - started) / max(1, len(notes)) * 1e6


def guard(n: int, repeat: int = 5) -> None:
    """The privacy guard on every question's note of the N demo consultations a laptop sends.

    What the back office does at import: one ``find_personal_data`` per note, most of them
    empty (DemoService writes a note on one question in ten). The baseline is the cheapest scan
    that still reads every note: ``str.lower`` and one regex search. Baseline and guard runs
    are interleaved; CPU time (``time.process_time``) is the figure, wall time is kept too.
    """
    import re

    from ido_desktop.domain.privacy import find_personal_data

    _office, laptop_source = _common.paired_stores(n)
    with tempfile.TemporaryDirectory(prefix="ido-bench-guard-") as tmp:
        services = _common.open_existing(_common.copy_store(laptop_source, Path(tmp) / "laptop"))
        try:
            with services.store.engine.connect() as conn:
                notes = [row[0] or "" for row in conn.execute(text("SELECT note FROM vraag"))]
        finally:
            services.close()
    scan_re = re.compile(r"[0-9@]|bsn")

    def baseline() -> int:
        return sum(1 for note in notes if scan_re.search(note.lower()))

    def guarded() -> int:
        return sum(1 for note in notes if find_personal_data(note))

    guarded()  # warm up: libphonenumber loads its metadata on first use
    runs: dict[str, list[tuple[float, float]]] = {"baseline": [], "guard": []}
    refused = 0
    for _ in range(repeat):
        for name, call in (("baseline", baseline), ("guard", guarded)):
            started, cpu = time.perf_counter(), time.process_time()
            result = call()
            runs[name].append((time.perf_counter() - started, time.process_time() - cpu))
            if name == "guard":
                refused = result
    written = [note for note in notes if note]
    per_written_us = _cpu_per_note_us(find_personal_data, written)
    per_number_us = _cpu_per_note_us(find_personal_data, NUMBER_NOTES * 300)
    per_personal_us = _cpu_per_note_us(find_personal_data, PERSONAL_NOTES * 200)
    emit(
        notes=len(notes),
        written=len(written),
        refused=refused,
        baseline_cpu_s=statistics.median(cpu for _wall, cpu in runs["baseline"]),
        guard_cpu_s=statistics.median(cpu for _wall, cpu in runs["guard"]),
        baseline_wall_s=statistics.median(wall for wall, _cpu in runs["baseline"]),
        guard_wall_s=statistics.median(wall for wall, _cpu in runs["guard"]),
        per_written_note_us=per_written_us,
        per_number_note_us=per_number_us,
        per_personal_note_us=per_personal_us,
        runs=repeat,
    )


def main(argv: list[str]) -> None:
    command, *args = argv
    if command == "where":
        emit(path=str(_common.cache_dir()))
    elif command.startswith("prepare-"):
        prepare(command.removeprefix("prepare-"), int(args[0]))
    elif command == "unlock":
        unlock(Path(args[0]))
    elif command == "save":
        save(int(args[0]), int(args[1]))
    elif command == "export":
        export(int(args[0]), Path(args[1]))
    elif command == "import":
        import_(int(args[0]), Path(args[1]))
    elif command == "raw":
        raw(int(args[0]), Path(args[1]))
    elif command == "records":
        records(int(args[0]), args[1])
    elif command == "report":
        report(int(args[0]), args[1])
    elif command == "scan":
        scan(int(args[0]))
    elif command == "guard":
        guard(int(args[0]))
    else:
        raise SystemExit(f"unknown measurement {command!r}")


if __name__ == "__main__":
    main(sys.argv[1:])
