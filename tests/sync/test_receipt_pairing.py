"""Receipts and configuration files: round trip, pinning and strict reading."""

from __future__ import annotations

import json

import pytest

from ido_desktop.sync import agecrypt, container, minisign, pairing, receipt
from ido_desktop.sync.errors import SyncError

RECEIPT_FIELDS = {
    "device_id": "laptop-03",
    "sequences": [6, 7],
    "received_through_clock": 42,
    "record_revisions": 17,
    "created_at": "2026-01-15T12:00:00Z",
}


def config_fields(recipients: list[str]) -> dict:
    return {
        "config_version": 2,
        "backoffice_name": "Bibliotheek Centrum",
        "recipients": recipients,
        "reference": {"locations": {"version": 1, "items": [{"code": "centrale_bibliotheek"}]}},
        "created_at": "2026-01-15T12:00:00Z",
    }


def test_receipt_round_trip_and_determinism(backoffice_key):
    data = receipt.build_receipt(RECEIPT_FIELDS, backoffice_key.secret)
    assert data == receipt.build_receipt(RECEIPT_FIELDS, backoffice_key.secret)
    result = receipt.read_receipt(data, backoffice_key.public)
    assert result == {
        **RECEIPT_FIELDS,
        "format": "ido-receipt",
        "format_version": 1,
        "backoffice_key_id": backoffice_key.public.key_id_hex,
    }


@pytest.mark.parametrize(
    ("change", "code"),
    [
        ({"sequences": []}, "E_RECEIPT_CONTENT_INVALID"),
        ({"sequences": [7, 6]}, "E_RECEIPT_CONTENT_INVALID"),
        ({"sequences": [0]}, "E_RECEIPT_CONTENT_INVALID"),
        ({"record_revisions": -1}, "E_RECEIPT_CONTENT_INVALID"),
        ({"created_at": "2026-02-30T00:00:00Z"}, "E_RECEIPT_CONTENT_INVALID"),
        ({"visitor": "x"}, "E_RECEIPT_CONTENT_INVALID"),
    ],
)
def test_build_receipt_refuses_bad_fields(backoffice_key, change, code):
    with pytest.raises(SyncError) as caught:
        receipt.build_receipt({**RECEIPT_FIELDS, **change}, backoffice_key.secret)
    assert caught.value.code == code


def test_receipt_by_another_key_is_refused(backoffice_key, device_key):
    data = receipt.build_receipt(RECEIPT_FIELDS, device_key.secret)
    with pytest.raises(SyncError) as caught:
        receipt.read_receipt(data, backoffice_key.public)
    assert caught.value.code == "E_RECEIPT_SIGNATURE_KEY_MISMATCH"


def test_receipt_with_the_wrong_members_is_refused(backoffice_key):
    with pytest.raises(SyncError) as caught:
        receipt.read_receipt(container.pack([("receipt.json", b"{}")]), backoffice_key.public)
    assert caught.value.code == "E_RECEIPT_MEMBER_MISSING"


def test_config_first_pairing_uses_the_embedded_key_then_pinning(backoffice_key, age_pair):
    data = pairing.build_config(config_fields([age_pair[1]]), backoffice_key.secret)
    first = pairing.read_config(data, None)
    embedded = minisign.read_public_key(first["backoffice_public_key"])
    assert embedded == backoffice_key.public
    assert embedded.fingerprint == backoffice_key.public.fingerprint
    assert first["recipients"] == [age_pair[1]]
    assert pairing.read_config(data, embedded) == first


def test_config_by_another_key_is_refused_once_pinned(backoffice_key, device_key, age_pair):
    forged = pairing.build_config(config_fields([age_pair[1]]), device_key.secret)
    assert pairing.read_config(forged, None)  # a first pairing would show its fingerprint
    with pytest.raises(SyncError) as caught:
        pairing.read_config(forged, backoffice_key.public)
    assert caught.value.code == "E_CONFIG_WRONG_SIGNER"


def test_config_announcing_another_key_is_refused(backoffice_key, device_key, age_pair):
    """Signed by the pinned key, but naming another back-office key: no silent key rotation."""
    data = pairing.build_config(config_fields([age_pair[1]]), backoffice_key.secret)
    parts = container.unpack(data, pairing.MEMBERS, "CONFIG", pairing.MAX_CONFIG_FILE_SIZE)
    text = parts[0].decode()
    text = text.replace(
        backoffice_key.public.to_text().replace("\n", "\\n"),
        device_key.public.to_text().replace("\n", "\\n"),
    ).replace(backoffice_key.public.key_id_hex, device_key.public.key_id_hex)
    doc = text.encode()
    parsed = json.loads(doc)
    pairing.validate_config(parsed)
    sig = minisign.sign(
        doc, backoffice_key.secret, pairing.trusted_comment(parsed, doc), pairing.UNTRUSTED_COMMENT
    )
    with pytest.raises(SyncError) as caught:
        pairing.read_config(
            container.pack([("config.json", doc), ("config.json.minisig", sig)]),
            backoffice_key.public,
        )
    assert caught.value.code == "E_CONFIG_KEY_CHANGED"


@pytest.mark.parametrize(
    ("change", "code"),
    [
        ({"recipients": []}, "E_CONFIG_CONTENT_INVALID"),
        ({"recipients": ["age1nope"]}, "E_CONFIG_CONTENT_INVALID"),
        ({"config_version": 0}, "E_CONFIG_CONTENT_INVALID"),
        ({"reference": {"locations": {"version": 1, "items": ["x"]}}}, "E_CONFIG_CONTENT_INVALID"),
        ({"backoffice_name": "two\nlines"}, "E_CONFIG_CONTENT_INVALID"),
    ],
)
def test_build_config_refuses_bad_fields(backoffice_key, age_pair, change, code):
    with pytest.raises(SyncError) as caught:
        pairing.build_config({**config_fields([age_pair[1]]), **change}, backoffice_key.secret)
    assert caught.value.code == code


def test_config_with_duplicate_or_upper_case_recipients_is_refused(backoffice_key):
    _, recipient = agecrypt.generate_identity()
    for recipients in ([recipient, recipient], [recipient.upper()]):
        with pytest.raises(SyncError) as caught:
            pairing.build_config(config_fields(recipients), backoffice_key.secret)
        assert caught.value.code == "E_CONFIG_CONTENT_INVALID"
