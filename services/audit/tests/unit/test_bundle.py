"""Export bundles checked offline (`pseah audit verify --bundle`): a slice of the log tied to signed checkpoints."""
from __future__ import annotations

import json

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from typer.testing import CliRunner

from pseah.audit.chain import checkpoints as cp
from pseah.audit.chain.merkle import compact_range_at, consistency_proof, leaves_source
from pseah.audit.chain.verify import entry_leaf
from pseah.audit.cli import app
from pseah.audit.verification import BUNDLE_FORMAT, verify_bundle

from .test_ledger import make_chain
from .test_signed_log import ORIGIN, rewrite, signed_at

KEY = Ed25519PrivateKey.generate()
runner = CliRunner()


def bundle_lines(chain, *, first, last, sizes, key=KEY):
    """What `pseah audit export` writes for seqs first..last, with the checkpoints signed at `sizes`."""
    source = leaves_source([entry_leaf(e) for e in chain])
    signed = signed_at(chain, sizes, key=key)
    anchor = next(c for c in signed if c["tree_size"] >= last)
    chosen = [c for c in signed if first <= c["tree_size"] <= anchor["tree_size"]]
    lines = [{"kind": "bundle", "format": BUNDLE_FORMAT, "origin": ORIGIN, "first_seq": first, "last_seq": last,
              "public_key": cp.public_pem(key.public_key()), "key_id": cp.key_id(key.public_key())}]
    lines += [{"kind": "checkpoint", **c} for c in chosen]
    lines.append({"kind": "proof", "type": "prefix", "size": first - 1,
                  "nodes": [n.hex() for n in compact_range_at(source, first - 1).nodes]})
    for older, newer in zip(chosen, chosen[1:]):
        lines.append({"kind": "proof", "type": "consistency", "first": older["tree_size"],
                      "second": newer["tree_size"],
                      "path": [p.hex() for p in consistency_proof(source, older["tree_size"], newer["tree_size"])]})
    if last < anchor["tree_size"]:
        lines.append({"kind": "proof", "type": "consistency", "first": last, "second": anchor["tree_size"],
                      "path": [p.hex() for p in consistency_proof(source, last, anchor["tree_size"])]})
    lines += [{"kind": "entry", **e} for e in chain[first - 1:last]]
    return lines


def write(path, lines):
    path.write_text("".join(json.dumps(line) + "\n" for line in lines))
    return path


def test_a_bundle_verifies_offline_through_the_command(tmp_path):
    chain = make_chain([{"n": i} for i in range(40)])
    path = write(tmp_path / "b.jsonl", bundle_lines(chain, first=7, last=23, sizes=[5, 12, 20, 30, 40]))
    pem = tmp_path / "public.pem"
    pem.write_text(cp.public_pem(KEY.public_key()))
    result = runner.invoke(app, ["verify", "--bundle", str(path), "--public-key", str(pem), "--json"])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout.strip().splitlines()[-1])
    assert summary["status"] == "intact" and summary["entries"] == 17 and summary["checkpoints_checked"] == 3


def test_tampered_bundles_fail(tmp_path):
    chain = make_chain([{"n": i} for i in range(40)])
    good = bundle_lines(chain, first=7, last=23, sizes=[12, 20, 30])
    assert verify_bundle(write(tmp_path / "good.jsonl", good)).ok
    # An entry rewritten with every later hash recomputed, inside a signed interval and after the last one inside.
    for victim in (9, 21):
        forged = rewrite(chain, victim - 1, actor="someone-else")
        lines = bundle_lines(chain, first=7, last=23, sizes=[12, 20, 30])
        lines = [line for line in lines if line["kind"] != "entry"] + [{"kind": "entry", **e} for e in forged[6:23]]
        verdict = verify_bundle(write(tmp_path / f"forged{victim}.jsonl", lines))
        assert not verdict.ok and verdict.bad_seq is not None and verdict.bad_seq <= victim, verdict.reason
    # An entry left out, a checkpoint forged, a key that is not the pinned one.
    missing = [line for line in good if not (line["kind"] == "entry" and line["seq"] == 15)]
    assert not verify_bundle(write(tmp_path / "missing.jsonl", missing)).ok
    forged_checkpoint = [dict(line, root_hash="00" * 32) if line["kind"] == "checkpoint" else line for line in good]
    assert "not signed" in verify_bundle(write(tmp_path / "cp.jsonl", forged_checkpoint)).reason
    other = Ed25519PrivateKey.generate()
    resigned = bundle_lines(chain, first=7, last=23, sizes=[12, 20, 30], key=other)
    assert verify_bundle(write(tmp_path / "other.jsonl", resigned)).ok  # self-consistent...
    refused = verify_bundle(write(tmp_path / "other2.jsonl", resigned), pinned=KEY.public_key())
    assert not refused.ok and "not the expected key" in refused.reason  # ...but not signed by the audit key
    # A consistency proof between checkpoints that does not hold.
    broken = [dict(line, path=line["path"][::-1]) if line.get("type") == "consistency" else line for line in good]
    assert not verify_bundle(write(tmp_path / "proof.jsonl", broken)).ok
    assert not verify_bundle(write(tmp_path / "junk.jsonl", [{"kind": "entry"}])).ok
