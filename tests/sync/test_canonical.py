"""Canonical JSON: one byte sequence per value, and nothing else is accepted."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ido_desktop.sync.canonical import canonical_json, parse_canonical
from ido_desktop.sync.errors import SyncError


def test_canonical_json_sorts_keys_without_whitespace_and_keeps_utf8():
    data = canonical_json({"b": 1, "a": {"d": [1, 2], "c": "café €"}})
    assert data == '{"a":{"c":"café €","d":[1,2]},"b":1}'.encode()
    assert not data.endswith(b"\n")


@pytest.mark.parametrize("value", [float("nan"), float("inf"), {1: "x", "a": 2}, {"a": b"x"}])
def test_canonical_json_refuses_values_without_one_encoding(value):
    with pytest.raises(SyncError) as caught:
        canonical_json(value)
    assert caught.value.code == "E_JSON_UNSUPPORTED_VALUE"


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b'{"a":1,"a":2}', "E_JSON_DUPLICATE_KEY"),
        (b"[1,2]", "E_JSON_NOT_OBJECT"),
        (b'"text"', "E_JSON_NOT_OBJECT"),
        (b'{"b":1,"a":2}', "E_JSON_NOT_CANONICAL"),
        (b'{"a": 1}', "E_JSON_NOT_CANONICAL"),
        (b'{"a":1}\n', "E_JSON_NOT_CANONICAL"),
        (b'{"a":"\\u00e9"}', "E_JSON_NOT_CANONICAL"),
        (b'{"a":1.0e0}', "E_JSON_NOT_CANONICAL"),
        (b'{"a":NaN}', "E_JSON_NOT_CANONICAL"),
        (b'\xef\xbb\xbf{"a":1}', "E_JSON_INVALID"),
        (b'{"a":"\xff"}', "E_JSON_INVALID"),
        (b'{"a":"\\ud800"}', "E_JSON_NOT_CANONICAL"),
        (b"{", "E_JSON_INVALID"),
        (b"[" * 100_000, "E_JSON_INVALID"),
        (b"", "E_JSON_INVALID"),
    ],
)
def test_parse_canonical_refuses(data, code):
    with pytest.raises(SyncError) as caught:
        parse_canonical(data)
    assert caught.value.code == code


json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**70), 2**70) | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=20,
)


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(st.text(max_size=8), json_values, max_size=6))
def test_round_trip_of_any_object(obj):
    assert parse_canonical(canonical_json(obj)) == obj
