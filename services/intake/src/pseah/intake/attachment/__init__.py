"""Attachments (photos, voice notes, documents): type checked by content, metadata removed, sealed at rest."""
