"""``ido-desktop signals``: the table, CSV, candidate notes and feedback sheets."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook

from ido_desktop.cli import main
from tests.services.signals_data import (
    HARMLESS,
    PERSONAL,
    backoffice,
    fill,
    insert_note_bypassing_guard,
)

FROM, TO = "--from=2026-01-01", "--to=2026-04-20"


@pytest.fixture
def store(tmp_path):
    services = backoffice(tmp_path, None)
    fill(services)
    bad = insert_note_bypassing_guard(services, "belastingdienst", PERSONAL)
    services.close()
    return ["--data-dir", str(tmp_path / "office")], bad


def test_table_shows_exact_counts_and_the_rising_flag(store, capsys):
    args, _ = store
    assert main([*args, "signals", FROM, TO]) == 0
    out = capsys.readouterr().out
    lines = [" ".join(x.split()) for x in out.splitlines()]
    assert "Belastingdienst Inloggen onmogelijk 10 6 1 / 2 / 1 ▲ stijgend" in lines
    assert "Toeslagen Storing site/app 17 5 4 / 4 / 4" in lines
    assert "UWV Niet bereikbaar 4 4 0 / 0 / 0" in lines
    assert "april 2026" in out and "intern" in out


def test_csv_hides_small_counts(store, capsys):
    args, _ = store
    assert main([*args, "signals", FROM, TO, "--format", "csv"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "Organisatie,Soort knelpunt,Signalen,Deze maand,3 maanden ervoor,Trend"
    assert "Belastingdienst,Inloggen onmogelijk,10,6,<5/<5/<5,stijgend" in lines
    assert "UWV,Niet bereikbaar,<5,<5,0/0/0," in lines


def test_feedback_sheet_with_chosen_notes(store, capsys, tmp_path):
    args, bad = store
    assert main([*args, "signals", FROM, TO, "--list-notes", "belastingdienst"]) == 0
    listed = capsys.readouterr().out.splitlines()
    assert bad not in "\n".join(listed) and PERSONAL not in "\n".join(listed)
    note_id = next(x.split("\t")[0] for x in listed if x.endswith(HARMLESS))
    out = tmp_path / "blad.xlsx"
    code = main(
        [*args, "signals", FROM, TO, "--feedback", "belastingdienst", "--notes", note_id]
        + ["--format", "xlsx", "--out", str(out)]
    )
    assert code == 0
    values = [str(c.value) for row in load_workbook(out).active.iter_rows() for c in row]
    assert f"“{HARMLESS}”" in values
    assert sum(HARMLESS in v for v in values) == 1


def test_refusals_and_usage(store, capsys, tmp_path):
    args, bad = store
    pdf = ["--format", "pdf", "--out", str(tmp_path / "b.pdf")]
    assert (
        main([*args, "signals", FROM, TO, "--feedback", "belastingdienst", "--notes", bad, *pdf])
        == 1
    )
    assert "E_SIGNALS_NOTE_PERSONAL" in capsys.readouterr().err
    assert main([*args, "signals", FROM, TO, "--feedback", "nasa", *pdf]) == 1
    assert "E_SIGNALS_ORGANISATION" in capsys.readouterr().err
    assert main([*args, "signals", "--from=2026-13-01", TO]) == 1
    assert "E_REPORT_DATE" in capsys.readouterr().err
    assert main([*args, "signals", FROM, TO, "--feedback", "uwv", "--format", "pdf"]) == 2
    assert main([*args, "signals", FROM, TO, "--format", "pdf", "--out", "x.pdf"]) == 2
    assert main([*args, "signals", FROM, TO, "--feedback", "uwv"]) == 2
    assert main([*args, "signals", FROM, TO, "--notes", "a"]) == 2
    assert not (tmp_path / "b.pdf").exists()
