"""Party names for stages that only need to recognise a country's name, not who acts in a sentence."""

from __future__ import annotations

from functools import cache

from agenda.analyze.lang import language_data


@cache
def country_aliases(lang: str) -> dict[str, str]:
    """Lower-cased country names, demonyms and capitals of the gazetteer, with their code.

    Unlike institutions ('Customs and Border Protection'), their words are never topics.
    """
    countries = language_data(lang if lang in ("en", "es") else "en", "countries")
    aliases: dict[str, str] = {}
    for iso, (names, demonyms) in countries.COUNTRIES.items():
        for name in names.split("|"):
            aliases.setdefault(name.lower(), iso)
        for demonym in filter(None, demonyms.split("|")):
            for form in countries.demonym_forms(demonym):
                aliases.setdefault(form.lower(), iso)
    for capital, iso in countries.CAPITALS.items():
        aliases.setdefault(capital.lower(), iso)
    return aliases


@cache
def actor_aliases(lang: str) -> tuple[dict[str, str], dict[str, str]]:
    """Country names, demonyms, capitals and the gazetteer's institutions, with their code, split as
    the gazetteer matches them: (any case, keys lower-cased; only as written, keys as written).

    For other stages that only need to recognise a party's name (linking), not who acts in a
    sentence. Names that are also common words ('US', 'Georgia', 'Chad'), capitals and acronyms
    ('SEP', 'SAT') count only as written: in lower case they are a pronoun, a month or a weekday.
    """
    code = lang if lang in ("en", "es") else "en"
    countries = language_data(code, "countries")
    any_case: dict[str, str] = {}
    as_written: dict[str, str] = {}

    def add(alias: str, iso: str, cased: bool) -> None:
        if cased:
            as_written.setdefault(alias, iso)
        else:
            any_case.setdefault(alias.lower(), iso)

    for iso, (names, demonyms) in countries.COUNTRIES.items():
        for name in names.split("|"):
            add(name, iso, name in countries.CASED_NAMES)
        for demonym in filter(None, demonyms.split("|")):
            for form in countries.demonym_forms(demonym):
                add(form, iso, False)
    for capital, iso in countries.CAPITALS.items():
        add(capital, iso, True)
    for alias, iso in language_data(code, "actors").INSTITUTIONS.items():
        add(alias, iso, is_acronym(alias))
    return any_case, as_written


def is_acronym(alias: str) -> bool:
    """'SEP', 'USAID', 'CBP': names matched only as written."""
    return alias.upper() == alias or (any(c.isupper() for c in alias[1:]) and " " not in alias)
