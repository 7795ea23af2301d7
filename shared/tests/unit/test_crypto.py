import pytest
from cryptography.exceptions import InvalidTag
from hypothesis import given, strategies as st

from pseah.common.crypto import KeyFileWrapper, open_sealed, seal

KEY = bytes(range(32))


@given(st.text())
def test_seal_then_open_returns_the_text(text):
    assert open_sealed(KEY, seal(KEY, text, context="PSEAH-1"), context="PSEAH-1").decode() == text


def test_sealed_value_does_not_contain_the_plaintext():
    token = seal(KEY, "dipaksa oleh relawan", context="PSEAH-1")
    assert "relawan" not in token and token.startswith("v1.")


def test_a_value_sealed_for_one_case_cannot_be_opened_as_another():
    token = seal(KEY, "secret", context="PSEAH-1")
    with pytest.raises(InvalidTag):
        open_sealed(KEY, token, context="PSEAH-2")


def test_a_different_key_cannot_open():
    with pytest.raises(InvalidTag):
        open_sealed(bytes(32), seal(KEY, "secret", context="c"), context="c")


def test_key_file_is_created_private_and_wraps(tmp_path):
    path = tmp_path / "secrets" / "master.key"
    wrapper = KeyFileWrapper(path)
    assert oct(path.stat().st_mode & 0o777) == "0o600"
    wrapped = wrapper.wrap(KEY, context="PSEAH-9")
    assert KEY not in wrapped
    assert KeyFileWrapper(path).unwrap(wrapped, context="PSEAH-9") == KEY
    with pytest.raises(InvalidTag):
        wrapper.unwrap(wrapped, context="PSEAH-8")
