"""Scoring the system against a labelled gold set (extraction now, tracking later)."""
