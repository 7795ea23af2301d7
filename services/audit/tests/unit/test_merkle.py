"""The Merkle tree of RFC 6962/9162: roots, inclusion and consistency proofs, and their verification.

Properties from the RFC: every proof the tree produces verifies; a changed leaf, index, size, root or path fails;
any two sizes are consistent, and a rewritten prefix is not. Known values pin the hashing itself.
"""
from __future__ import annotations

import hashlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pseah.audit.chain.merkle import (EMPTY_ROOT, CompactRange, consistency_proof, inclusion_proof, leaf_hash,
                                      leaves_source, node_hash, root_of, split_point, verify_consistency,
                                      verify_inclusion)


def leaves(n: int, salt: bytes = b"") -> list[bytes]:
    return [leaf_hash(salt + i.to_bytes(4, "big")) for i in range(n)]


sizes = st.integers(min_value=1, max_value=300)


def test_the_hashing_is_the_rfcs():
    assert EMPTY_ROOT.hex() == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
    # RFC 6962's test vector tree: the leaf hash of the empty string.
    assert leaf_hash(b"").hex() == "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d"
    a, b = leaf_hash(b"a"), leaf_hash(b"b")
    assert node_hash(a, b) == hashlib.sha256(b"\x01" + a + b).digest()
    assert root_of([a, b, leaf_hash(b"c")]) == node_hash(node_hash(a, b), leaf_hash(b"c"))


def test_known_roots_of_the_rfc_6962_test_vectors():
    # The eight leaves of the Certificate Transparency reference tests (certificate-transparency-go, merkle tests).
    inputs = [b"", b"\x00", b"\x10", b"\x20\x21", b"\x30\x31", b"\x40\x41\x42\x43", b"\x50\x51\x52\x53\x54\x55\x56\x57",
              b"\x60\x61\x62\x63\x64\x65\x66\x67\x68\x69\x6a\x6b\x6c\x6d\x6e\x6f"]
    roots = ["6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
             "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
             "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
             "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
             "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
             "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
             "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
             "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328"]
    hashed = [leaf_hash(i) for i in inputs]
    for n, expected in enumerate(roots, start=1):
        assert root_of(hashed[:n]).hex() == expected
        compact = CompactRange()
        for leaf in hashed[:n]:
            compact.append(leaf)
        assert compact.root().hex() == expected


def test_split_point_is_the_largest_power_of_two_below():
    assert [split_point(n) for n in (2, 3, 4, 5, 8, 9, 1000)] == [1, 2, 2, 4, 4, 8, 512]


@given(sizes)
def test_the_compact_range_gives_the_rfc_root_at_every_size(n):
    hashed = leaves(n)
    compact = CompactRange()
    for i, leaf in enumerate(hashed, start=1):
        compact.append(leaf)
        assert len(compact.nodes) == bin(i).count("1")
    assert compact.root() == root_of(hashed)


@settings(max_examples=150)
@given(sizes, st.data())
def test_every_inclusion_proof_verifies(n, data):
    hashed = leaves(n)
    index = data.draw(st.integers(0, n - 1))
    root = root_of(hashed)
    proof = inclusion_proof(leaves_source(hashed), index, n)
    assert len(proof) <= n.bit_length()
    assert verify_inclusion(hashed[index], index, n, proof, root)


@settings(max_examples=150)
@given(st.integers(2, 300), st.data())
def test_a_tampered_inclusion_fails(n, data):
    hashed = leaves(n)
    index = data.draw(st.integers(0, n - 1))
    root = root_of(hashed)
    proof = inclusion_proof(leaves_source(hashed), index, n)
    other = data.draw(st.integers(0, n - 1).filter(lambda i: i != index))
    # Another leaf, the same leaf at another index, another size, another root, a changed proof: all refused.
    assert not verify_inclusion(hashed[other], index, n, proof, root)
    assert not verify_inclusion(hashed[index], other, n, proof, root)
    # A size is bound to its root by the signed checkpoint; alone, it changes the verdict wherever it changes the
    # shape of the path (RFC 9162 2.1.3.2 then ends with sn != 0 or a different fold), and always when too small.
    wrong_size = data.draw(st.integers(1, 400).filter(
        lambda s: s <= index or len(inclusion_proof(leaves_source(leaves(s)), index, s)) != len(proof)))
    assert not verify_inclusion(hashed[index], index, wrong_size, proof, root)
    assert not verify_inclusion(hashed[index], index, n, proof, leaf_hash(b"forged root"))
    if proof:
        at = data.draw(st.integers(0, len(proof) - 1))
        bad = list(proof)
        bad[at] = bytes([bad[at][0] ^ 1]) + bad[at][1:]
        assert not verify_inclusion(hashed[index], index, n, bad, root)
        assert not verify_inclusion(hashed[index], index, n, proof[:-1], root)
        assert not verify_inclusion(hashed[index], index, n, [*proof, proof[0]], root)


@settings(max_examples=150)
@given(sizes, st.data())
def test_any_two_sizes_are_consistent(n, data):
    hashed = leaves(n)
    m = data.draw(st.integers(0, n))
    source = leaves_source(hashed)
    proof = consistency_proof(source, m, n)
    assert verify_consistency(m, n, root_of(hashed[:m]), root_of(hashed), proof)


@settings(max_examples=150)
@given(st.integers(2, 300), st.data())
def test_a_rewritten_prefix_or_a_tampered_proof_is_not_consistent(n, data):
    hashed = leaves(n)
    m = data.draw(st.integers(1, n - 1))
    proof = consistency_proof(leaves_source(hashed), m, n)
    old_root, new_root = root_of(hashed[:m]), root_of(hashed)
    # The log after a rewrite of any leaf of the old tree: its new root has no valid proof from the old one.
    victim = data.draw(st.integers(0, m - 1))
    rewritten = list(hashed)
    rewritten[victim] = leaf_hash(b"rewritten")
    rewritten_proof = consistency_proof(leaves_source(rewritten), m, n)
    assert not verify_consistency(m, n, old_root, root_of(rewritten), rewritten_proof)
    assert not verify_consistency(m, n, old_root, root_of(rewritten), proof)
    assert not verify_consistency(m, n, leaf_hash(b"x"), new_root, proof)
    other = data.draw(st.integers(1, n).filter(lambda s: s != m))
    assert not verify_consistency(other, n, old_root, new_root, proof)
    at = data.draw(st.integers(0, len(proof) - 1))
    bad = list(proof)
    bad[at] = bytes([bad[at][0] ^ 1]) + bad[at][1:]
    assert not verify_consistency(m, n, old_root, new_root, bad)
    assert not verify_consistency(m, n, old_root, new_root, [])


@given(st.integers(1, 64), st.integers(1, 64))
def test_the_log_only_grew_between_two_compact_ranges(m, extra):
    hashed = leaves(m + extra)
    compact = CompactRange()
    for leaf in hashed[:m]:
        compact.append(leaf)
    old = compact.copy()
    for leaf in hashed[m:]:
        compact.append(leaf)
    proof = consistency_proof(leaves_source(hashed), m, m + extra)
    assert verify_consistency(m, m + extra, old.root(), compact.root(), proof)


def test_proofs_outside_the_tree_are_refused():
    with pytest.raises(ValueError):
        inclusion_proof(leaves_source(leaves(3)), 3, 3)
    with pytest.raises(ValueError):
        consistency_proof(leaves_source(leaves(3)), 4, 3)
    with pytest.raises(ValueError):
        CompactRange(3, [leaf_hash(b"")])


@given(st.integers(0, 300))
def test_a_compact_range_read_from_stored_nodes_continues_the_tree(n):
    from pseah.audit.chain.merkle import compact_range_at

    hashed = leaves(n + 5)
    compact = compact_range_at(leaves_source(hashed), n)
    assert compact.root() == root_of(hashed[:n])
    for leaf in hashed[n:]:
        compact.append(leaf)
    assert compact.root() == root_of(hashed)
