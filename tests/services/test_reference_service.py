"""Reference data comes from the shipped files and is updated when a file's version grows."""

from __future__ import annotations

import json
import shutil

import pytest

from ido_desktop.domain.errors import StoreError
from ido_desktop.paths import REFERENCE_DIR
from ido_desktop.services.reference_service import ReferenceService


def test_a_new_store_holds_every_shipped_kind(services):
    catalog = services.reference.catalog()
    assert len(catalog.items("partners")) >= 25
    assert catalog.has("organisations", "belastingdienst")
    assert catalog.is_digid_topic("digid")
    assert catalog.topics_for("toeslagen")[0].get("organisations") == ["toeslagen"] or (
        "toeslagen" in catalog.topics_for("toeslagen")[0].get("organisations")
    )


def test_a_newer_file_replaces_its_kind_and_retires_missing_codes(services, tmp_path):
    ref_dir = tmp_path / "reference"
    shutil.copytree(REFERENCE_DIR, ref_dir)
    path = ref_dir / "courses.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    dropped = data["items"].pop(0)["code"]
    data["version"] += 1
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")

    service = ReferenceService(services.store.session_factory, ref_dir)
    assert service.update_from_files() == ["courses"]
    assert service.update_from_files() == []  # same version again: nothing to do
    catalog = service.catalog()
    assert not catalog.has("courses", dropped, include_retired=False)
    assert catalog.has("courses", dropped, include_retired=True)  # retired, never deleted


def test_a_damaged_reference_file_is_refused(services, tmp_path):
    ref_dir = tmp_path / "reference"
    shutil.copytree(REFERENCE_DIR, ref_dir)
    (ref_dir / "topics.json").write_text("{ not json", encoding="utf-8")
    with pytest.raises(StoreError) as refused:
        ReferenceService(services.store.session_factory, ref_dir).update_from_files()
    assert refused.value.code == "E_REFERENCE_FILE"
