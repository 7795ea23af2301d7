"""Tiles: the stored tree gives the RFC root at any size, proofs from stored nodes verify, a resume reloads it."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pseah.audit.chain.merkle import (consistency_proof, inclusion_proof, leaf_hash, leaves_source, root_of,
                                      verify_consistency, verify_inclusion)
from pseah.audit.chain.tiles import TILE_WIDTH, TileReader, TilesMissing, TileTree, right_edge, tile_id


def leaves(n: int) -> list[bytes]:
    return [leaf_hash(i.to_bytes(4, "big")) for i in range(n)]


class Store(dict):
    def fetch(self, ids):
        return {i: self[i] for i in ids if i in self}


def grow(store: Store, tree: TileTree, new: list[bytes], batch: int) -> None:
    for start in range(0, len(new), batch):
        tree.extend(new[start:start + batch])
        store.update(tree.flush())


@settings(max_examples=40, deadline=None)
@given(st.integers(0, 3 * TILE_WIDTH * 2 + 7), st.integers(1, 700))
def test_tiles_give_the_rfc_root_and_reload_at_any_size(n, batch):
    hashed = leaves(n)
    store, tree = Store(), TileTree()
    grow(store, tree, hashed, batch)
    assert tree.size == n and tree.root() == root_of(hashed)
    again = TileTree.load(n, store.fetch)
    assert again.root() == root_of(hashed)
    # A resume continues the same tree.
    more = leaves(n + 300)[n:]
    grow(store, again, more, batch)
    assert again.root() == root_of(hashed + more)


def test_a_tree_past_one_full_tile_of_tiles():
    n = TILE_WIDTH * TILE_WIDTH + 3  # a level-2 tile exists
    hashed = leaves(n)
    store, tree = Store(), TileTree()
    grow(store, tree, hashed, 500)
    assert tile_id(2, 0) in store and tree.root() == root_of(hashed)
    reader = TileReader(store.fetch)
    for index in (0, 255, 256, 65535, n - 1):
        proof = inclusion_proof(reader.node, index, n)
        assert verify_inclusion(hashed[index], index, n, proof, tree.root())
    assert TileTree.load(n, store.fetch).root() == tree.root()


@settings(max_examples=40, deadline=None)
@given(st.integers(1, 1200), st.data())
def test_proofs_from_stored_nodes_are_the_rfcs(n, data):
    hashed = leaves(n)
    store, tree = Store(), TileTree()
    grow(store, tree, hashed, 97)
    reader, reference = TileReader(store.fetch), leaves_source(hashed)
    index = data.draw(st.integers(0, n - 1))
    size = data.draw(st.integers(index + 1, n))
    assert inclusion_proof(reader.node, index, size) == inclusion_proof(reference, index, size)
    assert verify_inclusion(hashed[index], index, size, inclusion_proof(reader.node, index, size),
                            root_of(hashed[:size]))
    first = data.draw(st.integers(0, n))
    proof = consistency_proof(reader.node, first, n)
    assert proof == consistency_proof(reference, first, n)
    assert verify_consistency(first, n, root_of(hashed[:first]), tree.root(), proof)


def test_a_longer_stored_partial_tile_is_cut_to_the_size_and_a_short_one_is_missing():
    hashed = leaves(300)
    store, tree = Store(), TileTree()
    grow(store, tree, hashed, 300)
    # The head record says 290 (a crash after the tiles were written, before the head record).
    assert TileTree.load(290, store.fetch).root() == root_of(hashed[:290])
    with pytest.raises(TilesMissing):
        TileTree.load(310, store.fetch)
    del store[tile_id(1, 0)]
    with pytest.raises(TilesMissing):
        TileTree.load(290, store.fetch)


def test_the_right_edge_names_the_partial_tiles():
    assert right_edge(0) == []
    assert right_edge(5) == [(0, 0, 5)]
    assert right_edge(256) == [(1, 0, 1)]
    assert right_edge(256 * 3 + 4) == [(0, 3, 4), (1, 0, 3)]
