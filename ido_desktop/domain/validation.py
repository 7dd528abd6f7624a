"""Rules a consultation must satisfy before it is stored."""

from __future__ import annotations

from datetime import date

from ido_desktop.domain.errors import ValidationError
from ido_desktop.domain.model import ConsultDraft, QuestionDraft, ReferralDraft
from ido_desktop.domain.privacy import check_note
from ido_desktop.domain.reference import ReferenceCatalog

# How far back paper notes may be entered; older ones belong in the back office.
MAX_BACKDATE_DAYS = 62
STAFF_CODE_MAX = 12


def validate_staff_code(staff_code: str) -> str:
    """Staff codes are pseudonyms like 'MW07', never names: short, letters and digits."""
    code = staff_code.strip().upper()
    if not code:
        raise ValidationError("E_STAFF_CODE_MISSING", "staff_code")
    if len(code) > STAFF_CODE_MAX or not code.isalnum() or not any(c.isdigit() for c in code):
        raise ValidationError("E_STAFF_CODE_FORMAT", "staff_code")
    return code


def validate_consult(
    draft: ConsultDraft,
    catalog: ReferenceCatalog,
    today: date,
    max_backdate_days: int | None = MAX_BACKDATE_DAYS,
) -> None:
    """Raise ValidationError (or PrivacyError) for the first problem found.

    ``max_backdate_days=None`` lifts the limit on old dates (corrections in the back office).
    """
    if draft.consult_date > today:
        raise ValidationError("E_DATE_IN_FUTURE", "consult_date")
    if max_backdate_days is not None and (today - draft.consult_date).days > max_backdate_days:
        raise ValidationError("E_DATE_TOO_OLD", "consult_date", days=max_backdate_days)
    if not draft.questions:
        raise ValidationError("E_NO_QUESTION", "questions")
    for index, question in enumerate(draft.questions):
        _validate_question(question, index, catalog)


def _validate_question(q: QuestionDraft, index: int, catalog: ReferenceCatalog) -> None:
    def need(kind: str, code: str | None, field: str) -> None:
        if not code:
            raise ValidationError("E_FIELD_MISSING", field, index)
        if not catalog.has(kind, code, include_retired=q.id is not None):
            raise ValidationError("E_UNKNOWN_CODE", field, index, value=code)

    if not q.organisations:
        raise ValidationError("E_FIELD_MISSING", "organisations", index)
    for org in q.organisations:
        need("organisations", org, "organisations")
    need("topics", q.topic, "topic")
    if not q.help_forms:
        raise ValidationError("E_FIELD_MISSING", "help_forms", index)
    for form in q.help_forms:
        need("help_forms", form, "help_forms")
    need("results", q.result, "result")
    if q.digid_detail is not None:
        if not catalog.is_digid_topic(q.topic):
            raise ValidationError("E_DIGID_DETAIL_WITHOUT_DIGID", "digid_detail", index)
        need("digid_details", q.digid_detail, "digid_detail")
    for problem in q.problems:
        need("problems", problem, "problems")
    if q.signal_kind is not None or q.signal_organisation is not None:
        need("signal_kinds", q.signal_kind, "signal_kind")
        need("organisations", q.signal_organisation, "signal_organisation")
    check_note(q.note)
    for referral in q.referrals:
        _validate_referral(referral, index, catalog)


def _validate_referral(r: ReferralDraft, index: int, catalog: ReferenceCatalog) -> None:
    if not (r.partner_code or r.category_code or r.course_code):
        raise ValidationError("E_REFERRAL_EMPTY", "referrals", index)
    for kind, code in (
        ("partners", r.partner_code),
        ("partner_categories", r.category_code),
        ("courses", r.course_code),
    ):
        if code is not None and not catalog.has(kind, code):
            raise ValidationError("E_UNKNOWN_CODE", "referrals", index, value=code)
