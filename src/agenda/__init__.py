"""Agenda Tracker: extract intergovernmental commitments, link evidence, track their status."""

__version__ = "0.1.0"
