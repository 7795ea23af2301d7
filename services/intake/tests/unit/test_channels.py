from pseah.intake.channel import conversation
from pseah.intake.channel.signatures import rapidpro_signature, twilio_signature, verify_rapidpro, verify_twilio

URI = "https://mycompany.com/myapp.php?foo=1&bar=2"
PARAMS = [("CallSid", "CA1234567890ABCDE"), ("Digits", "1234"), ("From", "+14158675309"), ("To", "+18005551212"),
          ("Caller", "+14158675309")]


def test_twilio_signature_matches_twilios_published_vectors():
    # Vectors from twilio-python's own request validator tests.
    assert twilio_signature(auth_token="12345", url=URI, params=PARAMS) == "RSOYDt4T1cUTdK1PDd93/VVr8B8="
    dup = [("Sid", "CA123"), ("SidAccount", "AC123"), ("Digits", "5678"), ("Digits", "1234")]
    assert twilio_signature(auth_token="12345", url=URI, params=dup) == "IK+Dwps556ElfBT0I3Rgjkr1wJU="
    assert verify_twilio(auth_token="12345", url=URI, params=PARAMS, signature="RSOYDt4T1cUTdK1PDd93/VVr8B8=")
    assert not verify_twilio(auth_token="12346", url=URI, params=PARAMS, signature="RSOYDt4T1cUTdK1PDd93/VVr8B8=")
    assert not verify_twilio(auth_token="12345", url=URI + "&x=1", params=PARAMS,
                             signature="RSOYDt4T1cUTdK1PDd93/VVr8B8=")
    assert not verify_twilio(auth_token="12345", url=URI, params=PARAMS, signature=None)


def test_rapidpro_signature_binds_the_exact_body():
    body = b'{"id": "1", "from": "+62812", "text": "halo"}'
    sig = rapidpro_signature(secret="s3cret", body=body)
    assert verify_rapidpro(secret="s3cret", body=body, signature=sig.upper())
    assert not verify_rapidpro(secret="s3cret", body=body + b" ", signature=sig)
    assert not verify_rapidpro(secret="other", body=body, signature=sig)
    assert not verify_rapidpro(secret="s3cret", body=body, signature="")


def test_guided_conversation_collects_language_story_place_consent():
    turn = conversation.start()
    assert "bahasa" in turn.reply.lower()
    turn = conversation.advance(turn.state, "9")
    assert turn.state.step == "language" and "1, 2, 3" in turn.reply
    turn = conversation.advance(turn.state, "2")
    assert turn.state.language == "en" and "what happened" in turn.reply
    story = "  He said food only if I go with him 😢  "
    turn = conversation.advance(turn.state, story)
    assert turn.state.answers["narrative"] == story and "Where" in turn.reply
    turn = conversation.advance(turn.state, "-")
    assert turn.state.answers["place_text"] is None and "YES or NO" in turn.reply
    turn = conversation.advance(turn.state, "maybe")
    assert not turn.complete and turn.reply == conversation.text("en", "yes_no")
    turn = conversation.advance(turn.state, "YES")
    assert turn.complete and turn.state.consent_referral is True


def test_sundanese_has_its_own_texts_and_cancel_works():
    turn = conversation.advance(conversation.start().state, "3")
    assert turn.state.language == "su" and turn.reply == conversation.text("su", "ask_narrative")
    turn = conversation.advance(turn.state, "batal")
    assert turn.cancelled and turn.reply == conversation.text("su", "cancelled")
    assert conversation.text("su", "done", reference="R", receipt="X").startswith("Hatur nuhun")
    assert conversation.text("jv", "done", reference="R", receipt="X").startswith("Matur nuwun")
