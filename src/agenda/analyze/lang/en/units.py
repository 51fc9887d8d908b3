"""English words around counts: what is not counted, what ends a unit, and canonical unit names."""

# A figure followed by one of these heads is a duration, a ratio or a party count, not a target.
NOT_COUNTED = frozenset({
    "year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours", "minute",
    "minutes", "decade", "decades", "century", "centuries", "times", "percent", "per", "percentage",
    "degrees", "degree", "countries", "country", "nations", "governments", "government", "leaders",
    "presidents", "sides", "parties", "pillars", "a.m.", "p.m.", "am", "pm", "o'clock", "%",
    "fiscal", "fy", "calendar", "consecutive", "straight", "quarters", "decimal", "goals", "areas", "factors",
    "components", "priorities", "themes", "objectives", "principles", "elements", "topics", "issues",
    "commitments", "phases", "ways", "aspects", "mile", "miles", "kilometers", "km", "feet", "meters",
    "points", "delegations", "pillar", "sectors", "categories", "lines", "stages", "steps",
})

# Words that only qualify a figure ("more than 1,000", "a total of 745"), skipped to see what precedes it.
APPROXIMATIONS = frozenset({
    "more", "than", "over", "nearly", "approximately", "about", "around", "almost", "some", "up", "to", "at",
    "least", "roughly", "estimated", "just", "under", "fewer", "less", "total", "a", "an", "of", "another",
})

# Words before a figure that make it a reference to things already known ("the two delegations").
DEFINITE = frozenset({
    "the", "these", "those", "our", "their", "its", "both", "his", "her", "your", "my",
})

# Words before a figure that make it a part of something else ("five cartels, including some 40 firms";
# "aid to farmers, including 2 million growers of maize"): not the statement's count.
DETAIL_MARKERS = frozenset({"including", "among"})

# Words before a figure that make it what a crime was done to ("smuggling of 70 rifles", "the deaths of 12
# travellers"): a description of the offence, not what a government delivered or targets.
OFFENCE_WORDS = frozenset({
    "trafficking", "smuggling", "deaths", "death", "murder", "murders", "killing", "killings", "kidnapping",
})

# A range "from N to M" counts where it ends.
RANGE_FROM = frozenset({"from"})
RANGE_TO = frozenset({"to"})

# Adjectives between a figure and its unit that say nothing about what is counted ("nine more states").
SKIPPED_ADJECTIVES = frozenset({"more", "additional", "new", "other", "further", "extra"})

# Words that may introduce a figure that is a label or a code ("Executive Order 14059", "Title 42").
CODE_WORDS = frozenset({
    "no", "no.", "number", "order", "eo", "section", "sec", "title", "chapter", "article", "phase",
    "level", "tier", "round", "resolution", "act", "code", "route", "highway", "room", "page", "pages",
    "paragraph", "annex", "schedule", "class", "category", "part", "step", "item", "vol", "volume",
    "orders", "fy", "flight", "case", "docket", "grade", "point", "points", "ages", "aged", "age", "covid", "g",
    "h", "e.o", "e.o.", "o", "eo.",
})

# Words that end the noun phrase of a unit (prepositions, conjunctions, auxiliaries, pronouns).
UNIT_STOPWORDS = frozenset({
    "and", "or", "but", "to", "in", "into", "from", "for", "with", "at", "on", "by", "that", "which",
    "who", "whom", "whose", "will", "would", "shall", "have", "has", "had", "were", "was", "is", "are",
    "be", "been", "being", "as", "than", "per", "across", "through", "throughout", "since", "during",
    "under", "over", "between", "among", "including", "such", "this", "these", "those", "their",
    "its", "our", "his", "her", "they", "we", "it", "until", "via", "about", "around", "while",
    "where", "when", "more", "each", "every", "total", "can", "could", "may", "might", "should",
    "must", "not", "also", "so", "if", "after", "before", "against", "toward", "towards", "within",
    "without", "along", "of", "the", "a", "an",
})

# A word of this shape after the unit's noun is a verb in the past: the unit ends there.
VERB_SHAPE = r"[a-z]{3,}ed"

# Heads after which "of" continues the unit ("tons of fertilizer", "rounds of ammunition").
MEASURE_HEADS = frozenset({
    "tons", "tonnes", "pounds", "kilograms", "kilos", "kg", "liters", "litres", "gallons", "barrels",
    "rounds", "units", "pieces", "bags", "boxes", "containers", "shipments", "cubic", "metric",
    "acres", "hectares", "miles", "kilometers", "square", "megawatts", "gigawatts",
})

# Unit heads with a canonical name, so that users can compare the same thing across texts.
CANONICAL_UNITS: dict[str, str] = {
    "dose": "vaccine doses", "doses": "vaccine doses", "vaccine": "vaccine doses",
    "vaccines": "vaccine doses", "shots": "vaccine doses",
}
