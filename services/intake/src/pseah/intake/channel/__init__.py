"""WhatsApp and SMS: provider webhooks (Twilio-style form, RapidPro-style JSON) and a short guided conversation."""
