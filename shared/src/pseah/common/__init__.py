"""What two or more PSEAH services really share. No business logic lives here."""
