"""Who belongs to a key, kept as one small document per key, so that a per-event look-up is one `_id` read.

For paths that would otherwise filter a collection that grows (the holders of a role in an organisation, the webhook
subscriptions of an organisation): the members are the `_id`s of documents that stay the truth. A reader loads them
by `_id` and checks them, so a member left behind by a crash between a writer's two writes is passed over; writers
add a member before they write the document it names and remove it after, so no document is ever out of reach.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable

import mongoengine


class Membership:
    """Members (strings) by key in `document`'s collection: `_id` the key, `field` the list of members."""

    def __init__(self, document: type[mongoengine.Document], field: str):
        self._document, self._field = document, field

    def members(self, key: str) -> list[str]:
        """The members of `key`, sorted: one `_id` read."""
        return self.members_of([key])[key]

    def members_of(self, keys: list[str]) -> dict[str, list[str]]:
        """The members of each of `keys` (a poll's), sorted: one `_id` read for all; a key with none maps to []."""
        held = {doc.pk: sorted(getattr(doc, self._field) or [])
                for doc in self._document.objects(id__in=sorted(set(keys))).only(self._field)}
        return {key: held.get(key, []) for key in keys}

    def add(self, key: str, member: str) -> None:
        self._document.objects(id=key).update_one(upsert=True, **{f"add_to_set__{self._field}": member})

    def remove(self, key: str, member: str) -> None:
        self._document.objects(id=key).update_one(**{f"pull__{self._field}": member})

    def fill_once(self, *, mark: str, pairs: Callable[[], Iterable[tuple[str, str]]]) -> int:
        """Once per database: the members of documents stored before this read model, from `pairs()` ((key, member)
        for each, one read of their collection at start); then `mark`, a key no member list uses, records it done.
        Returns how many members were filled (0 when already done)."""
        if self._document.objects(id=mark).first() is not None:
            return 0
        by_key: dict[str, set[str]] = {}
        for key, member in pairs():
            by_key.setdefault(key, set()).add(member)
        for key, members in by_key.items():
            self._document.objects(id=key).update_one(upsert=True, **{f"add_to_set__{self._field}": sorted(members)})
        self._document(id=mark, **{self._field: []}).save()
        return sum(len(members) for members in by_key.values())
