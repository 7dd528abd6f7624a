"""Hand-made signals on a back office: consultations registered through ``ConsultService`` on
an open spreekuur, each on its own day, by moving the store's clock to that day.

The expected numbers below are counted by hand from ``SIGNALS``.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import text

from ido_desktop.app import Services, initialise
from ido_desktop.domain.model import ConsultDraft, QuestionDraft
from ido_desktop.domain.vocab import DurationBand, PartOfDay, Role
from ido_desktop.paths import DataPaths
from tests.conftest import FixedClock

REFERENCE = date(2026, 4, 20)  # "this month" is April 2026 up to the 20th
WINDOW = (date(2026, 1, 1), REFERENCE)

# (organisation, kind, {day: questions with that signal registered on that day}), one
# consultation per question unless the day lists a tuple (questions in one consultation).
SIGNALS: list[tuple[str, str, dict[date, int]]] = [
    # 1, 2, 1 before; 6 in April: 6 >= 5 and 6 >= 1.5 * 4/3 -> rising
    (
        "belastingdienst",
        "inloggen_onmogelijk",
        {date(2026, 1, 12): 1, date(2026, 2, 3): 2, date(2026, 3, 30): 1, date(2026, 4, 2): 6},
    ),
    # 4, 4, 4 before; 5 in April: 5 < 1.5 * 4 -> not rising
    (
        "toeslagen",
        "storing",
        {date(2026, 1, 5): 4, date(2026, 2, 5): 4, date(2026, 3, 5): 4, date(2026, 4, 5): 5},
    ),
    # 4 in April, nothing before: below the minimum -> not rising (and <5 on a sheet)
    ("uwv", "niet_bereikbaar", {date(2026, 4, 19): 4}),
    # December: outside the window and the trend months
    ("toeslagen", "overig", {date(2025, 12, 15): 3}),
]
# Exact counts in WINDOW (hand-counted from SIGNALS).
EXPECTED_COUNTS = {
    ("belastingdienst", "inloggen_onmogelijk"): 10,
    ("toeslagen", "storing"): 17,
    ("uwv", "niet_bereikbaar"): 4,
    ("digid_logius", "storing"): 2,  # two questions of one consultation
}
HARMLESS = "Inlogscherm gaf steeds een foutmelding, ook na nieuwe code."
PERSONAL = "Mevrouw belde vanaf 06-12345678 over de brief."


def backoffice(
    tmp_path: Path, database_url: str | None, name: str = "Backoffice Centrale"
) -> Services:
    clock = FixedClock(datetime(2025, 12, 1, 10, tzinfo=UTC))
    services = initialise(
        DataPaths(tmp_path / "office"), Role.BACKOFFICE, name, database_url, clock
    )
    services.spreekuren.start("centrale_bibliotheek", "MW07", services.reference.catalog())
    return services


def register(
    services: Services,
    day: date,
    questions: list[tuple[str | None, str | None, str]],
) -> str:
    """One consultation on ``day`` with (signal organisation, kind, note) per question."""
    catalog = services.reference.catalog()
    clock = services.clock
    assert isinstance(clock, FixedClock)
    clock.value = datetime(day.year, day.month, day.day, 11, tzinfo=UTC)
    drafts = []
    for organisation, kind, note in questions:
        org = organisation or "gemeente"
        topic = next(t.code for t in catalog.topics_for(org) if not catalog.is_digid_topic(t.code))
        drafts.append(
            QuestionDraft(
                organisations=(org,),
                topic=topic,
                help_forms=("uitleg",),
                result="opgelost",
                signal_organisation=organisation,
                signal_kind=kind,
                note=note,
            )
        )
    return services.consults.register(
        ConsultDraft(
            consult_date=day,
            part_of_day=PartOfDay.OCHTEND,
            duration_band=DurationBand.FROM_10_TO_20,
            questions=tuple(drafts),
        ),
        catalog,
    )


def fill(services: Services) -> dict[str, str]:
    """Register :data:`SIGNALS` plus noise; returns ids of named consultations."""
    named: dict[str, str] = {}
    for organisation, kind, days in SIGNALS:
        for day, n in sorted(days.items()):
            for i in range(n):
                note = HARMLESS if (organisation, i) == ("belastingdienst", 0) else ""
                register(services, day, [(organisation, kind, note)])
    # Two signal questions in one consultation: two signals.
    named["pair"] = register(
        services,
        date(2026, 3, 10),
        [("digid_logius", "storing", ""), ("digid_logius", "storing", "")],
    )
    # Questions without a signal never count.
    for _ in range(3):
        register(services, date(2026, 4, 10), [(None, None, "")])
    # A deleted consultation with a signal does not count.
    named["deleted"] = register(
        services, date(2026, 4, 11), [("belastingdienst", "inloggen_onmogelijk", "Weg.")]
    )
    services.consults.delete(named["deleted"])
    # A question removed by an edit (a tombstoned question of a live consultation).
    named["edited"] = register(
        services,
        date(2026, 4, 12),
        [("belastingdienst", "inloggen_onmogelijk", "Wordt verwijderd."), (None, None, "")],
    )
    draft = services.consults.load(named["edited"])
    services.consults.update(
        replace(draft, questions=draft.questions[1:]), services.reference.catalog()
    )
    # After the reference date: outside the window and outside "this month so far".
    named["late"] = register(services, date(2026, 4, 25), [("uwv", "niet_bereikbaar", "")])
    return named


def insert_note_bypassing_guard(services: Services, organisation: str, note: str) -> str:
    """Write ``note`` straight into the database on a new signal question (no privacy check)."""
    consult_id = register(services, date(2026, 4, 12), [(organisation, "storing", "Tijdelijk.")])
    with services.store.engine.begin() as conn:
        vraag_id = conn.execute(
            text("SELECT id FROM vraag WHERE consult_id = :c"), {"c": consult_id}
        ).scalar_one()
        conn.execute(text("UPDATE vraag SET note = :n WHERE id = :v"), {"n": note, "v": vraag_id})
    return str(vraag_id)
