"""How to reach a reporter on their own channel (pure). The opened contact is free text the reporter typed."""
from __future__ import annotations

import re

_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
_PHONE = re.compile(r"(?:\+?62|0)[\s.-]?8[\d\s.-]{7,14}\d")


def normalise_phone(raw: str) -> str:
    digits = re.sub(r"\D", "", raw)
    if digits.startswith("0"):
        digits = "62" + digits[1:]
    return "+" + digits


def reporter_route(*, contact: str | None, report_channel: str | None, contact_method: str | None
                   ) -> tuple[str, str] | None:
    """(channel, address) on the reporter's own channel, or None when no usable contact was given.

    A WhatsApp report is answered on WhatsApp, an SMS report by SMS; otherwise the method they chose, then
    e-mail if they left an address, then SMS to a phone number."""
    if not contact:
        return None
    phone = _PHONE.search(contact)
    email = _EMAIL.search(contact)
    preferred = contact_method if contact_method in ("sms", "whatsapp", "email") else None
    for channel in (report_channel if report_channel in ("sms", "whatsapp") else None, preferred, "email", "sms"):
        if channel in ("sms", "whatsapp") and phone:
            return channel, normalise_phone(phone.group(0))
        if channel == "email" and email:
            return "email", email.group(0)
    return None
