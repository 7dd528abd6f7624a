"""A small hand-made set of consultations for the records browser, imported from a laptop.

- A: laptop, centrale_bibliotheek, today-3: uwv / ww_uitkering / uitleg / opgelost, note "Brief
  over de WW"; referral werk_inkomen, warm_contact.
- B: laptop, centrale_bibliotheek, today-2: belastingdienst / aangifte_inkomstenbelasting /
  meekijken / deels; toeslagen / huurtoeslag / uitleg / opgelost, referral schulden_geldzaken, koud.
- C: laptop, popup_voedselbank_charlois, today-1: gemeente / bijstand / informeren /
  vervolgafspraak, note "Wil graag een Cursus"; referral werk_inkomen, koud.
- D: laptop, popup_voedselbank_charlois, today-1: uwv / werkmap / uitleg / niet_opgelost; deleted.
- E: the office itself, bib_charlois, today-4: bank / online_bankieren / meekijken / opgelost.

The laptop's consultations reach the office through one real sync file (sequence 1).
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from ido_desktop.app import Services
from ido_desktop.domain.model import ConsultDraft, QuestionDraft, ReferralDraft
from ido_desktop.domain.vocab import DurationBand, PartOfDay, Warmth


def question(
    org: str,
    topic: str,
    help_form: str,
    result: str,
    note: str = "",
    referrals: tuple[ReferralDraft, ...] = (),
) -> QuestionDraft:
    return QuestionDraft(
        organisations=(org,),
        topic=topic,
        help_forms=(help_form,),
        result=result,
        note=note,
        referrals=referrals,
    )


def register(services: Services, days_ago: int, *questions: QuestionDraft) -> str:
    return services.consults.register(
        ConsultDraft(
            consult_date=services.consults.today() - timedelta(days=days_ago),
            part_of_day=PartOfDay.MIDDAG if days_ago % 2 else PartOfDay.OCHTEND,
            duration_band=DurationBand.FROM_10_TO_20,
            questions=questions,
        ),
        services.reference.catalog(),
    )


def build(office: Services, laptop: Services, stick: Path) -> dict[str, str]:
    """Register A-E (see the module docstring), import the laptop's file; name -> consult id."""
    catalog = laptop.reference.catalog()
    ids: dict[str, str] = {}
    laptop.spreekuren.start("centrale_bibliotheek", "MW07", catalog)
    ids["A"] = register(
        laptop,
        3,
        question(
            "uwv",
            "ww_uitkering",
            "uitleg",
            "opgelost",
            note="Brief over de WW",
            referrals=(ReferralDraft(Warmth.WARM_CONTACT, category_code="werk_inkomen"),),
        ),
    )
    ids["B"] = register(
        laptop,
        2,
        question("belastingdienst", "aangifte_inkomstenbelasting", "meekijken", "deels"),
        question(
            "toeslagen",
            "huurtoeslag",
            "uitleg",
            "opgelost",
            referrals=(ReferralDraft(Warmth.KOUD, category_code="schulden_geldzaken"),),
        ),
    )
    laptop.spreekuren.close()
    laptop.spreekuren.start("popup_voedselbank_charlois", "MW07", catalog)
    ids["C"] = register(
        laptop,
        1,
        question(
            "gemeente",
            "bijstand",
            "informeren",
            "vervolgafspraak",
            note="Wil graag een Cursus",
            referrals=(ReferralDraft(Warmth.KOUD, category_code="werk_inkomen"),),
        ),
    )
    ids["D"] = register(laptop, 1, question("uwv", "werkmap", "uitleg", "niet_opgelost"))
    laptop.consults.delete(ids["D"])
    laptop.spreekuren.close()

    office.spreekuren.start("bib_charlois", "BO01", office.reference.catalog())
    ids["E"] = register(office, 4, question("bank", "online_bankieren", "meekijken", "opgelost"))
    office.spreekuren.close()

    exported = laptop.exports.export(stick)
    [result] = office.imports.import_files([Path(exported.path)])
    assert result.result == "imported", result
    return ids
