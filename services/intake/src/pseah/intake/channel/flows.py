"""Across domains for a channel message: media fetched into the case's attachments, replies sent by API.

Logs name the provider, channel and outcome only: never the text (the final reply holds the secret
receipt), the sender's number or a media URL.
"""
from __future__ import annotations

import httpx

from pseah.common.crypto import KeyUnavailable
from pseah.common.logging import get_logger
from pseah.intake.attachment import media
from pseah.intake.attachment import service as attachments
from pseah.intake.channel import conversation
from pseah.intake.channel.fetch import FetchFailed, MediaFetcher
from pseah.intake.channel.models import MediaRef
from pseah.intake.channel.outbound import DeliveryFailed, ReplySender
from pseah.intake.config import IntakeSettings

log = get_logger(__name__)


def media_fetcher(settings: IntakeSettings, *, provider: str, inline: bool,
                  transport: httpx.BaseTransport | None = None) -> MediaFetcher:
    """How media are fetched from this provider: its credentials, the allowed hosts, the size limit."""
    auth, headers = None, {}
    if provider == "twilio" and settings.twilio_account_sid and settings.twilio_auth_token:
        auth = (settings.twilio_account_sid, settings.twilio_auth_token.get_secret_value())
    if provider == "rapidpro" and settings.rapidpro_api_token:
        headers = {"Authorization": f"Token {settings.rapidpro_api_token.get_secret_value()}"}
    # While the webhook waits (replies in the response) there is time for one bounded try only.
    return MediaFetcher(allowed_hosts=settings.channel_media_hosts, max_bytes=settings.max_attachment_bytes,
                        auth=auth, headers=headers, timeout=settings.provider_timeout_seconds,
                        attempts=1 if inline else settings.provider_attempts,
                        deadline_seconds=settings.channel_media_inline_seconds if inline else 120.0,
                        transport=transport)


def attach_media(*, runtime, provider: str, channel: str, reference: str, items: list[MediaRef],
                 fetcher: MediaFetcher) -> bool:
    """Fetch, clean and store each file as an attachment of the case. True when every one was stored.

    Never raises: whatever happens to a file, the text conversation goes on.
    """
    stored = 0
    s = runtime.settings
    for item in items:
        try:
            data = fetcher.fetch(item.url)
            attachments.add(keyring=runtime.keyring, reference=reference, data=data,
                            max_per_case=s.max_attachments_per_case, max_pixels=s.max_image_pixels)
        except FetchFailed as exc:
            reason = exc.reason
        except media.UnsupportedMedia:
            reason = "unsupported_type"
        except media.UnreadableMedia:
            reason = "unreadable"
        except attachments.TooManyAttachments:
            reason = "too_many"
        except KeyUnavailable:
            reason = "case_gone"  # the conversation was cancelled or abandoned meanwhile
        except Exception as exc:  # noqa: BLE001 - a store hiccup must not take the conversation down
            reason = type(exc).__name__
        else:
            stored += 1
            continue
        log.warning("channel_media_not_stored", provider=provider, channel=channel, reason=reason)
    if stored:
        log.info("channel_media_stored", provider=provider, channel=channel, files=stored)
    return stored == len(items)


def deliver(*, sender: ReplySender, channel: str, to: str, reply: str) -> bool:
    """Send one reply by the provider's API; logged by outcome only. Never raises."""
    try:
        attempts = sender.send(channel=channel, to=to, text=reply)
    except DeliveryFailed as exc:
        log.warning("channel_reply_failed", provider=sender.provider, channel=channel, reason=str(exc))
        return False
    except Exception as exc:  # noqa: BLE001 - after the webhook has answered there is no one to tell
        log.warning("channel_reply_failed", provider=sender.provider, channel=channel, reason=type(exc).__name__)
        return False
    log.info("channel_reply_sent", provider=sender.provider, channel=channel, attempts=attempts)
    return True


def attach_then_reply(*, runtime, provider: str, channel: str, to: str, reference: str, items: list[MediaRef],
                      state: conversation.State, sender: ReplySender) -> None:
    """After the webhook has answered: store the media, then tell the person whether it worked."""
    ok = attach_media(runtime=runtime, provider=provider, channel=channel, reference=reference, items=items,
                      fetcher=media_fetcher(runtime.settings, provider=provider, inline=False))
    deliver(sender=sender, channel=channel, to=to, reply=conversation.media_reply(state, stored=ok))
