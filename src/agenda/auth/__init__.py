"""Users, roles, passwords, API tokens and login throttling for the web app and the CLI."""
