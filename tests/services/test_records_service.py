"""The records browser's service: filters, rows, history and corrections on imported records."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from ido_desktop.db.models import AuditLog, RecordRevision
from ido_desktop.domain.errors import StateError, ValidationError
from ido_desktop.domain.records import BRANCH, RecordFilter, RecordSort
from ido_desktop.domain.vocab import Channel, PartOfDay
from tests.services import records_data
from tests.services.sync_helpers import demo


@pytest.fixture
def data(tmp_path, office, laptop) -> dict[str, str]:
    return records_data.build(office, laptop, tmp_path / "stick")


def _names(ids: list[str], data: dict[str, str]) -> set[str]:
    by_id = {v: k for k, v in data.items()}
    return {by_id[i] for i in ids}


def _filters(office, laptop) -> list[tuple[RecordFilter, set[str]]]:
    today = laptop.consults.today()
    day = lambda n: today - timedelta(days=n)  # noqa: E731
    return [
        (RecordFilter(), {"A", "B", "C", "E"}),
        (RecordFilter(date_from=day(2)), {"B", "C"}),
        (RecordFilter(date_to=day(3)), {"A", "E"}),
        (RecordFilter(date_from=day(3), date_to=day(2)), {"A", "B"}),
        (RecordFilter(location_codes=("centrale_bibliotheek",)), {"A", "B"}),
        (RecordFilter(location_type=BRANCH), {"A", "B", "E"}),
        (RecordFilter(location_type="voedselbank"), {"C"}),
        (RecordFilter(location_type="school"), set()),
        (RecordFilter(device_id=laptop.device.device_id), {"A", "B", "C"}),
        (RecordFilter(device_id=office.device.device_id), {"E"}),
        (RecordFilter(organisation="uwv"), {"A"}),  # D is deleted
        (RecordFilter(organisation="toeslagen"), {"B"}),
        (RecordFilter(topic="bijstand"), {"C"}),
        (RecordFilter(help_form="uitleg"), {"A", "B"}),
        (RecordFilter(result="opgelost"), {"A", "B", "E"}),
        (RecordFilter(referral_category="werk_inkomen"), {"A", "C"}),
        (RecordFilter(warmth="warm_contact"), {"A"}),
        (RecordFilter(warmth="koud"), {"B", "C"}),
        (RecordFilter(referral_category="werk_inkomen", warmth="koud"), {"C"}),
        (RecordFilter(note_text="cursus"), {"C"}),  # any case
        (RecordFilter(note_text="100%"), set()),  # % is a character, not a wildcard
        # Question-level filters hold for one and the same question: B's Belastingdienst
        # question was "deels", its Toeslagen question "opgelost".
        (RecordFilter(organisation="belastingdienst", result="opgelost"), set()),
        (RecordFilter(organisation="toeslagen", result="opgelost"), {"B"}),
        (RecordFilter(location_type=BRANCH, result="deels", help_form="meekijken"), {"B"}),
    ]


def test_each_filter_gives_exactly_the_hand_computed_records(office, laptop, data):
    for record_filter, expected in _filters(office, laptop):
        found = office.records.find_ids(record_filter)
        assert _names(found, data) == expected, record_filter
        assert len(found) == len(expected)
        assert office.records.count(record_filter) == len(expected), record_filter


def test_sorting_and_limit(office, data):
    every = RecordFilter()
    by_date = office.records.find_ids(every, RecordSort.CONSULT_DATE, descending=True)
    assert [_names([i], data).pop() for i in by_date] == ["C", "B", "A", "E"]
    assert office.records.find_ids(every, RecordSort.CONSULT_DATE, False) == by_date[::-1]
    by_location = office.records.find_ids(every, RecordSort.LOCATION, descending=False)
    # Bibliotheek Charlois < Centrale Bibliotheek < Pop-up voedselbank ... (Dutch labels)
    assert [_names([i], data).pop() for i in by_location] == ["E", "A", "B", "C"]
    by_device = office.records.find_ids(every, RecordSort.DEVICE, descending=False)
    assert _names(by_device[:1], data) == {"E"}  # "backoffice" < "Laptop 03"
    by_created = office.records.find_ids(every, RecordSort.CREATED_AT, descending=False)
    assert [_names([i], data).pop() for i in by_created] == ["A", "B", "C", "E"]
    assert office.records.find_ids(every, limit=2) == by_date[:2]


def test_rows_are_one_page_in_the_asked_order(office, laptop, data):
    ids = [data["C"], data["B"], data["A"]]
    rows = office.records.rows(ids)
    assert [r.id for r in rows] == ids
    c, b, a = rows
    assert b.organisations == ("belastingdienst", "toeslagen")
    assert b.topics == ("aangifte_inkomstenbelasting", "huurtoeslag")
    assert b.results == ("deels", "opgelost")
    assert b.help_forms == ("meekijken", "uitleg")
    assert (b.referral_count, b.warm) == (1, False)
    assert (a.referral_count, a.warm) == (1, True)
    assert c.location_code == "popup_voedselbank_charlois"
    assert a.device_name == "Laptop 03" and a.revision == 1
    assert a.part_of_day == PartOfDay.MIDDAG
    [e] = office.records.rows([data["E"]])
    assert e.device_name == "backoffice"
    assert office.records.rows([]) == []


def test_detail_shows_questions_referrals_and_import_history(office, data):
    detail = office.records.detail(data["B"])
    assert [q.topic for q in detail.questions] == ["aangifte_inkomstenbelasting", "huurtoeslag"]
    assert detail.questions[1].referrals[0].category_code == "schulden_geldzaken"
    assert (detail.location_code, detail.staff_code) == ("centrale_bibliotheek", "MW07")
    # Consult, two questions, one referral: one revision each, all from sync file 1.
    assert sorted(h.kind for h in detail.history) == [
        "consult",
        "doorverwijzing",
        "vraag",
        "vraag",
    ]
    for entry in detail.history:
        assert entry.source == "import"
        assert entry.file_name == "ido-laptop03-000001.idosync"
        assert entry.sequence == 1
        assert entry.device_name == "Laptop 03"
        assert entry.revision == 1
    deleted = office.records.detail(data["D"])
    assert deleted.deleted and deleted.history[0].revision == 2  # the tombstone arrived
    with pytest.raises(StateError):
        office.records.detail("no-such-id")


def test_the_same_revision_again_adds_no_history(tmp_path, office, laptop, data):
    def history_rows() -> int:
        with office.store.session_factory() as session:
            return session.scalar(select(func.count()).select_from(RecordRevision)) or 0

    before = history_rows()
    # A: c+v+r, B: c+v+v+r, C: c+v+r, D: c+v (tombstones), the two spreekuren, and E: c+v
    # registered at the back office's own desk
    assert before == 3 + 4 + 3 + 2 + 2 + 2
    again = laptop.exports.export(tmp_path / "stick")  # holds every unconfirmed revision again
    [result] = office.imports.import_files([Path(again.path)])
    assert result.result == "imported" and result.applied == 0
    assert history_rows() == before


def test_a_correction_is_a_new_revision_with_history_and_audit(tmp_path, office, laptop, data):
    draft = office.records.load_draft(data["B"])
    first, second = draft.questions
    corrected = replace(
        draft,
        channel=Channel.AFSPRAAK,
        questions=(replace(first, result="opgelost", note="Aangifte samen verstuurd"), second),
    )
    assert office.records.correct(corrected, "Backoffice Anna") is True

    detail = office.records.detail(data["B"])
    assert detail.channel == Channel.AFSPRAAK and detail.revision == 2
    assert detail.questions[0].result == "opgelost" and detail.questions[0].revision == 2
    assert detail.questions[1].revision == 1  # unchanged records keep their revision
    assert detail.device_id == laptop.device.device_id  # the record stays the laptop's
    corrections = [h for h in detail.history if h.source == "correction"]
    assert sorted((h.kind, h.revision) for h in corrections) == [("consult", 2), ("vraag", 2)]
    assert all(h.file_name is None for h in corrections)
    assert all(h.device_name == "backoffice" for h in corrections)  # made here
    assert detail.history[-1].source == "correction"

    [entry] = office.records.audit(data["B"])
    assert (entry.actor, entry.action) == ("Backoffice Anna", "record.corrected")
    assert entry.subject == f"consult:{data['B']}"
    assert entry.details["fields"] == ["channel", "questions.1.result", "questions.1.note"]
    assert "Aangifte" not in repr(entry.details)  # never note text
    assert office.records.find_ids(RecordFilter(organisation="belastingdienst", result="opgelost"))

    # Nothing changed: nothing is written.
    assert office.records.correct(office.records.load_draft(data["B"]), "Anna") is False
    assert len(office.records.audit(data["B"])) == 1

    # The laptop (no receipt yet) sends its revision 1 again: the correction stays.
    again = laptop.exports.export(tmp_path / "stick")
    office.imports.import_files([Path(again.path)])
    detail = office.records.detail(data["B"])
    assert detail.channel == Channel.AFSPRAAK and detail.questions[0].result == "opgelost"
    with office.store.session_factory() as session:
        corrections = select(func.count()).where(AuditLog.action == "record.corrected")
        assert session.scalar(corrections) == 1


def test_registrations_at_the_back_office_desk_have_their_history_too(office, laptop, data):
    # E was registered on the back office itself, not imported.
    [consult, question] = office.records.detail(data["E"]).history
    assert (consult.kind, question.kind) == ("consult", "vraag")
    for entry in (consult, question):
        assert (entry.source, entry.revision, entry.file_name) == ("local", 1, None)
        assert entry.device_name == "backoffice"

    office.spreekuren.start("bib_charlois", "BO01", office.reference.catalog())
    draft = office.consults.load(data["E"])
    [first] = draft.questions
    edited = replace(draft, questions=(replace(first, result="deels"),))
    assert office.consults.update(edited, office.reference.catalog())
    office.consults.delete(data["E"])
    office.consults.undelete(data["E"])
    history = office.records.detail(data["E"]).history
    assert [(h.kind, h.revision, h.source) for h in history] == [
        ("consult", 1, "local"),
        ("vraag", 1, "local"),
        ("vraag", 2, "local"),  # the edit changed the question only
        ("consult", 2, "local"),  # deleted, with its question
        ("vraag", 3, "local"),
        ("consult", 3, "local"),  # and back
        ("vraag", 4, "local"),
    ]
    # A laptop keeps no history of its own registrations: it sends them instead.
    with laptop.store.session_factory() as session:
        assert session.scalar(select(func.count()).select_from(RecordRevision)) == 0


def test_a_correction_is_validated_and_old_dates_are_allowed(office, data):
    draft = office.records.load_draft(data["A"])
    with pytest.raises(ValidationError):
        office.records.correct(replace(draft, questions=()), "Anna")
    old = replace(draft, consult_date=draft.consult_date - timedelta(days=400))
    assert office.records.correct(old, "Anna")  # the laptop's 62-day limit is not for here
    assert office.records.detail(data["A"]).consult_date == old.consult_date
    with pytest.raises(StateError):
        office.records.correct(replace(draft, id=data["D"]), "Anna")  # deleted


@pytest.mark.parametrize("window", [0, 1, 2, 20_000])
def test_a_first_page_is_the_head_of_the_whole_list_for_every_filter(
    office, laptop, data, monkeypatch, window
):
    """The first page (probed along the date index within a window, else searched as a set)
    is exactly the start of the whole list, for every filter, order and window size."""
    monkeypatch.setattr("ido_desktop.db.repositories.records_repo.FIRST_PAGE_WINDOW", window)
    demo(office, 40, seed=3)
    for record_filter, _expected in _filters(office, laptop):
        for sort in RecordSort:
            for descending in (True, False):
                every = office.records.find_ids(record_filter, sort, descending)
                for limit in (1, 2, 5):
                    page = office.records.find_ids(record_filter, sort, descending, limit)
                    assert page == every[:limit], (record_filter, sort, descending, limit)


def test_a_first_page_puts_unranked_locations_and_devices_last(office, laptop, data):
    """Values missing from the ranks (a retired location, an unknown laptop) form one group,
    after the ranked ones; the first page still equals the head of the whole list."""
    from ido_desktop.db.repositories import records_repo

    demo(office, 30, seed=8)
    every = RecordFilter()
    with office.store.session_factory() as session:
        locations = sorted(
            {r.location_code for r in office.records.rows(office.records.find_ids(every))}
        )
        cases = [
            (RecordSort.LOCATION, {"location_ranks": {locations[-1]: 0, locations[0]: 1}}),
            (RecordSort.DEVICE, {"device_ranks": {laptop.device.device_id: 0}}),
            (RecordSort.DEVICE, {"device_ranks": {"not-a-device": 0}}),
        ]
        for sort, ranks in cases:
            for descending in (True, False):
                whole = records_repo.find_ids(session, every, None, sort, descending, **ranks)
                for limit in (1, 3, 7):
                    page = records_repo.find_ids(
                        session, every, None, sort, descending, limit, **ranks
                    )
                    assert page == whole[:limit], (sort, ranks, descending, limit)
