"""English abbreviations that end in a period without ending the sentence, by how they behave."""

# Titles and name parts: the next word is a name, never a new sentence.
NEVER_END: frozenset[str] = frozenset({
    "mr.", "mrs.", "ms.", "dr.", "prof.", "gen.", "lt.", "col.", "maj.", "capt.", "sgt.", "adm.",
    "gov.", "sen.", "rep.", "amb.", "sec.", "pres.", "hon.", "rev.", "st.", "ft.", "mt.", "messrs.",
    "vs.", "v.", "cf.", "approx.", "dept.", "est.", "fig.", "ave.", "blvd.",
})

# Before a number ("No. 5", "Art. 3", "p. 12").
BEFORE_NUMBER: frozenset[str] = frozenset({"no.", "nos.", "art.", "arts.", "p.", "pp.", "vol.", "sec.", "ch.", "para."})

# Month abbreviations: not an end before a day or a year ("Sept. 30", "Jan. 2024").
MONTHS: frozenset[str] = frozenset({
    "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.",
})

# May end a sentence: only an end when a usual sentence opener follows ("... in the U.S. The ...").
MAY_END: frozenset[str] = frozenset({
    "inc.", "co.", "corp.", "ltd.", "llc.", "jr.", "sr.", "etc.", "a.m.", "p.m.", "u.s.", "u.k.", "u.n.",
    "e.u.", "d.c.", "al.",
})

# Words that usually open a sentence, used to decide after a MAY_END abbreviation.
SENTENCE_OPENERS: frozenset[str] = frozenset({
    "the", "this", "these", "that", "those", "there", "it", "its", "we", "our", "they", "their", "he", "she",
    "his", "her", "in", "on", "at", "as", "for", "with", "under", "since", "after", "before", "during",
    "today", "yesterday", "additionally", "also", "and", "but", "both", "each", "all", "a", "an",
    "i", "you", "so", "now", "together", "however", "following", "through", "by", "while", "when", "if",
})
