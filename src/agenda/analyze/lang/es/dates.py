"""Spanish words and phrase shapes for deadlines ("a finales de 2025", "durante los próximos tres años")."""

MONTHS: dict[str, int] = {
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8,
    "septiembre": 9, "setiembre": 9, "sept": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
}
AMBIGUOUS_MONTHS: frozenset[str] = frozenset()
CAPITALIZED_NAMES = False

WEEKDAYS: dict[str, int] = {
    "lunes": 0, "martes": 1, "miércoles": 2, "miercoles": 2, "jueves": 3, "viernes": 4, "sábado": 5,
    "sabado": 5, "domingo": 6,
}

SEASONS: dict[str, tuple[int, int, int]] = {
    "primavera": (5, 31, 0), "verano": (8, 31, 0), "otoño": (11, 30, 0), "invierno": (2, 29, 1),
}

# Spanish-language public finances here follow the calendar year ("ejercicio fiscal 2023").
FISCAL_YEAR_END = (12, 31)

YEAR_PARTS: dict[str, tuple[int, int]] = {
    "principios": (3, 31), "inicios": (3, 31), "comienzos": (3, 31), "inicio": (3, 31),
    "mediados": (6, 30), "finales": (12, 31), "fines": (12, 31), "fin": (12, 31), "final": (12, 31),
    "cierre": (12, 31),
}
MONTH_PARTS: dict[str, int] = {
    "principios": 10, "inicios": 10, "comienzos": 10, "inicio": 10, "primeros días": 10,
    "primeros dias": 10, "mediados": 20, "finales": 31, "fines": 31, "fin": 31, "final": 31,
    "cierre": 31, "últimos días": 31, "ultimos dias": 31,
}
QUARTERS: dict[str, int] = {"primer": 1, "segundo": 2, "tercer": 3, "cuarto": 4, "último": 4}
HALVES: dict[str, int] = {"primer": 1, "segundo": 2}

UNITS: dict[str, str] = {
    "año": "year", "años": "year", "mes": "month", "meses": "month", "semana": "week",
    "semanas": "week", "día": "day", "días": "day", "dia": "day", "dias": "day", "década": "decade",
    "décadas": "decade",
}
SINGULAR_UNITS = ("año", "mes", "semana", "década")
PERIOD_WORDS = ("trimestre", "semestre", "fiscal")
FISCAL_YEAR = r"(?:año|ejercicio)\s+fiscal(?:\s+de(?:l)?)?"
THIS = ("este", "esta", "el presente", "la presente", "el actual", "la actual")
NEXT = ("próximo", "próxima", "proximo", "proxima", "siguiente", "que entra", "entrante", "venidero")

_ENDS = r"(?:termine|concluya|acabe|finalice|cierre)"
DEADLINE = r"a\s+más\s+tardar(?:\s+(?:el|en|a))?|antes\s+de\s+que\s+" + _ENDS + r"|antes\s+de(?:l)?|hasta(?:\s+el)?"
# The deadline words that close a period of something under way ("se amplió hasta abril"), unlike a target.
UNTIL = r"hasta(?:\s+el)?"
_IN = r"en|para|durante|a\s+partir\s+de(?:l)?|desde|a\s+lo\s+largo\s+de(?:l)?"
_PREP = rf"(?:(?P<prep>{DEADLINE}|{_IN})\s+(?:el\s+|la\s+|los\s+|las\s+)?)?"
_PART = r"(?:a\s+)?(?:los\s+|las\s+)?{part}\s+de(?:l)?\s+"
_REL = r"(?:(?P<prep>en|para|durante|hasta|antes\s+de)\s+)?"
_THIS_YEAR = r"(?:(?:el\s+)?año|{this}\s+año)"
_NEXT_YEAR = r"(?:(?:el\s+)?{next}\s+año|(?:el\s+)?año\s+{next2})"
PATTERNS: list[tuple[str, str]] = [
    ("day", _PREP + r"(?:el\s+)?(?:día\s+)?{day}(?:\s+(?:o|y|al)\s+{day2})?\s+de\s+{month}"
     r"(?:\s+(?:de(?:l)?\s+)?{year})?"),
    ("fiscal_year", _PREP + r"(?:el\s+)?{fy}\s+{year}"),
    ("year_range", _PREP + r"entre\s+(?:el\s+)?{year}\s+y\s+(?:el\s+)?{year2}"),
    ("year_range", r"(?:del?|desde(?:\s+el)?)\s+{year}\s+(?:al?|hasta(?:\s+el)?)\s+{year2}"),
    ("year_range", _PREP + r"{year}\s*[-–]\s*{year2}"),
    ("month_part", _PREP + _PART + r"(?:{this}\s+mes|(?:(?:el\s+)?mes\s+de\s+)?{month})(?:\s+(?:de(?:l)?\s+)?{year})?"),
    ("year_part", _PREP + _PART + r"(?:año\s+)?{year}"),
    ("year_part_relative", _PREP + _PART + r"(?:" + _THIS_YEAR + r"|" + _NEXT_YEAR + r")"),
    ("month_part_relative", _PREP + _PART + r"(?:(?:el\s+)?mes|(?:el\s+)?{next}\s+mes|(?:el\s+)?mes\s+{next2})"),
    ("quarter", _PREP + r"(?:el\s+)?{quarter}\s+trimestre(?:\s+de(?:l)?\s+(?:{year}|" + _THIS_YEAR + r"|" + _NEXT_YEAR
     + r"))?"),
    ("half", _PREP + r"(?:el\s+)?{half}\s+semestre(?:\s+de(?:l)?\s+(?:{year}|" + _THIS_YEAR + r"|" + _NEXT_YEAR
     + r"))?"),
    ("month", _PREP + r"(?:el\s+mes\s+de\s+)?{month}\s+(?:de(?:l)?\s+)?{year}"),
    ("year_list", r"(?P<prep>en|para|durante)\s+(?:el\s+)?(?:año\s+)?(?:(?:19|20)\d\d\s*(?:,|y)\s*)+{year}"),
    ("year", r"(?P<prep>" + DEADLINE + r"|en|para|durante|a\s+partir\s+de(?:l)?)\s+(?:el\s+)?(?:año\s+)?{year}"
     r"(?!\s*[-–]\s*\d)"),
    ("duration", r"(?:durante|en|dentro\s+de|en\s+un\s+(?:plazo|periodo|período)\s+(?:de|no\s+mayor\s+a)"
     r"|a\s+lo\s+largo\s+de|por)\s+(?:(?:los|las)\s+)?(?:(?:próxim[oa]s|proxim[oa]s|siguientes)\s+)?{num}\s+{unit}"),
    ("duration", r"(?:durante|dentro\s+de|a\s+lo\s+largo\s+de)\s+(?:el|la)\s+(?:{next})\s+{unit1}"),
    ("duration", r"(?:en\s+un\s+(?:plazo|periodo|período)\s+de|dentro\s+de)\s+(?:un|una)\s+{unit1}"),
    ("relative", _REL + r"{this}\s+{unit1}"),
    ("relative", r"(?P<prep>antes\s+de\s+que\s+" + _ENDS + r")\s+(?:el\s+|la\s+|{this}\s+)?{unit1}"),
    ("relative", r"(?P<prep>en\s+el\s+transcurso\s+de(?:l)?|en\s+lo\s+que\s+(?:resta|queda)\s+de(?:l)?)\s+"
     r"(?:{this}\s+)?{unit1}"),
    ("relative", _REL + r"(?:el\s+|la\s+)?{next}\s+{unit1}"),
    ("relative", _REL + r"(?:el|la)\s+{unit1}\s+{next2}"),
    ("season", _REL + r"{this}\s+{season}"),
    ("season", _REL + r"(?:el\s+|la\s+)?{next}\s+{season}"),
    ("season", _REL + r"(?:el|la)\s+{season}\s+{next2}"),
    ("month", r"(?:(?P<prep>" + DEADLINE + r"|" + _IN + r")\s+(?:el\s+mes\s+de\s+)?|(?:el\s+)?{next}\s+){month}"),
    ("month", r"(?:el\s+)?(?:mes\s+de\s+)?{month}\s+{next2}"),
    # a goal named with its year ("la meta 2030", "prioridad 2025")
    ("year", r"(?:metas?|objetivos?|prioridad(?:es)?)\s+(?:para\s+(?:el\s+)?)?{year}"),
    ("weekday", r"(?:(?P<prep>el|este|para\s+el|hasta\s+el|antes\s+del)\s+)(?:{next}\s+)?{weekday}"),
]

PAST_BEFORE = frozenset({"pasado", "pasada", "anterior", "desde", "hace", "después"})
PAST_VERB = r"\w{2,}(?:ó|aron|ieron|ía|ían)"
PAST_AFTER = frozenset({"pasado", "pasada", "anterior"})

DAY_SUFFIX = r"(?:º|°|o\b)?"
DAY_WORDS: dict[str, int] = {"primero": 1}

# No "today" rule: speakers say "hoy" of anything under way ("hoy seguimos trabajando en ello").
FUTURE_AFTER_TODAY = r"(?!x)x"

FORWARD_CUES = (
    r"\w(?:rá|rán|remos|ré|rás)\b", r"\bvamos\s+a\b", r"\bvan\s+a\b", r"\bva\s+a\b", r"\biba(?:n|mos)?\s+a\b",
    r"\bacord", r"\bcompromet", r"\bcompromiso", r"\bpróxim", r"\bpretend", r"\bprevemos\b", r"\bprevisto\b",
    r"\bprocura", r"\bpropon", r"\bplane", r"\bintención\b", r"\bmeta\b", r"\bobjetivo\b", r"\ba\s+partir\s+de",
    r"\btenemos\s+que\b", r"\bhay\s+que\b", r"\bplazo\b", r"\bprioridad\b", r"\bsiguiente\b",
    r"\binstrucci[óo]n\b",
)

# Words that open a span running up to now ("desde 2020", "a partir de octubre de 2021"): a report of
# it is about the present too, so the time it names is no upper bound on its event.
ONGOING_FROM = ("desde", "a partir de", "entre")
