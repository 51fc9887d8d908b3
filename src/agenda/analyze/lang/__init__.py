"""Language data for the analysis stage, one package per language, one module per kind of data."""

from __future__ import annotations

from importlib import import_module
from types import ModuleType

SUPPORTED = ("en", "es")


def language_data(lang: str | None, kind: str) -> ModuleType:
    """The module holding data of `kind` (e.g. "cues") for `lang`, English when unsupported."""
    code = lang if lang in SUPPORTED else "en"
    return import_module(f"agenda.analyze.lang.{code}.{kind}")
