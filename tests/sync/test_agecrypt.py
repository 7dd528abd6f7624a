"""age encryption and interoperability with the real `age` and `age-keygen` tools."""

from __future__ import annotations

import stat
import subprocess

import pytest

from ido_desktop.sync import agecrypt
from ido_desktop.sync.errors import SyncError
from tests.sync.conftest import needs_tool


def test_encrypt_to_several_recipients_each_can_decrypt():
    first, second = agecrypt.generate_identity(), agecrypt.generate_identity()
    data = agecrypt.encrypt(b"records", [first[1], second[1]])
    assert data.startswith(b"age-encryption.org/v1\n")
    assert agecrypt.decrypt(data, [first[0]]) == b"records"
    assert agecrypt.decrypt(data, [second[0]]) == b"records"


def test_decrypt_with_a_stranger_identity_is_refused():
    data = agecrypt.encrypt(b"records", [agecrypt.generate_identity()[1]])
    with pytest.raises(SyncError) as caught:
        agecrypt.decrypt(data, [agecrypt.generate_identity()[0]])
    assert caught.value.code == "E_AGE_DECRYPT_FAILED"


@pytest.mark.parametrize("recipients", [[], ["age1nope"], ["ssh-ed25519 AAAA"]])
def test_encrypt_refuses_bad_or_no_recipients(recipients):
    with pytest.raises(SyncError) as caught:
        agecrypt.encrypt(b"x", recipients)
    assert caught.value.code == "E_AGE_BAD_RECIPIENT"


def test_identity_file_round_trip_in_age_keygen_format(tmp_path):
    identity, recipient = agecrypt.generate_identity()
    agecrypt.write_identity(tmp_path / "id.txt", identity)
    lines = (tmp_path / "id.txt").read_text().splitlines()
    assert lines[0].startswith("# created: ") and lines[0].endswith("Z")
    assert lines[1] == f"# public key: {recipient}"
    assert lines[2] == identity
    assert stat.S_IMODE((tmp_path / "id.txt").stat().st_mode) == 0o600
    assert agecrypt.read_identity(tmp_path / "id.txt") == identity


def test_read_identity_refuses_a_mismatching_public_key_comment(tmp_path):
    identity, _ = agecrypt.generate_identity()
    _, other = agecrypt.generate_identity()
    (tmp_path / "id.txt").write_text(f"# public key: {other}\n{identity}\n")
    with pytest.raises(SyncError) as caught:
        agecrypt.read_identity(tmp_path / "id.txt")
    assert caught.value.code == "E_AGE_BAD_IDENTITY"


def run(*args: str, **kwargs) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(args, capture_output=True, timeout=30, **kwargs)


@needs_tool("age")
def test_age_tool_decrypts_our_encryption(tmp_path):
    identity, recipient = agecrypt.generate_identity()
    agecrypt.write_identity(tmp_path / "id.txt", identity)
    (tmp_path / "x.age").write_bytes(agecrypt.encrypt(b"hello\n", [recipient]))
    result = run("age", "-d", "-i", str(tmp_path / "id.txt"), str(tmp_path / "x.age"))
    assert result.returncode == 0, result.stderr
    assert result.stdout == b"hello\n"


@needs_tool("age")
def test_we_decrypt_what_the_age_tool_encrypted(tmp_path):
    identity, recipient = agecrypt.generate_identity()
    result = run("age", "-r", recipient, input=b"from the tool")
    assert result.returncode == 0, result.stderr
    assert agecrypt.decrypt(result.stdout, [identity]) == b"from the tool"


@needs_tool("age-keygen")
def test_we_read_an_age_keygen_identity_and_it_decrypts_our_encryption(tmp_path):
    result = run("age-keygen", "-o", str(tmp_path / "k.txt"))
    assert result.returncode == 0, result.stderr
    identity = agecrypt.read_identity(tmp_path / "k.txt")
    recipient = agecrypt.recipient_of(identity)
    assert f"# public key: {recipient}" in (tmp_path / "k.txt").read_text()
    assert agecrypt.decrypt(agecrypt.encrypt(b"x", [recipient]), [identity]) == b"x"
