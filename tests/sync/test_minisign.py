"""minisign keys and signatures, and interoperability with the real `minisign` tool."""

from __future__ import annotations

import base64
import stat
import subprocess

import pytest

from ido_desktop.sync import minisign
from ido_desktop.sync.errors import SyncError
from tests.sync.conftest import needs_tool


def test_public_key_file_has_minisign_layout_and_key_id():
    pair = minisign.KeyPair.from_seed(bytes(range(32)), bytes.fromhex("1e1bba7c529e6e8e"))
    lines = pair.public.to_text().split("\n")
    assert lines[0] == "untrusted comment: minisign public key 8E6E9E527CBA1B1E"
    raw = base64.b64decode(lines[1])
    assert raw[:2] == b"Ed" and raw[2:10] == pair.public.key_id and raw[10:] == pair.public.raw
    assert lines[2] == ""
    assert pair.public.key_id_hex == "8E6E9E527CBA1B1E"


def test_fingerprint_groups_sha256_in_fours():
    pair = minisign.KeyPair.generate()
    groups = pair.public.fingerprint.split(" ")
    assert len(groups) == 16 and all(len(group) == 4 for group in groups)


def test_keys_round_trip_through_files_with_private_mode(tmp_path):
    pair = minisign.KeyPair.generate()
    minisign.write_secret_key(tmp_path / "k.key", pair.secret)
    minisign.write_public_key(tmp_path / "k.pub", pair.public)
    assert stat.S_IMODE((tmp_path / "k.key").stat().st_mode) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["k.key", "k.pub"]
    secret = minisign.read_secret_key(tmp_path / "k.key")
    assert secret.public_key == pair.public
    assert minisign.read_public_key(tmp_path / "k.pub") == pair.public
    assert minisign.read_public_key(pair.public.to_text()) == pair.public


def test_sign_and_verify_return_the_trusted_comment():
    pair = minisign.KeyPair.generate()
    sig = minisign.sign(b"message", pair.secret, "trusted words", "untrusted words")
    assert minisign.verify(b"message", sig, pair.public) == "trusted words"
    assert base64.b64decode(sig.split(b"\n")[1])[:2] == b"ED"


@pytest.mark.parametrize(
    ("mutate", "code"),
    [
        (lambda sig, other: sig.replace(b"\n", b"\r\n"), "E_SIG_MALFORMED"),
        (lambda sig, other: sig[:-1], "E_SIG_MALFORMED"),
        (lambda sig, other: b"x" + sig, "E_SIG_MALFORMED"),
        (
            lambda sig, other: sig.replace(b"trusted comment: t", b"trusted comment: T"),
            "E_SIG_TRUSTED_COMMENT_INVALID",
        ),
        (lambda sig, other: other, "E_SIG_KEY_MISMATCH"),
    ],
)
def test_verify_refusals(mutate, code):
    pair, stranger = minisign.KeyPair.generate(), minisign.KeyPair.generate()
    sig = minisign.sign(b"message", pair.secret, "t", "u")
    other = minisign.sign(b"message", stranger.secret, "t", "u")
    with pytest.raises(SyncError) as caught:
        minisign.verify(b"message", mutate(sig, other), pair.public)
    assert caught.value.code == code


def test_verify_refuses_another_message():
    pair = minisign.KeyPair.generate()
    sig = minisign.sign(b"message", pair.secret, "t", "u")
    with pytest.raises(SyncError) as caught:
        minisign.verify(b"messagE", sig, pair.public)
    assert caught.value.code == "E_SIG_INVALID"


def test_verify_refuses_non_canonical_base64():
    pair = minisign.KeyPair.generate()
    lines = minisign.sign(b"m", pair.secret, "t", "u").decode().split("\n")
    # 64 bytes in base64 end in "==": the last data character carries 4 unused bits.
    last = lines[3][-3]
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    lines[3] = lines[3][:-3] + alphabet[alphabet.index(last) ^ 1] + "=="
    with pytest.raises(SyncError) as caught:
        minisign.verify(b"m", "\n".join(lines).encode(), pair.public)
    assert caught.value.code == "E_SIG_MALFORMED"


def test_verify_refuses_legacy_non_prehashed_signatures():
    pair = minisign.KeyPair.generate()
    raw = pair.secret.key.sign(b"m")
    glob = pair.secret.key.sign(raw + b"t")
    sig = (
        "untrusted comment: u\n"
        + base64.b64encode(b"Ed" + pair.secret.key_id + raw).decode()
        + "\ntrusted comment: t\n"
        + base64.b64encode(glob).decode()
        + "\n"
    ).encode()
    with pytest.raises(SyncError) as caught:
        minisign.verify(b"m", sig, pair.public)
    assert caught.value.code == "E_SIG_UNSUPPORTED"


@pytest.mark.parametrize("comment", ["two\nlines", "cr\r", " padded", "x" * 5000])
def test_sign_refuses_comments_minisign_would_alter(comment):
    pair = minisign.KeyPair.generate()
    with pytest.raises(SyncError) as caught:
        minisign.sign(b"m", pair.secret, comment, "u")
    assert caught.value.code == "E_SIG_BAD_COMMENT"


def _secret_raw(pair: minisign.KeyPair) -> bytearray:
    return bytearray(base64.b64decode(minisign.secret_key_text(pair.secret).split("\n")[1]))


def _as_file(raw: bytes) -> bytes:
    return b"untrusted comment: x\n" + base64.b64encode(bytes(raw)) + b"\n"


@pytest.mark.parametrize(
    ("patch", "code"),
    [
        (lambda raw: raw.__setitem__(slice(2, 4), b"Sc"), "E_KEY_ENCRYPTED"),
        (lambda raw: raw.__setitem__(slice(2, 4), b"Xx"), "E_KEY_UNSUPPORTED"),
        (lambda raw: raw.__setitem__(slice(0, 2), b"ED"), "E_KEY_UNSUPPORTED"),
        (lambda raw: raw.__setitem__(130, raw[130] ^ 1), "E_KEY_CORRUPT"),
        (lambda raw: raw.__setitem__(100, raw[100] ^ 1), "E_KEY_CORRUPT"),
        (lambda raw: raw.__delitem__(slice(150, 158)), "E_KEY_MALFORMED"),
    ],
)
def test_read_secret_key_refusals(patch, code):
    raw = _secret_raw(minisign.KeyPair.generate())
    patch(raw)
    with pytest.raises(SyncError) as caught:
        minisign.read_secret_key(_as_file(raw))
    assert caught.value.code == code


def test_read_secret_key_accepts_zero_checksum_of_minisign_0_11():
    pair = minisign.KeyPair.generate()
    raw = _secret_raw(pair)
    raw[126:158] = bytes(32)
    assert minisign.read_secret_key(_as_file(raw)).public_key == pair.public


def test_read_key_failures_have_codes(tmp_path):
    with pytest.raises(SyncError) as caught:
        minisign.read_secret_key(tmp_path / "missing.key")
    assert caught.value.code == "E_KEY_READ_FAILED"
    with pytest.raises(SyncError) as caught:
        minisign.read_public_key("just one line\n")
    assert caught.value.code == "E_KEY_MALFORMED"


# --- Interoperability with the real minisign tool ------------------------------------------


def run(*args: str, **kwargs) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        args, capture_output=True, text=True, stdin=subprocess.DEVNULL, timeout=30, **kwargs
    )


@needs_tool("minisign")
def test_minisign_tool_verifies_our_signature_and_prints_our_trusted_comment(tmp_path):
    pair = minisign.KeyPair.generate()
    minisign.write_public_key(tmp_path / "ido.pub", pair.public)
    (tmp_path / "file").write_bytes(b"some bytes\x00\xff")
    comment = "ido-sync device=laptop-03 sequence=7 sha256=ab"
    (tmp_path / "file.minisig").write_bytes(
        minisign.sign(b"some bytes\x00\xff", pair.secret, comment, "ido test")
    )
    result = run("minisign", "-V", "-p", str(tmp_path / "ido.pub"), "-m", str(tmp_path / "file"))
    assert result.returncode == 0, result.stderr
    assert f"Trusted comment: {comment}" in result.stdout


@needs_tool("minisign")
def test_minisign_tool_signs_with_our_secret_key(tmp_path):
    pair = minisign.KeyPair.generate()
    minisign.write_secret_key(tmp_path / "ido.key", pair.secret)
    minisign.write_public_key(tmp_path / "ido.pub", pair.public)
    (tmp_path / "file").write_bytes(b"data")
    result = run(
        "minisign",
        "-S",
        "-s",
        str(tmp_path / "ido.key"),
        "-m",
        str(tmp_path / "file"),
        "-t",
        "made by the tool",
    )
    assert result.returncode == 0, result.stderr
    signature = (tmp_path / "file.minisig").read_bytes()
    assert minisign.verify(b"data", signature, pair.public) == "made by the tool"


@needs_tool("minisign")
def test_we_read_keys_and_verify_signatures_made_by_the_minisign_tool(tmp_path):
    result = run(
        "minisign", "-G", "-W", "-f", "-p", str(tmp_path / "x.pub"), "-s", str(tmp_path / "x.key")
    )
    assert result.returncode == 0, result.stderr
    public = minisign.read_public_key(tmp_path / "x.pub")
    secret = minisign.read_secret_key(tmp_path / "x.key")
    assert secret.public_key == public
    # The tool prints the key id as a hex number in the comment line; it drops leading zeros
    # (so "01F4..." shows as "1F4..."), hence the numeric comparison.
    printed = (tmp_path / "x.pub").read_text().split("\n")[0].rsplit(" ", 1)[-1]
    assert int(printed, 16) == int(public.key_id_hex, 16)
    assert public.base64 in result.stdout
    (tmp_path / "file").write_bytes(b"payload")
    result = run(
        "minisign",
        "-S",
        "-s",
        str(tmp_path / "x.key"),
        "-m",
        str(tmp_path / "file"),
        "-t",
        "trusted",
    )
    assert result.returncode == 0, result.stderr
    signature = (tmp_path / "file.minisig").read_bytes()
    assert minisign.verify(b"payload", signature, public) == "trusted"
    with pytest.raises(SyncError):
        minisign.verify(b"payloaD", signature, public)
