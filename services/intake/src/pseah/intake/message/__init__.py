"""Messages between the (anonymous) reporter and the case handlers, sealed at rest."""
