"""The web dashboard and JSON API (FastAPI, server-rendered Jinja pages)."""
