"""The Merkle tree's stored hashes, in tiles (the layout of C2SP tlog-tiles); pure, the I/O is the caller's.

A tile of level t and index k holds up to 256 hashes of tree level 8t: those of the perfect subtrees of 256**t
leaves numbered 256k to 256k + 255 (level 0: leaf hashes). A tile is written whole, as one binary value of 32-byte
hashes, under `_id` "<t>/<k, 12 digits>": full tiles never change again; the rightmost tile of each level is partial
and is rewritten, longer, as the log grows. So a batch of 500 entries rewrites a handful of tiles, every read is by
`_id`, and any node of the tree is one tile read plus at most 255 hashes away:

- appending keeps the rightmost tile of each level in memory (`TileTree`): O(log n) per entry, no read;
- the root of the tree at its size is folded from those partial tiles (`TileTree.compact_range`), no leaf read;
- a node (level, index) for a proof is the perfect root of at most 128 hashes of one tile (`TileReader.node`).

The tiles are a cache the writer derives from the entries: verification never trusts them, it recomputes every
leaf from the entries and compares the roots with the signed checkpoints; a proof from a damaged tile fails.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field

from pseah.audit.chain.merkle import HASH_SIZE, CompactRange, perfect_root

TILE_HEIGHT = 8
TILE_WIDTH = 1 << TILE_HEIGHT


def tile_id(level: int, index: int) -> str:
    return f"{level}/{index:012d}"


def split(blob: bytes) -> list[bytes]:
    return [blob[i:i + HASH_SIZE] for i in range(0, len(blob), HASH_SIZE)]


def right_edge(size: int) -> list[tuple[int, int, int]]:
    """(level, tile index, width) of the rightmost partial tile of each level for a tree of `size` leaves.

    Levels whose rightmost tile is full (width 0 at that level) are left out: nothing of theirs is partial.
    """
    edge = []
    level, count = 0, size
    while count:
        width = count % TILE_WIDTH
        if width:
            edge.append((level, count // TILE_WIDTH, width))
        level, count = level + 1, count // TILE_WIDTH
    return edge


class TilesMissing(LookupError):
    """A tile the tree needs is absent or shorter than it should be: the tiles must be rebuilt from the entries."""


@dataclass
class TileTree:
    """The right edge of the tree: the partial tile of each level, and the tiles touched since the last flush."""

    size: int = 0
    partial: list[list[bytes]] = field(default_factory=list)
    _dirty: dict[tuple[int, int], bytes] = field(default_factory=dict)

    @classmethod
    def load(cls, size: int, fetch: Callable[[list[str]], Mapping[str, bytes]]) -> TileTree:
        """The tree of `size` leaves from its stored right edge (one read); TilesMissing when it is not all there.

        A stored partial tile may be longer than `size` needs (a crash after the tiles, before the head record):
        hashes past the size are dropped here and computed again from the entries that follow.
        """
        edge = right_edge(size)
        stored = fetch([tile_id(level, index) for level, index, _ in edge]) if edge else {}
        tree = cls(size=size)
        top = max((level for level, _, _ in edge), default=-1)
        tree.partial = [[] for _ in range(top + 1)]
        for level, index, width in edge:
            blob = stored.get(tile_id(level, index))
            if blob is None or len(blob) < width * HASH_SIZE:
                raise TilesMissing(tile_id(level, index))
            tree.partial[level] = split(bytes(blob[:width * HASH_SIZE]))
        return tree

    def append(self, leaf: bytes) -> None:
        self.size += 1
        value, level = leaf, 0
        while True:
            if level == len(self.partial):
                self.partial.append([])
            tile = self.partial[level]
            tile.append(value)
            index = (self.size - 1) >> (TILE_HEIGHT * (level + 1))
            self._dirty[(level, index)] = b"".join(tile)
            if len(tile) < TILE_WIDTH:
                return
            # The tile is full: its root is the next hash of the level above; it is never rewritten again.
            value = perfect_root(tile)
            self.partial[level] = []
            level += 1

    def extend(self, leaves: Iterable[bytes]) -> None:
        for leaf in leaves:
            self.append(leaf)

    def flush(self) -> dict[str, bytes]:
        """The tiles touched since the last flush, by `_id`, whole (full or partial); then forgotten."""
        out = {tile_id(level, index): blob for (level, index), blob in self._dirty.items()}
        self._dirty = {}
        return out

    def compact_range(self) -> CompactRange:
        nodes: list[bytes] = []
        for level in range(len(self.partial) - 1, -1, -1):
            hashes = self.partial[level]
            offset = 0
            for bit in range(TILE_HEIGHT - 1, -1, -1):
                width = 1 << bit
                if len(hashes) & width:
                    nodes.append(perfect_root(hashes[offset:offset + width]))
                    offset += width
        return CompactRange(self.size, nodes)

    def root(self) -> bytes:
        return self.compact_range().root()


class TileReader:
    """Nodes of the stored tree for proofs; tiles fetched by `_id` (a batch at a time) and kept for its lifetime."""

    def __init__(self, fetch: Callable[[list[str]], Mapping[str, bytes]]) -> None:
        self._fetch = fetch
        self._tiles: dict[str, list[bytes]] = {}

    def _tile(self, level: int, index: int) -> list[bytes]:
        key = tile_id(level, index)
        if key not in self._tiles:
            blob = self._fetch([key]).get(key)
            if blob is None:
                raise TilesMissing(key)
            self._tiles[key] = split(bytes(blob))
        return self._tiles[key]

    def node(self, level: int, index: int) -> bytes:
        tile_level, within = divmod(level, TILE_HEIGHT)
        first = index << within
        hashes = self._tile(tile_level, first // TILE_WIDTH)
        offset = first % TILE_WIDTH
        chunk = hashes[offset:offset + (1 << within)]
        if len(chunk) != 1 << within:
            raise TilesMissing(tile_id(tile_level, first // TILE_WIDTH))
        return perfect_root(chunk)
