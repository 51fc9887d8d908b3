"""Scoring the stages against a gold set (extraction, linking and tracking)."""
