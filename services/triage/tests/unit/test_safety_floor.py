"""Issue 12's safety floor: 'not misconduct' needs positive evidence, unplaced reports are reviewed and never
sort low, and child detection does not wait for a category."""
from __future__ import annotations

from datetime import datetime

import pytest

from pseah.triage.classification import Category, Priority, classify

REPORTED_AT = datetime.fromisoformat("2022-12-02T10:00:00+07:00")


def run(narrative: str):
    return classify(narrative=narrative, reported_at=REPORTED_AT)


@pytest.mark.parametrize("narrative", [
    "",                                                       # nothing to read: an officer must look
    "Zzzq blorf wumpa trindel kosnak varrow pelt.",           # nothing the lexicons know
    "Punten, kamari aya kajadian di tukangeun posko, ayeuna manehna cicing wae di tenda.",
])
def test_a_report_that_cannot_be_placed_is_reviewed_and_at_least_high(narrative):
    result = run(narrative)
    assert result.category is not Category.NOT_MISCONDUCT
    assert result.needs_review
    assert result.priority.rank >= Priority.HIGH.rank
    assert result.confidence <= 0.3
    assert any(r.startswith("review:") for r in result.reasons)


@pytest.mark.parametrize(("narrative", "evidence"), [
    ("Terima kasih relawan PMI atas bantuannya.", "thanks"),
    ("Kapan pembagian terpal berikutnya?", "a request or a question"),
    ("Beras yang dibagikan sudah berkutu dan tidak layak makan.", "a complaint about aid or facilities"),
    ("Relawan itu tidak pernah meminta imbalan apa pun.", "did not happen"),
])
def test_not_misconduct_rests_on_positive_evidence_and_says_which(narrative, evidence):
    result = run(narrative)
    assert result.category is Category.NOT_MISCONDUCT
    assert result.priority is Priority.LOW
    assert evidence in result.reasons[0]


def test_a_child_with_grooming_signs_and_no_sexual_word_is_critical():
    result = run("Sopir mobil bantuan sering memberi pulsa ke adik saya yang kelas 5 SD dan mengajaknya ke "
                 "tendanya malam-malam, katanya jangan bilang ke mama.")
    assert result.child_involved
    assert result.priority is Priority.CRITICAL
    assert result.category is Category.SEXUAL_ABUSE


def test_sexual_cues_never_yield_low():
    # thanks and a sexual cue in one report: the thanks does not make it harmless
    result = run("Terima kasih, tapi relawan itu meraba saya kemarin.")
    assert result.priority is not Priority.LOW


def test_gifts_to_children_in_plain_feedback_are_not_grooming():
    result = run("Terima kasih relawan sudah membagikan permen untuk anak-anak di posko.")
    assert result.category is Category.NOT_MISCONDUCT and not result.child_involved
