"""Registering, editing and deleting consultations through the service, on a real store."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from ido_desktop.db.models import Consult, Doorverwijzing, Vraag
from ido_desktop.domain.errors import PrivacyError, StateError, ValidationError
from ido_desktop.domain.model import ConsultDraft, QuestionDraft, ReferralDraft
from ido_desktop.domain.vocab import DurationBand, PartOfDay, Warmth


def draft(services, **changes) -> ConsultDraft:
    question = QuestionDraft(
        organisations=("belastingdienst",),
        topic="aangifte_inkomstenbelasting",
        help_forms=("uitleg",),
        result="opgelost",
    )
    values = dict(
        consult_date=services.consults.today(),
        part_of_day=PartOfDay.OCHTEND,
        duration_band=DurationBand.FROM_10_TO_20,
        questions=(question,),
    )
    values.update(changes)
    return ConsultDraft(**values)


def test_a_registered_consultation_is_stored_with_its_questions(services, open_spreekuur):
    catalog = services.reference.catalog()
    referral = ReferralDraft(
        warmth=Warmth.WARM_CONTACT, partner_code=catalog.items("partners")[0].code
    )
    digid = QuestionDraft(
        organisations=("digid_logius",),
        topic="digid",
        digid_detail="wachtwoord",
        help_forms=("meekijken", "uitleg"),
        result="deels",
        problems=("taal",),
        signal_kind="inloggen_onmogelijk",
        signal_organisation="digid_logius",
        note="App werkte niet op oude telefoon.",
        referrals=(referral,),
    )
    consult_id = services.consults.register(
        draft(services, questions=draft(services).questions + (digid,)), catalog
    )
    stored = services.consults.load(consult_id)
    assert [q.topic for q in stored.questions] == ["aangifte_inkomstenbelasting", "digid"]
    assert stored.questions[1].help_forms == ("meekijken", "uitleg")
    assert stored.questions[1].referrals[0].warmth is Warmth.WARM_CONTACT
    stats = services.stats.stats()
    assert (stats.consultations, stats.questions, stats.referrals) == (1, 2, 1)
    rows = services.consults.registered_on()
    assert rows[0].id == consult_id and rows[0].question_count == 2 and rows[0].revision == 1


def test_every_record_carries_device_revision_timestamps_and_clock(services, open_spreekuur):
    services.consults.register(draft(services), services.reference.catalog())
    with services.store.session_factory() as session:
        consult = session.scalars(select(Consult)).one()
        vraag = session.scalars(select(Vraag)).one()
    for record in (consult, vraag):
        assert record.device_id == services.device.device_id
        assert record.revision == 1 and record.deleted is False
        assert record.created_at.tzinfo is not None
        assert record.id[14] == "7"  # UUIDv7
    assert consult.updated_clock == vraag.updated_clock > 0


def test_without_an_open_spreekuur_nothing_is_stored(services):
    with pytest.raises(StateError) as refused:
        services.consults.register(draft(services), services.reference.catalog())
    assert refused.value.code == "E_NO_OPEN_SPREEKUUR"
    assert services.stats.stats().consultations == 0


@pytest.mark.parametrize(
    ("question_changes", "code", "field"),
    [
        ({"result": None}, "E_FIELD_MISSING", "result"),
        ({"organisations": ()}, "E_FIELD_MISSING", "organisations"),
        ({"help_forms": ()}, "E_FIELD_MISSING", "help_forms"),
        ({"topic": "no_such_topic"}, "E_UNKNOWN_CODE", "topic"),
        ({"digid_detail": "wachtwoord"}, "E_DIGID_DETAIL_WITHOUT_DIGID", "digid_detail"),
        ({"signal_kind": "storing"}, "E_FIELD_MISSING", "signal_organisation"),
        ({"referrals": (ReferralDraft(),)}, "E_REFERRAL_EMPTY", "referrals"),
    ],
)
def test_invalid_questions_are_refused_and_nothing_is_stored(
    services, open_spreekuur, question_changes, code, field
):
    base = draft(services).questions[0]
    bad = QuestionDraft(**{**base.__dict__, **question_changes})
    with pytest.raises(ValidationError) as refused:
        services.consults.register(draft(services, questions=(bad,)), services.reference.catalog())
    assert (refused.value.code, refused.value.field, refused.value.index) == (code, field, 0)
    assert services.stats.stats().consultations == 0


def test_dates_in_the_future_or_too_far_back_are_refused(services, open_spreekuur):
    catalog = services.reference.catalog()
    today = services.consults.today()
    for day, code in (
        (today + timedelta(days=1), "E_DATE_IN_FUTURE"),
        (today - timedelta(days=400), "E_DATE_TOO_OLD"),
    ):
        with pytest.raises(ValidationError) as refused:
            services.consults.register(draft(services, consult_date=day), catalog)
        assert refused.value.code == code
    backdated = services.consults.register(
        draft(services, consult_date=today - timedelta(days=3)), catalog
    )
    assert services.consults.load(backdated).consult_date == today - timedelta(days=3)


def test_a_note_with_personal_data_is_refused(services, open_spreekuur):
    base = draft(services).questions[0]
    noted = QuestionDraft(**{**base.__dict__, "note": "mail naar j.jansen@example.nl"})
    with pytest.raises(PrivacyError):
        services.consults.register(
            draft(services, questions=(noted,)), services.reference.catalog()
        )
    assert services.stats.stats().consultations == 0


def test_an_edit_bumps_only_the_records_that_changed(services, open_spreekuur):
    catalog = services.reference.catalog()
    two = draft(services).questions + (
        QuestionDraft(
            organisations=("toeslagen",),
            topic="huurtoeslag",
            help_forms=("informeren",),
            result="opgelost",
        ),
    )
    consult_id = services.consults.register(draft(services, questions=two), catalog)
    stored = services.consults.load(consult_id)
    changed_second = QuestionDraft(**{**stored.questions[1].__dict__, "result": "deels"})
    edited = ConsultDraft(**{**stored.__dict__, "questions": (stored.questions[0], changed_second)})
    assert services.consults.update(edited, catalog) is True
    assert services.consults.update(edited, catalog) is False  # same content: no new revision
    with services.store.session_factory() as session:
        revisions = {v.topic: v.revision for v in session.scalars(select(Vraag))}
        consult = session.get(Consult, consult_id)
    assert revisions == {"aangifte_inkomstenbelasting": 1, "huurtoeslag": 2}
    assert consult.revision == 1


def test_removing_a_question_in_an_edit_leaves_a_tombstone(services, open_spreekuur):
    catalog = services.reference.catalog()
    referral = ReferralDraft(category_code=catalog.items("partner_categories")[0].code)
    question = QuestionDraft(**{**draft(services).questions[0].__dict__, "referrals": (referral,)})
    extra = QuestionDraft(
        organisations=("uwv",), topic="ww_uitkering", help_forms=("uitleg",), result="opgelost"
    )
    consult_id = services.consults.register(draft(services, questions=(question, extra)), catalog)
    stored = services.consults.load(consult_id)
    services.consults.update(
        ConsultDraft(**{**stored.__dict__, "questions": stored.questions[1:]}), catalog
    )
    with services.store.session_factory() as session:
        gone = session.scalars(
            select(Vraag).where(Vraag.topic == "aangifte_inkomstenbelasting")
        ).one()
        ref = session.scalars(select(Doorverwijzing)).one()
    assert gone.deleted and gone.revision == 2
    assert ref.deleted and ref.revision == 2
    assert services.stats.stats().questions == 1


def test_delete_makes_tombstones_and_undo_brings_everything_back(services, open_spreekuur):
    catalog = services.reference.catalog()
    consult_id = services.consults.register(draft(services), catalog)
    services.consults.delete(consult_id)
    stats = services.stats.stats()
    assert (stats.consultations, stats.questions, stats.deleted_consultations) == (0, 0, 1)
    assert services.consults.registered_on() == []
    services.consults.undelete(consult_id)
    stats = services.stats.stats()
    assert (stats.consultations, stats.questions, stats.deleted_consultations) == (1, 1, 0)
    with services.store.session_factory() as session:
        assert session.get(Consult, consult_id).revision == 3  # saved, deleted, restored
    with pytest.raises(StateError):
        services.consults.undelete(consult_id)


def test_today_summary_counts_per_organisation_and_topic(services, open_spreekuur):
    catalog = services.reference.catalog()
    services.consults.register(draft(services), catalog)
    services.consults.register(draft(services), catalog)
    summary = services.consults.summary_on()
    assert (summary.consultations, summary.questions) == (2, 2)
    assert summary.by_organisation[0].code == "belastingdienst"
    assert summary.by_organisation[0].count == 2
    assert summary.by_topic[0].code == "aangifte_inkomstenbelasting"


def test_the_days_consultations_are_read_along_the_day_not_the_whole_device(services):
    """On a laptop every consultation is its own: the device index would read all of them at
    every start (issue 12). The day's range must decide."""
    from datetime import UTC, datetime

    from sqlalchemy import func, text

    from ido_desktop.db.repositories import consult_repo

    day = datetime(2026, 3, 2, tzinfo=UTC), datetime(2026, 3, 3, tzinfo=UTC)
    device = services.device.device_id
    count = select(func.count()).select_from(Consult)
    count = count.where(*consult_repo._live_created_between(device, *day))
    with services.store.engine.connect() as conn:
        sql = count.compile(conn, compile_kwargs={"literal_binds": True})
        plan = " ".join(str(row[-1]) for row in conn.execute(text(f"EXPLAIN QUERY PLAN {sql}")))
    assert "USING INDEX ix_consult_created_at" in plan, plan
    with services.store.session_factory() as session:
        assert consult_repo.count_registered_between(session, device, *day) == 0
