"""Signed checkpoints and the one-pass verification: an insider's rewrite with recomputed hashes is caught and named."""
from __future__ import annotations

import copy
from datetime import UTC, datetime

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import given, settings
from hypothesis import strategies as st

from pseah.audit.chain import checkpoints as cp
from pseah.audit.chain.ledger import GENESIS_HASH, Anchor, entry_hash
from pseah.audit.chain.merkle import CompactRange, root_of
from pseah.audit.chain.verify import entry_leaf, verify_log

from .test_ledger import make_chain

KEY = Ed25519PrivateKey.generate()
ORIGIN = "pseah-audit-test"


def signed_at(chain: list[dict], sizes: list[int], key=KEY) -> list[dict]:
    leaves = [entry_leaf(e) for e in chain]
    out, previous = [], None
    for size in sizes:
        record = cp.sign(key, origin=ORIGIN, tree_size=size, root_hash=root_of(leaves[:size]).hex(),
                         time=datetime(2026, 1, 1, tzinfo=UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ"), previous=previous)
        out.append(record)
        previous = record
    return out


def rewrite(chain: list[dict], index: int, **changes) -> list[dict]:
    """What an insider with write access does: change an entry, then recompute its hash and every later link."""
    forged = copy.deepcopy(chain)
    forged[index].update(changes)
    prev = forged[index - 1]["hash"] if index else GENESIS_HASH
    for entry in forged[index:]:
        entry["prev_hash"] = prev
        entry["hash"] = entry_hash(entry)
        prev = entry["hash"]
    return forged


def checked(records):
    result = cp.check_checkpoints(records, key=KEY.public_key(), origin=ORIGIN)
    assert result.problem is None, result.problem
    return result.checkpoints


def test_an_intact_log_verifies_against_every_checkpoint():
    chain = make_chain([{"n": i} for i in range(20)])
    verdict = verify_log(chain, checkpoints=checked(signed_at(chain, [4, 10, 16])))
    assert verdict.ok and verdict.checkpoints_checked == 3 and verdict.signed["tree_size"] == 16
    assert verdict.unsigned == 4
    assert verdict.root_hash == root_of([entry_leaf(e) for e in chain]).hex()
    assert verdict.summary()["signed_checkpoint"]["tree_size"] == 16


@settings(max_examples=60, deadline=None)
@given(st.integers(8, 40), st.data())
def test_a_rewrite_with_recomputed_hashes_is_named(n, data):
    chain = make_chain([{"n": i} for i in range(n)])
    sizes = sorted(data.draw(st.sets(st.integers(1, n), min_size=1, max_size=4)))
    signed = checked(signed_at(chain, sizes))
    victim = data.draw(st.integers(0, sizes[-1] - 1))
    forged = rewrite(chain, victim, actor="someone-else")
    # The forged chain is a perfectly good chain, head record moved along: the old check says intact.
    head = Anchor(seq=n, hash=forged[-1]["hash"])
    assert verify_log(forged, anchors=[head]).ok
    original_leaves = [entry_leaf(e) for e in chain]
    verdict = verify_log(forged, checkpoints=signed, anchors=[head],
                         leaf_hint=lambda start, count: original_leaves[start:start + count])
    assert not verdict.ok and verdict.bad_seq == victim + 1, verdict.reason
    # Without genuine stored leaves (the insider rewrote the tree too), the verdict names the range's first entry.
    forged_leaves = [entry_leaf(e) for e in forged]
    blind = verify_log(forged, checkpoints=signed, leaf_hint=lambda s, c: forged_leaves[s:s + c])
    assert not blind.ok and blind.bad_seq <= victim + 1 and "rewritten" in blind.reason


def test_an_appended_or_truncated_log_against_the_signatures():
    chain = make_chain([{"n": i} for i in range(12)])
    signed = checked(signed_at(chain, [6, 12]))
    truncated = verify_log(chain[:9], checkpoints=signed)
    assert not truncated.ok and truncated.bad_seq == 10 and "removed from the end" in truncated.reason
    # Entries appended past the latest checkpoint link well and are reported as not yet signed.
    longer = make_chain([{"n": i} for i in range(12)] + [{"n": 99}])
    verdict = verify_log(longer, checkpoints=signed)
    assert verdict.ok and verdict.unsigned == 1


def test_forged_forked_and_unlinked_checkpoints_are_refused():
    chain = make_chain([{"n": i} for i in range(8)])
    good = signed_at(chain, [4, 8])
    forged = dict(good[1], root_hash="00" * 32)
    assert "not signed" in cp.check_checkpoints([good[0], forged], key=KEY.public_key(), origin=ORIGIN).problem
    other_key = Ed25519PrivateKey.generate()
    alien = signed_at(chain, [8], key=other_key)
    assert "not signed" in cp.check_checkpoints(alien, key=KEY.public_key(), origin=ORIGIN).problem
    other_chain = make_chain([{"n": i} for i in range(7)] + [{"n": 100}])
    fork = signed_at(other_chain, [8])
    assert "forked" in cp.check_checkpoints([*good, *fork], key=KEY.public_key(), origin=ORIGIN).problem
    # A checkpoint whose "previous" names another checkpoint than the signed one of that size.
    unlinked = cp.sign(KEY, origin=ORIGIN, tree_size=8, root_hash=good[1]["root_hash"], time=good[1]["time"],
                       previous=dict(good[0], root_hash="11" * 32))
    assert "does not follow" in cp.check_checkpoints([good[0], unlinked], key=KEY.public_key(),
                                                     origin=ORIGIN).problem
    # Other logs' checkpoints on the same topic are not this log's business.
    assert cp.check_checkpoints([dict(forged, origin="another-log")], key=KEY.public_key(),
                                origin=ORIGIN).checkpoints == []


def test_a_slice_verifies_from_its_prefix_and_a_tampered_slice_does_not():
    chain = make_chain([{"n": i} for i in range(30)])
    signed = checked(signed_at(chain, [10, 25]))
    prefix = CompactRange()
    for entry in chain[:11]:
        prefix.append(entry_leaf(entry))
    piece = chain[11:25]
    verdict = verify_log(piece, checkpoints=signed, first_seq=12, prefix=prefix, prev_hash=chain[10]["hash"])
    assert verdict.ok and verdict.checkpoints_checked == 1
    tampered = rewrite(chain, 14, type="case.assigned.v1")[11:25]
    bad = verify_log(tampered, checkpoints=signed, first_seq=12, prefix=prefix, prev_hash=chain[10]["hash"])
    assert not bad.ok and bad.bad_seq == 12 and "seq 12 to seq 25" in bad.reason
    leaves = [entry_leaf(e) for e in chain]
    named = verify_log(tampered, checkpoints=signed, first_seq=12, prefix=prefix, prev_hash=chain[10]["hash"],
                       leaf_hint=lambda start, count: leaves[start:start + count])
    assert not named.ok and named.bad_seq == 15


def test_key_files_are_made_once_and_read_back(tmp_path):
    path = tmp_path / "secrets" / "audit.pem"
    assert cp.generate_key_file(path) and not cp.generate_key_file(path)
    assert path.stat().st_mode & 0o777 == 0o600
    key = cp.load_private_key(path)
    public = cp.load_public_key(cp.public_pem(key.public_key()))
    record = cp.sign(key, origin=ORIGIN, tree_size=1, root_hash="ab" * 32, time="t", previous=None)
    assert cp.signature_valid(public, record) and record["key_id"] == cp.key_id(public)
    assert not cp.signature_valid(public, dict(record, tree_size=2))
