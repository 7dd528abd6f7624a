"""Synthetic demo data: the asked number, valid codes, no personal data in notes."""

from __future__ import annotations

from sqlalchemy import select

from ido_desktop.db.models import Consult, Vraag
from ido_desktop.domain.privacy import check_note, find_personal_data
from ido_desktop.services.demo_service import HARMLESS_NOTES, DemoService


def test_demo_makes_exactly_the_asked_consultations_with_valid_codes(services):
    catalog = services.reference.catalog()
    demo = DemoService(services.store.session_factory, services.clock, services.device.device_id)
    demo.generate(500, catalog, seed=3)
    stats = services.stats.stats()
    assert stats.consultations == 500 and stats.questions >= 500
    with services.store.session_factory() as session:
        questions = session.scalars(select(Vraag)).all()
        dates = {c.consult_date for c in session.scalars(select(Consult))}
    assert all(catalog.has("topics", q.topic) for q in questions)
    assert all(not find_personal_data(q.note) for q in questions)
    assert len({d.strftime("%Y-%m") for d in dates}) >= 12  # spread over many months


def test_demo_is_reproducible_with_a_seed(services, tmp_path):
    catalog = services.reference.catalog()
    demo = DemoService(services.store.session_factory, services.clock, services.device.device_id)
    demo.generate(50, catalog, seed=11)
    with services.store.session_factory() as session:
        first = sorted(q.topic for q in session.scalars(select(Vraag)))
    demo.generate(50, catalog, seed=11)
    with services.store.session_factory() as session:
        both = sorted(q.topic for q in session.scalars(select(Vraag)))
    assert both == sorted(first + first)


def test_every_demo_note_passes_the_privacy_guard():
    # Each one, not a sample: a demo consultation must stay saveable when it is edited.
    for note in HARMLESS_NOTES:
        check_note(note)
