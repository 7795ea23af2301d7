"""Notification: e-mails focal points and the coordinator what to do and where, never what happened."""
