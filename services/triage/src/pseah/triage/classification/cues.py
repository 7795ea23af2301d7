"""All cue sets, compiled once at import (immutable), named by kind."""
from __future__ import annotations

from pseah.triage.classification.lexicon import children, danger, exchange, misconduct, people, sexual
from pseah.triage.classification.matcher import Cue, compile_cues

RAPE = "rape"
GENITAL_CONTACT = "genital_contact"
SEX_ACT = "sex_act"
PREGNANCY = "pregnancy"
CONTACT = "contact"
NONCONTACT = "noncontact"
VERBAL = "verbal"
PROPOSITION = "proposition"
ISOLATION = "isolation"
TRANSACTION = "transaction"
MARRIAGE = "marriage"
DISTRESS = "distress"
GROOMING = "grooming"
INTRUSION = "intrusion"
QUOTED_EUPHEMISM = "quoted_euphemism"
BENEFIT = "benefit"
EXCHANGE = "exchange"
OTHER_MISCONDUCT = "other_misconduct"
PHYSICAL_VIOLENCE = "physical_violence"
MISTREATMENT = "mistreatment"
NOT_MISCONDUCT = "not_misconduct"
DANGER = "danger"
RECURRENCE = "recurrence"
COUNTED = "counted"
AID_ROLE = "aid_role"
CONDITIONAL_AID_ROLE = "conditional_aid_role"
AID_CONTEXT = "aid_context"
COMMUNITY_ROLE = "community_role"
WEAK_COMMUNITY_ROLE = "weak_community_role"
UNKNOWN_PERPETRATOR = "unknown_perpetrator"
CHILD = "child"
UNDERAGE = "underage"
OFFSPRING = "offspring"
AMBIGUOUS_YOUTH = "ambiguous_youth"
GRADE = "grade"
NOT_A_CHILD_SURVIVOR = "not_a_child_survivor"
ADULT_STATUS = "adult_status"
TOPIC = "topic"

# Sexual conduct, from most to least severe: the order decides nothing, it documents.
SEXUAL_KINDS = (RAPE, GENITAL_CONTACT, SEX_ACT, PREGNANCY, CONTACT, NONCONTACT, VERBAL, PROPOSITION, ISOLATION,
                INTRUSION, TRANSACTION, MARRIAGE)
# Acts whose subject or object may be the perpetrator: used to tell agents from survivors.
ACT_KINDS = SEXUAL_KINDS + (OTHER_MISCONDUCT, PHYSICAL_VIOLENCE, MISTREATMENT)

ALL: tuple[Cue, ...] = (
    compile_cues(RAPE, sexual.RAPE)
    + compile_cues(GENITAL_CONTACT, sexual.GENITAL_CONTACT)
    + compile_cues(SEX_ACT, sexual.SEX_ACT)
    + compile_cues(PREGNANCY, sexual.PREGNANCY)
    + compile_cues(CONTACT, sexual.CONTACT)
    + compile_cues(NONCONTACT, sexual.NONCONTACT)
    + compile_cues(VERBAL, sexual.VERBAL)
    + compile_cues(PROPOSITION, sexual.PROPOSITION)
    + compile_cues(ISOLATION, sexual.ISOLATION)
    + compile_cues(INTRUSION, sexual.INTRUSION)
    + compile_cues(TRANSACTION, sexual.TRANSACTION)
    + compile_cues(MARRIAGE, sexual.MARRIAGE)
    + compile_cues(DISTRESS, sexual.DISTRESS)
    + compile_cues(GROOMING, children.GROOMING)
    + compile_cues(BENEFIT, exchange.BENEFIT)
    + compile_cues(EXCHANGE, exchange.EXCHANGE)
    + compile_cues(OTHER_MISCONDUCT, misconduct.OTHER_MISCONDUCT)
    + compile_cues(PHYSICAL_VIOLENCE, misconduct.PHYSICAL_VIOLENCE)
    + compile_cues(MISTREATMENT, misconduct.MISTREATMENT)
    + compile_cues(NOT_MISCONDUCT, misconduct.NOT_MISCONDUCT)
    + compile_cues(DANGER, danger.ONGOING_DANGER)
    + compile_cues(DANGER, danger.PRESSING)
    + compile_cues(RECURRENCE, danger.RECURRENCE)
    + compile_cues(COUNTED, danger.COUNTED)
    + compile_cues(AID_ROLE, people.AID_ROLE)
    + compile_cues(CONDITIONAL_AID_ROLE, people.CONDITIONAL_AID_ROLE)
    + compile_cues(AID_CONTEXT, people.AID_CONTEXT)
    + compile_cues(COMMUNITY_ROLE, people.COMMUNITY_ROLE)
    + compile_cues(WEAK_COMMUNITY_ROLE, people.WEAK_COMMUNITY_ROLE)
    + compile_cues(UNKNOWN_PERPETRATOR, people.UNKNOWN_PERPETRATOR)
    + compile_cues(CHILD, children.CHILD)
    + compile_cues(UNDERAGE, children.UNDERAGE)
    + compile_cues(OFFSPRING, children.OFFSPRING)
    + compile_cues(AMBIGUOUS_YOUTH, children.AMBIGUOUS)
    + compile_cues(GRADE, children.GRADE)
    + compile_cues(NOT_A_CHILD_SURVIVOR, children.NOT_A_CHILD_SURVIVOR)
    + compile_cues(ADULT_STATUS, children.ADULT_STATUS)
    + compile_cues(TOPIC, misconduct.TOPIC)
)
