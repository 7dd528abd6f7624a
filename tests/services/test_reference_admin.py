"""The back office maintains the reference lists: checked changes, one transaction, an audit
entry naming codes and fields; retired codes keep resolving; on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select, text

from ido_desktop.db.models import AuditLog
from ido_desktop.domain.audit import AuditAction
from ido_desktop.domain.errors import StateError
from ido_desktop.domain.model import ReferralDraft
from ido_desktop.domain.reference_cells import editable_values
from ido_desktop.domain.reference_rules import ReferenceDataError
from ido_desktop.domain.report import ReportSpec
from ido_desktop.domain.vocab import Warmth
from tests.services.records_data import question, register

SCHOOL = {
    "nl": "Basisschool De Vlinder",
    "en": "De Vlinder primary school",
    "type": "popup",
    "popup_type": "school",
    "street": "Vlinderstraat 12",
    "postcode": "3072ab",
    "city": "Rotterdam",
}


def reference_state(services):
    """Every reference row, the versions and the number of audit entries: a refusal changes
    none of them."""
    with services.store.engine.connect() as conn:
        rows = sorted(
            map(
                tuple,
                conn.execute(text("SELECT kind, code, position, retired FROM reference_item")),
            )
        )
        data = sorted(map(str, conn.execute(text("SELECT code, data FROM reference_item"))))
        versions = sorted(
            map(tuple, conn.execute(text("SELECT kind, version FROM reference_version")))
        )
        audits = conn.execute(text("SELECT count(*) FROM audit_log")).scalar()
    return rows, data, versions, audits


def last_audit(services) -> AuditLog:
    with services.store.session_factory() as session:
        return session.scalars(select(AuditLog).order_by(AuditLog.id.desc())).first()


def test_adding_a_popup_school_is_stored_versioned_and_audited(office):
    admin = office.reference_admin
    before = office.reference.catalog().versions["locations"]
    saved = admin.add("locations", SCHOOL, actor="Clerk A")
    assert saved.code == "basisschool_de_vlinder"
    assert saved.version == before + 1
    school = office.reference.catalog().get("locations", saved.code)
    assert school is not None and school.get("address") == "Vlinderstraat 12, 3072 AB Rotterdam"
    assert office.reference.catalog().versions["locations"] == before + 1
    entry = last_audit(office)
    assert entry.action == AuditAction.REFERENCE_ADDED and entry.actor == "Clerk A"
    assert entry.subject == f"reference:locations:{saved.code}"
    assert entry.details["changes"][saved.code]["postcode"] == [None, "3072 AB"]


def test_changing_a_phone_number_and_hours_records_old_and_new(office):
    admin = office.reference_admin
    original = admin.stored("partners", "kredietbank_rotterdam")
    values = editable_values("partners", original)
    values.update({"phone": "010 498 1730", "phone_is_placeholder": False})
    values.update({"hours.mon": "9-17", "hours.fri": "9.00-12.00"})
    saved = admin.update("partners", "kredietbank_rotterdam", values, original, actor="Clerk B")
    partner = office.reference.catalog().get("partners", "kredietbank_rotterdam")
    assert partner.get("phone") == "010 498 1730" and not partner.get("phone_is_placeholder")
    assert partner.get("opening_hours_nl").startswith("ma 9.00-17.00, vr 9.00-12.00")
    changes = last_audit(office).details["changes"]["kredietbank_rotterdam"]
    assert changes["phone"] == ["010 000 1001", "010 498 1730"]
    assert changes["hours.mon"] == ["", "9.00-17.00"]
    assert saved.changes["kredietbank_rotterdam"]["phone_is_placeholder"] == (True, False)


@pytest.mark.parametrize(
    ("change", "code", "field"),
    [
        ({"phone": "12345"}, "E_REF_PHONE_INVALID", "phone"),
        ({"postcode": "ABCD 12"}, "E_REF_POSTCODE_INVALID", "postcode"),
        ({"hours.tue": "de hele dag"}, "E_REF_HOURS_INVALID", "hours.tue"),
        ({"category": "verzonnen"}, "E_REF_UNKNOWN_CODE", "category"),
        ({"name": "Het Juridisch Loket"}, "E_REF_LABEL_DUPLICATE", "name"),
        ({"website": "juridisch loket"}, "E_REF_URL_INVALID", "website"),
    ],
)
def test_a_refused_change_names_the_field_and_changes_nothing(office, change, code, field):
    admin = office.reference_admin
    before = reference_state(office)
    original = admin.stored("partners", "taalhuis_rotterdam")
    values = {**editable_values("partners", original), **change}
    with pytest.raises(ReferenceDataError) as refused:
        admin.update("partners", "taalhuis_rotterdam", values, original)
    assert refused.value.code == code
    assert refused.value.problems[0].key == field
    assert reference_state(office) == before


def test_a_code_is_never_given_twice_not_even_after_retiring(office):
    admin = office.reference_admin
    admin.set_retired("partners", "geldfit", True)
    before = reference_state(office)
    with pytest.raises(ReferenceDataError) as refused:
        admin.add(
            "partners",
            {"name": "Geldfit nieuw", "category": "schulden_geldzaken", "helps_with_nl": "x"},
            code="geldfit",
        )
    assert refused.value.code == "E_REF_CODE_TAKEN"
    assert reference_state(office) == before
    # without a code one is made that was never used
    saved = admin.add(
        "partners", {"name": "Geldfit", "category": "schulden_geldzaken", "helps_with_nl": "x"}
    )
    assert saved.code == "geldfit_2"


def test_the_central_library_stays_unique(office):
    admin = office.reference_admin
    with pytest.raises(ReferenceDataError) as refused:
        admin.set_retired("locations", "centrale_bibliotheek", True)
    assert refused.value.code == "E_REF_CENTRAL_REQUIRED"
    original = admin.stored("locations", "bib_kralingen")
    values = {**editable_values("locations", original), "is_central": True}
    saved = admin.update("locations", "bib_kralingen", values, original)
    catalog = office.reference.catalog()
    central = [i.code for i in catalog.items("locations") if i.get("is_central")]
    assert central == ["bib_kralingen"]
    assert saved.changes["centrale_bibliotheek"]["is_central"] == (True, False)


def test_a_category_in_use_cannot_be_retired_and_an_unused_one_can(office):
    admin = office.reference_admin
    with pytest.raises(ReferenceDataError) as refused:
        admin.set_retired("partner_categories", "taal", True)
    assert refused.value.code == "E_REF_IN_USE" and refused.value.params["count"] == 2
    saved = admin.add("partner_categories", {"nl": "Sport", "en": "Sport"})
    admin.set_retired("partner_categories", saved.code, True)
    assert office.reference.catalog().get("partner_categories", saved.code).retired


def test_a_change_made_meanwhile_by_someone_else_is_not_overwritten(office):
    admin = office.reference_admin
    stale = admin.stored("courses", "veilig_online")
    fresh = dict(stale)
    admin.update(
        "courses",
        "veilig_online",
        {**editable_values("courses", fresh), "provider": "SeniorWeb"},
        fresh,
    )
    before = reference_state(office)
    with pytest.raises(StateError) as refused:
        admin.update(
            "courses",
            "veilig_online",
            {**editable_values("courses", stale), "en": "Safe online"},
            stale,
        )
    assert refused.value.code == "E_REF_CHANGED_MEANWHILE"
    assert reference_state(office) == before


def test_moving_an_item_changes_the_order_laptops_see(office):
    admin = office.reference_admin
    first = [i.code for i in office.reference.catalog().items("results")]
    admin.move("results", first[-1], -10)
    assert [i.code for i in office.reference.catalog().items("results")] == [first[-1], *first[:-1]]


def test_a_retired_code_still_resolves_in_old_records_and_reports(office):
    admin = office.reference_admin
    school = admin.add("locations", SCHOOL).code
    catalog = office.reference.catalog()
    office.spreekuren.start(school, "MW07", catalog)
    referral = ReferralDraft(warmth=Warmth.WARM_CONTACT, partner_code="taalhuis_rotterdam")
    consult = register(
        office, 0, question("uwv", "ww_uitkering", "uitleg", "opgelost", referrals=(referral,))
    )
    office.spreekuren.close()
    admin.set_retired("locations", school, True)
    admin.set_retired("partners", "taalhuis_rotterdam", True)

    catalog = office.reference.catalog()
    assert school not in [i.code for i in catalog.items("locations")]  # not offered any more
    assert catalog.label("locations", school) == "Basisschool De Vlinder"
    assert catalog.label("partners", "taalhuis_rotterdam") == "Taalhuis Rotterdam"
    detail = office.records.detail(consult)
    assert detail is not None
    today = date.today()
    table = office.reports.build(
        ReportSpec(today - timedelta(days=1), today + timedelta(days=1), ("location",))
    )
    assert "Basisschool De Vlinder" in [row.labels[0] for row in table.rows]
    with office.store.session_factory() as session:
        entries = session.scalar(
            select(func.count())
            .select_from(AuditLog)
            .where(AuditLog.action == AuditAction.REFERENCE_RETIRED)
        )
    assert entries == 2


def test_an_unknown_list_is_refused(office):
    with pytest.raises(StateError) as refused:
        office.reference_admin.add("gemeenten", {"nl": "x", "en": "x"})
    assert refused.value.code == "E_REF_KIND_UNKNOWN"
