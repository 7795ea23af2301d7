import pytest
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from pseah.common.crypto import CaseKey, KeyRing, KeyUnavailable


class MemoryKeyRing(KeyRing):
    """The real KeyRing's sealing with keys held in memory instead of the key store (unit tests only)."""

    def __init__(self):
        super().__init__(wrapper=None)
        self.shredded: list[str] = []

    def create(self, reference: str) -> bytes:
        if reference in self._cache:
            raise AssertionError("reference reused")
        self._cache[reference] = AESGCM.generate_key(bit_length=256)
        return self._cache[reference]

    def prepare(self, reference: str) -> CaseKey:
        self.create(reference)
        return CaseKey(reference=reference, wrapped=b"wrapped-in-memory")

    def get(self, reference: str, *, fresh: bool = False) -> bytes:
        if reference not in self._cache:
            raise KeyUnavailable(reference)
        return self._cache[reference]

    def shred(self, reference: str) -> None:
        self.shredded.append(reference)
        self._cache.pop(reference, None)


@pytest.fixture
def keyring():
    return MemoryKeyRing()
