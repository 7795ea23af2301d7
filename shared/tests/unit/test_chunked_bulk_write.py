"""pseah.common.mongo.bulk_write: a long list of statements goes to the store in commands of at most WRITE_CHUNK, in
order, and an ordered write stops at the first command that fails."""
from __future__ import annotations

import pytest

from pseah.common import mongo


class Collection:
    def __init__(self, fail_on: int | None = None):
        self.commands: list[list[int]] = []
        self.fail_on = fail_on

    def bulk_write(self, requests, ordered):
        self.commands.append(list(requests))
        if self.fail_on is not None and self.fail_on in requests:
            raise RuntimeError("refused")
        return ("result", len(requests), ordered)


def test_statements_go_in_commands_of_at_most_the_chunk_in_their_order():
    collection = Collection()
    result = mongo.bulk_write(collection, list(range(125)), ordered=False)
    assert [len(c) for c in collection.commands] == [50, 50, 25]
    assert [n for command in collection.commands for n in command] == list(range(125))
    assert result == ("result", 25, False)


def test_the_first_command_that_fails_ends_the_write():
    collection = Collection(fail_on=60)
    with pytest.raises(RuntimeError):
        mongo.bulk_write(collection, list(range(200)))
    assert len(collection.commands) == 2  # nothing after the command that failed


def test_no_statements_no_command():
    collection = Collection()
    assert mongo.bulk_write(collection, []) is None and collection.commands == []
