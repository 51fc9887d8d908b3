"""English words and phrase shapes for deadlines ("by the end of 2025", "over the next three years")."""

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}

# Month names that are also common words: read only next to a day, a year or a preposition.
AMBIGUOUS_MONTHS = frozenset({"may", "march", "mar", "jan", "jun", "sep", "dec"})
# English writes month and weekday names with a capital: a lower-case "march" is a verb.
CAPITALIZED_NAMES = True

WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
}

# Last day of each season in the northern hemisphere, as (month, day, years after the one named):
# "winter 2023" ends in February 2024 (day 29 is clamped to the month's length).
SEASONS: dict[str, tuple[int, int, int]] = {
    "spring": (5, 31, 0), "summer": (8, 31, 0), "fall": (11, 30, 0), "autumn": (11, 30, 0), "winter": (2, 29, 1),
}

# "FY2023" names the fiscal year that ends on this day of 2023. English-language government texts
# here mostly follow the U.S. federal year (October to September); change it for other sources.
FISCAL_YEAR_END = (9, 30)

# Parts of a period and the day that closes them: (month, day) in a year, day in a month.
YEAR_PARTS: dict[str, tuple[int, int]] = {
    "early": (3, 31), "beginning": (3, 31), "start": (3, 31),
    "mid": (6, 30), "middle": (6, 30), "late": (12, 31), "end": (12, 31), "close": (12, 31),
}
MONTH_PARTS: dict[str, int] = {
    "early": 10, "beginning": 10, "start": 10, "mid": 20, "middle": 20,
    "late": 31, "end": 31, "close": 31,
}
QUARTERS: dict[str, int] = {
    "first": 1, "1st": 1, "q1": 1, "second": 2, "2nd": 2, "q2": 2, "third": 3, "3rd": 3, "q3": 3,
    "fourth": 4, "4th": 4, "q4": 4, "final": 4, "last": 4,
}
HALVES: dict[str, int] = {"first": 1, "1st": 1, "h1": 1, "second": 2, "2nd": 2, "h2": 2}

# Words for the period a relative phrase counts in, and how far it is from the document's date.
UNITS: dict[str, str] = {
    "year": "year", "years": "year", "month": "month", "months": "month", "week": "week",
    "weeks": "week", "day": "day", "days": "day", "decade": "decade", "decades": "decade",
}
SINGULAR_UNITS = ("year", "month", "week", "decade")
# Other words a date phrase can be built around.
PERIOD_WORDS = ("quarter", "half", "fy", "fiscal", "tomorrow", "today", "year-end", "mid-century", "midcentury")
FISCAL_YEAR = r"FY|fiscal\s+year"
THIS = ("this", "the current", "the present")
NEXT = ("next", "the next", "the coming", "the following")

# Phrase shapes, tried in this order; longer matches win over shorter ones that overlap.
# Placeholders: {month} {day} {day2} {year} {year2} {num} {unit} (any), {unit1} (singular),
# {weekday} {season} {part} {quarter} {qn} (1-4) {half} {this} {next} {fy}; a shape's first group
# named "prep" is the preposition. Each shape names the rule that resolves it.
DEADLINE = r"(?:no|not) later than|by|before|until|till|through|thru|up to"
# The deadline words that close a period of something under way ("extended until April"), unlike a target ("by").
UNTIL = r"until|till|through|thru|up to"
_IN = r"in|during|on|for|at|from|starting(?: in| on| at| from)?|beginning(?: in| on)?|scheduled for|slated for" \
      r"|set for|planned for|as (?:early|soon) as|effective"
_PREP = rf"(?:(?P<prep>{DEADLINE}|{_IN})\s+(?:the\s+)?)?"
_PART = r"(?:the\s+)?{part}(?:\s+of\s+|[-\s])"
PATTERNS: list[tuple[str, str]] = [
    ("day", _PREP + r"{month}\.?\s+(?:\d\d?\s*[-–]\s*)?{day}(?:,?\s+{year})?"),
    ("day", _PREP + r"{day}\s+(?:of\s+)?{month}\.?(?:,?\s+{year})?"),
    ("fiscal_year", _PREP + r"(?:{fy})\s?(?:\(FY\)\s?)?(?:{year}|(?P<yy>\d\d))"),
    ("fiscal_year_relative", _PREP + r"(?:{this}|{next})\s+fiscal\s+year"),
    ("fiscal_year_relative", _PREP + r"(?:the\s+)?(?:end|close)\s+of\s+(?:the|{this}|{next})\s+fiscal\s+year"),
    ("year_range", _PREP + r"(?:between\s+)?{year}\s*(?:-|–|—|and|to|through)\s*{year2}"),
    ("month_part", _PREP + _PART + r"(?:{this}\s+month|{month})(?:,?\s+{year})?"),
    ("year_part", _PREP + _PART + r"(?:the\s+)?(?:calendar\s+)?{year}"),
    ("year_part_relative", _PREP + _PART + r"(?:(?:the|{this})\s+(?:calendar\s+)?year|{next}\s+year)"),
    ("year_part_relative", _PREP + r"later\s+(?:this|in\s+the)\s+year"),
    ("month_part_relative", _PREP + r"(?:the\s+)?(?:end|close)\s+of\s+(?:the\s+|{next}\s+)month"),
    ("month_part_relative", _PREP + r"later\s+this\s+month"),
    ("year_end", _PREP + r"(?:year[-\s]end|(?:the\s+)?year's\s+end)"),
    ("quarter", _PREP + r"(?:(?:the\s+)?{quarter}\s+quarter(?:\s+of)?|Q{qn})"
     r"(?:,?\s+(?:{year}|{this}\s+year|{next}\s+year))?"),
    ("half", _PREP + r"(?:the\s+)?{half}\s+half(?:\s+of)?(?:\s+(?:{year}|{this}\s+year|{next}\s+year))?"),
    ("month", _PREP + r"{month}\.?(?:\s+of)?,?\s+{year}"),
    ("year", r"(?P<prep>" + DEADLINE + r"|in|during|for|starting in|beginning in)\s+(?:the\s+(?:end|close)\s+of\s+)?"
     r"(?:calendar\s+)?{year}(?!\s*[-–]\s*\d)"),
    ("duration", r"(?:over|within|throughout)\s+(?:the\s+)?(?:(?:{next}|following)\s+)?{num}\s+{unit}"),
    ("duration", r"(?:in|for|during)\s+the\s+(?:{next}|following)\s+{num}\s+{unit}"),
    ("duration", r"(?:over|within|during|throughout)\s+(?:the\s+)?(?:{next}|following)\s+{unit1}"),
    ("duration", r"within\s+(?:a|one)\s+{unit1}"),
    ("duration", r"(?:over|within|during)\s+(?:a|the)\s+{num}[-\s]{unit1}\s+period"),
    ("duration", r"(?:in|over|within)\s+the\s+{unit1}\s+ahead"),
    ("relative", r"(?:(?P<prep>in|by|during|for|through|until|before|at)\s+)?(?:the\s+(?:end|close)\s+of\s+)?"
     r"(?:{this}|{next})\s+{unit1}"),
    ("relative", r"(?:(?P<prep>" + DEADLINE + r"|in|at)\s+)?the\s+(?:end|close)\s+of\s+the\s+{unit1}"),
    ("century_part", _PREP + r"(?:mid-century|midcentury)"),
    ("season", r"(?:(?P<prep>" + DEADLINE + r"|" + _IN + r")\s+(?:the\s+)?)?(?:{this}|{next})\s+{season}"),
    ("season", _PREP + r"{season}\s+(?:of\s+)?{year}"),
    # a bare season needs "the" ("in the fall"): "fall" alone is mostly a verb
    ("season", r"(?P<prep>" + DEADLINE + r"|" + _IN + r")\s+the\s+(?:(?:end|close)\s+of\s+the\s+)?{season}"),
    ("month", r"(?:(?P<prep>" + DEADLINE + r"|" + _IN + r")\s+(?:the\s+)?(?:(?:month\s+of|end\s+of)\s+)?|{next}\s+)?"
     r"{month}"),
    ("weekday", r"(?:(?P<prep>on|by|before|until|this|next|this\s+coming)\s+)?{weekday}"),
    ("tomorrow", r"tomorrow"),
    ("today", r"today"),
]

# Words just before or after a date phrase that place it in the past: it is not a deadline then.
PAST_BEFORE = frozenset({"last", "previous", "past", "since", "earlier", "beyond", "after"})
# A verb in the past just before a date phrase dates a done thing ("launched on May 27").
PAST_VERB = r"[a-z]{3,}ed"
PAST_AFTER = frozenset({"ago"})

# The ordinal ending a day number may carry ("June 1st").
DAY_SUFFIX = r"(?:st|nd|rd|th)?"
DAY_WORDS: dict[str, int] = {}

# "Today" is a deadline only before a future verb ("Today, the minister will sign ..."), not in a
# sentence that reports what was done today or commits in the present ("Today, we committed to ...").
FUTURE_AFTER_TODAY = r"\bwill\b|\bshall\b|\bgoing\s+to\b"

# Cues that the sentence looks forward; weak dates ("today", "in 2023") count only with one.
FORWARD_CUES = (
    r"\bwill\b", r"\bshall\b", r"\bwould\b", r"\bplan(?:s|ned)?\s+to\b", r"\bintend", r"\baim(?:s|ing)?\s+to\b",
    r"\bcommit(?:s|ted|ting)?\s+to\b", r"\bcommitment\s+to\b", r"\bpledg(?:e|es|ed|ing)\s+to\b",
    r"\bagree(?:d|s)?\s+(?:to|on)\b", r"\blook\w*\s+forward", r"\bscheduled\b", r"\bexpect", r"\bseek",
    r"\bgoing\s+to\b", r"\bset\s+to\b", r"\bupcoming\b", r"\bon\s+track\b", r"\bto\s+be\s+held\b",
    r"\bare\s+working\s+to\b", r"\bis\s+working\s+to\b", r"\bhope", r"\bresolve[ds]?\s+to\b",
)

# Words that open a span running up to now ("since 2020", "from October 2021 to August 2022"): a
# report of it is about the present too, so the time it names is no upper bound on its event.
ONGOING_FROM = ("since", "from", "starting in", "beginning in")
