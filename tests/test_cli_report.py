"""``ido-desktop report`` as a user runs it: exit codes, formats, suppression, the KB list."""

from __future__ import annotations

import csv
import io
import json
import subprocess
from datetime import date, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook

from ido_desktop.app import initialise
from ido_desktop.cli import main
from ido_desktop.domain.vocab import Role
from ido_desktop.paths import DataPaths
from tests.services.sync_helpers import demo
from tests.test_cli import run

FROM = (date.today() - timedelta(days=3 * 365)).isoformat()
TO = (date.today() + timedelta(days=30)).isoformat()


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Path:
    """A back office with 300 demo consultations (built once for this module)."""
    root = tmp_path_factory.mktemp("report") / "office"
    services = initialise(DataPaths(root), Role.BACKOFFICE, "Backoffice Centrale")
    try:
        demo(services, 300, seed=9)
    finally:
        services.close()
    return root


def report(store: Path, capsys, *args: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(store), "report", *args])
    out, err = capsys.readouterr()
    return code, out, err


def stats(store: Path, capsys) -> dict:
    main(["--data-dir", str(store), "stats"])
    return json.loads(capsys.readouterr().out)


def test_csv_totals_equal_stats_in_a_real_process(store):
    """The issue's acceptance check: report ... --format csv totals equal stats."""
    result = run("report", "--from", FROM, "--to", TO, "--by", "location", "--format", "csv",
                 data_dir=store)  # fmt: skip
    assert result.returncode == 0, result.stderr
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert rows[0][:3] == ["Locatie", "Consulten", "Vragen"]
    total = rows[-1]
    counts = json.loads(run("stats", data_dir=store).stdout)
    assert total[0] == "Totaal"
    assert (int(total[1]), int(total[2])) == (counts["consultations"], counts["questions"])


def test_table_is_aligned_and_exact(store, capsys):
    code, out, _ = report(store, capsys, "--from", FROM, "--to", TO, "--by", "channel,age_band")
    assert code == 0
    lines = out.splitlines()
    header = next(line for line in lines if line.startswith("Kanaal"))
    assert "Leeftijd" in header and "Consulten" in header
    end = header.index("Consulten") + len("Consulten")
    body = [line for line in lines if line.startswith(("Inloop", "Afspraak", "Telefonisch"))]
    assert body and all(line[end - 1] != " " for line in body)  # numbers right-aligned
    assert "<5" not in out  # the table is internal: exact numbers
    assert any(line.startswith("Totaal") for line in lines)


def test_csv_and_xlsx_files_are_suppressed(store, capsys, tmp_path):
    args = ("--from", FROM, "--to", TO, "--by", "topic")
    code, out, _ = report(store, capsys, *args)
    assert code == 0
    code, _, err = report(store, capsys, *args, "--format", "csv", "--out", str(tmp_path / "t.csv"))
    assert code == 0 and "t.csv" in err
    text = (tmp_path / "t.csv").read_text(encoding="utf-8-sig")
    assert "<5" in text and "<5" not in out  # the demo topics include groups below 5
    cells = [c for row in csv.reader(io.StringIO(text)) for c in row]
    assert not {"1", "2", "3", "4"} & set(cells)
    code, _, _ = report(store, capsys, *args, "--format", "xlsx", "--out", str(tmp_path / "t.xlsx"))
    assert code == 0
    values = [c for row in load_workbook(tmp_path / "t.xlsx").active.iter_rows(values_only=True)
              for c in row]  # fmt: skip
    assert "<5" in values
    assert not any(isinstance(v, int) and 0 < v < 5 for v in values)


def test_pdf_is_written_with_english_labels(store, capsys, tmp_path):
    out = tmp_path / "q.pdf"
    code, _, _ = report(store, capsys, "--from", FROM, "--to", TO, "--by", "period_quarter",
                        "--format", "pdf", "--out", str(out), "--lang", "en",
                        "--title", "Quarterly report")  # fmt: skip
    assert code == 0 and out.read_bytes().startswith(b"%PDF")
    try:
        words = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    except FileNotFoundError:
        return
    assert "Quarterly report" in words and "Page 1 of" in words


def test_kb_list_as_table_and_csv(store, capsys):
    code, out, _ = report(store, capsys, "--from", FROM, "--to", TO, "--kb")
    assert code == 0
    consultations = stats(store, capsys)["consultations"]
    assert f"{consultations:,}".replace(",", ".") in out.splitlines()[4]
    code, out, _ = report(store, capsys, "--from", FROM, "--to", TO, "--kb", "--format", "csv")
    rows = list(csv.reader(io.StringIO(out)))
    assert rows[0] == ["onderdeel", "omschrijving", "aantal"]
    assert rows[1] == ["1. Contacten", "Aantal consulten (contacten)", str(consultations)]
    assert not any(r[2] in {"1", "2", "3", "4"} for r in rows[1:])


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (("--by", "shoe_size"), "E_REPORT_UNKNOWN_DIMENSION"),
        (("--by", "location,topic,result,channel"), "E_REPORT_TOO_MANY_DIMENSIONS"),
        (("--by", "location", "--from", "2025-06-01", "--to", "2025-01-01"), "E_REPORT_PERIOD"),
        (("--by", "location", "--from", "2010-01-01", "--to", "2025-01-01"), "E_REPORT_PERIOD"),
        (("--by", "location", "--from", "2025-02-30"), "E_REPORT_DATE"),
    ],
)
def test_bad_input_is_refused_with_a_code(store, capsys, args, code):
    argv = ("--from", FROM, "--to", TO, *args)
    exit_code, out, err = report(store, capsys, *argv)
    assert exit_code == 1 and out == ""
    assert err.startswith(code + ": ")


def test_messages_are_dutch_and_english(store, monkeypatch, capsys):
    monkeypatch.setenv("LANG", "nl_NL.UTF-8")
    _, _, err = report(store, capsys, "--from", FROM, "--to", TO, "--by", "shoe_size")
    assert "Onbekende indeling 'shoe_size'" in err
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    _, _, err = report(store, capsys, "--from", FROM, "--to", TO, "--by", "shoe_size")
    assert "Unknown grouping 'shoe_size'" in err


@pytest.mark.parametrize(
    "args",
    [
        ("--by", "location", "--format", "pdf"),  # pdf needs --out
        ("--by", "location", "--format", "xlsx"),
        (),  # neither --by nor --kb
        ("--kb", "--by", "location"),
        ("--kb", "--format", "pdf", "--out", "x.pdf"),
        ("--by", "location", "--format", "docx"),
    ],
)
def test_wrong_usage_exits_2(store, capsys, args):
    try:
        code, _, _ = report(store, capsys, "--from", FROM, "--to", TO, *args)
    except SystemExit as exc:  # argparse
        code = exc.code
    assert code == 2


def test_a_field_laptop_may_report_on_what_it_holds(tmp_path, capsys):
    laptop = tmp_path / "laptop"
    services = initialise(DataPaths(laptop), Role.FIELD, "Laptop 03")
    services.close()
    code, out, _ = report(laptop, capsys, "--from", FROM, "--to", TO, "--by", "location")
    assert code == 0 and "Totaal" in out
