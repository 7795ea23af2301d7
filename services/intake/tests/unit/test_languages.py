"""The guided conversation speaks Sundanese and Javanese, not Indonesian dressed up as them."""
import string

import pytest

from pseah.intake.channel import conversation


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("language", ["su", "jv"])
def test_every_text_exists_in_its_own_words_with_the_same_placeholders(language):
    texts, indonesian = conversation.TEXTS[language], conversation.TEXTS["id"]
    assert set(texts) == set(indonesian)
    for key, template in texts.items():
        assert _fields(template) == _fields(indonesian[key]), key
        if key != "welcome":
            assert template != indonesian[key], f"{language}.{key} is still the Indonesian text"
    done = conversation.text(language, "done", reference="PSEAH-7K3F9QX2", receipt="ABCDE-FGHJK")
    assert "PSEAH-7K3F9QX2" in done and "ABCDE-FGHJK" in done


@pytest.mark.parametrize(("choice", "language", "yes", "no"), [("3", "su", "muhun", "teu"), ("4", "jv", "enggih", "mboten")])
def test_a_whole_conversation_in_sundanese_or_javanese(choice, language, yes, no):
    turn = conversation.advance(conversation.start().state, choice)
    assert turn.state.language == language and turn.reply == conversation.TEXTS[language]["ask_narrative"]
    turn = conversation.advance(turn.state, "Aya relawan anu maksa.")
    assert turn.reply == conversation.TEXTS[language]["ask_place"]
    turn = conversation.advance(turn.state, "-")
    assert turn.reply == conversation.TEXTS[language]["ask_consent"]
    # The yes/no words the question itself asks for are understood, in either case.
    assert yes.upper() in turn.reply and no.upper() in turn.reply
    unsure = conversation.advance(turn.state, "mungkin")
    assert unsure.reply == conversation.TEXTS[language]["yes_no"] and not unsure.complete
    done = conversation.advance(unsure.state, yes.upper())
    assert done.complete and done.state.consent_referral is True
    assert done.state.answers == {"narrative": "Aya relawan anu maksa.", "place_text": None}
