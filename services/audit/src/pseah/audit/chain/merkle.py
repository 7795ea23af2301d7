"""Pure Merkle tree logic over the audit entries, as RFC 6962 (section 2.1) and RFC 9162 (section 2.1) define it.

No database, clock or randomness, so the service, `pseah audit verify` and anyone holding an export compute the
same roots and check the same proofs:

    leaf hash      = SHA-256(0x00 || entry bytes)
    interior node  = SHA-256(0x01 || left || right)
    MTH({})        = SHA-256("")
    MTH(D[n])      = MTH(D[0:k]) and MTH(D[k:n]) joined as a node, k the largest power of two smaller than n

The entry bytes are the canonical JSON of the entry without `hash` (and the store's `_id`): the very bytes whose
SHA-256 is the entry's chain hash (pseah.audit.chain.ledger), so one serialisation serves both.

Proofs are built from a node source, `node(level, index) -> bytes`: the root of the perfect subtree of 2**level
leaves starting at leaf index * 2**level. The store keeps those in tiles (pseah.audit.chain.tiles); tests give the
leaves themselves. Verification follows RFC 9162 sections 2.1.3.2 and 2.1.4.2 step by step.
"""
from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Sequence

HASH_SIZE = 32
EMPTY_ROOT = hashlib.sha256(b"").digest()
_LEAF = b"\x00"
_NODE = b"\x01"

NodeSource = Callable[[int, int], bytes]


def leaf_hash(entry_bytes: bytes) -> bytes:
    return hashlib.sha256(_LEAF + entry_bytes).digest()


def node_hash(left: bytes, right: bytes) -> bytes:
    return hashlib.sha256(_NODE + left + right).digest()


def split_point(n: int) -> int:
    """The largest power of two smaller than n (n >= 2): RFC 6962's k."""
    return 1 << ((n - 1).bit_length() - 1)


def _is_power_of_two(n: int) -> bool:
    return n > 0 and n & (n - 1) == 0


def root_of(leaves: Sequence[bytes]) -> bytes:
    """MTH of a list of leaf hashes, by the RFC's recursion (the reference the faster code is tested against)."""
    n = len(leaves)
    if n == 0:
        return EMPTY_ROOT
    if n == 1:
        return leaves[0]
    k = split_point(n)
    return node_hash(root_of(leaves[:k]), root_of(leaves[k:]))


def perfect_root(hashes: Sequence[bytes]) -> bytes:
    """Root of a perfect subtree (len(hashes) a power of two), level by level."""
    level = list(hashes)
    while len(level) > 1:
        level = [node_hash(level[i], level[i + 1]) for i in range(0, len(level), 2)]
    return level[0]


class CompactRange:
    """The roots of the perfect subtrees that make up the tree of `size` leaves, largest (leftmost) first.

    At most one per bit of `size`: appending costs O(1) amortised (O(log n) at worst) and the root of the whole
    tree is folded from these O(log n) hashes, never from the leaves. Verification streams every entry through
    one of these; the writer keeps the same state in tiles.
    """

    __slots__ = ("size", "nodes")

    def __init__(self, size: int = 0, nodes: Iterable[bytes] = ()) -> None:
        self.size = size
        self.nodes = list(nodes)
        if len(self.nodes) != bin(size).count("1"):
            raise ValueError(f"a compact range of size {size} has {bin(size).count('1')} nodes, "
                             f"not {len(self.nodes)}")

    def append(self, leaf: bytes) -> None:
        nodes = self.nodes
        nodes.append(leaf)
        n = self.size
        # Each trailing 1 bit of the old size is a perfect subtree the new leaf's subtree now completes.
        while n & 1:
            right = nodes.pop()
            nodes[-1] = node_hash(nodes[-1], right)
            n >>= 1
        self.size += 1

    def root(self) -> bytes:
        if not self.nodes:
            return EMPTY_ROOT
        nodes = self.nodes
        value = nodes[-1]
        for index in range(len(nodes) - 2, -1, -1):
            value = node_hash(nodes[index], value)
        return value

    def copy(self) -> CompactRange:
        return CompactRange(self.size, self.nodes)


def subtree_root(node: NodeSource, start: int, end: int) -> bytes:
    """MTH(D[start:end]) for a subtree of the RFC's tree: perfect ones straight from the node source."""
    n = end - start
    if _is_power_of_two(n) and start % n == 0:
        level = n.bit_length() - 1
        return node(level, start >> level)
    k = split_point(n)
    return node_hash(subtree_root(node, start, start + k), subtree_root(node, start + k, end))


def inclusion_proof(node: NodeSource, index: int, size: int) -> list[bytes]:
    """PATH(index, D[size]) of RFC 6962 section 2.1.1, from the leaf upwards."""
    if not 0 <= index < size:
        raise ValueError(f"leaf {index} is not in a tree of size {size}")
    path: list[bytes] = []
    start, end, m = 0, size, index
    # The RFC's recursion unrolled top-down; siblings are collected and reversed (the proof goes leaf to root).
    while end - start > 1:
        k = split_point(end - start)
        if m < k:
            path.append(subtree_root(node, start + k, end))
            end = start + k
        else:
            path.append(subtree_root(node, start, start + k))
            start, m = start + k, m - k
    path.reverse()
    return path


def consistency_proof(node: NodeSource, first: int, second: int) -> list[bytes]:
    """PROOF(first, D[second]) of RFC 6962 section 2.1.2: the tree of `first` leaves is a prefix of the second."""
    if not 0 <= first <= second:
        raise ValueError(f"no consistency proof from size {first} to size {second}")
    if first == 0 or first == second:
        return []
    path: list[bytes] = []
    start, end, m, whole = 0, second, first, True
    while True:
        n = end - start
        if m == n:
            if not whole:
                path.append(subtree_root(node, start, end))
            break
        k = split_point(n)
        if m <= k:
            path.append(subtree_root(node, start + k, end))
            end = start + k
        else:
            path.append(subtree_root(node, start, start + k))
            start, m, whole = start + k, m - k, False
    path.reverse()
    return path


def verify_inclusion(leaf: bytes, index: int, size: int, path: Sequence[bytes], root: bytes) -> bool:
    """RFC 9162 section 2.1.3.2."""
    if index >= size or index < 0:
        return False
    fn, sn, r = index, size - 1, leaf
    for p in path:
        if sn == 0:
            return False
        if fn & 1 or fn == sn:
            r = node_hash(p, r)
            if not fn & 1:
                while not fn & 1 and fn != 0:
                    fn >>= 1
                    sn >>= 1
        else:
            r = node_hash(r, p)
        fn >>= 1
        sn >>= 1
    return sn == 0 and r == root


def verify_consistency(first: int, second: int, first_root: bytes, second_root: bytes,
                       path: Sequence[bytes]) -> bool:
    """RFC 9162 section 2.1.4.2 (sizes 0 and equal sizes handled as the RFC's text implies)."""
    if first < 0 or second < first:
        return False
    if first == second:
        return not path and first_root == second_root
    if first == 0:
        return not path  # the empty tree is a prefix of every tree
    if not path:
        return False
    path = list(path)
    if _is_power_of_two(first):
        path.insert(0, first_root)
    fn, sn = first - 1, second - 1
    while fn & 1:
        fn >>= 1
        sn >>= 1
    fr = sr = path[0]
    for c in path[1:]:
        if sn == 0:
            return False
        if fn & 1 or fn == sn:
            fr = node_hash(c, fr)
            sr = node_hash(c, sr)
            if not fn & 1:
                while not fn & 1 and fn != 0:
                    fn >>= 1
                    sn >>= 1
        else:
            sr = node_hash(sr, c)
        fn >>= 1
        sn >>= 1
    return fr == first_root and sr == second_root and sn == 0


def leaves_source(leaves: Sequence[bytes]) -> NodeSource:
    """A node source over leaf hashes held in memory (tests, small exports): each node computed on demand."""

    def node(level: int, index: int) -> bytes:
        start = index << level
        chunk = leaves[start:start + (1 << level)]
        if len(chunk) != 1 << level:
            raise KeyError(f"node ({level}, {index}) lies beyond {len(leaves)} leaves")
        return perfect_root(chunk)

    return node


def compact_range_at(node: NodeSource, size: int) -> CompactRange:
    """The compact range of the first `size` leaves, from stored nodes (largest perfect subtree first)."""
    nodes, start = [], 0
    for level in range(size.bit_length() - 1, -1, -1):
        if size & (1 << level):
            nodes.append(node(level, start >> level))
            start += 1 << level
    return CompactRange(size, nodes)
