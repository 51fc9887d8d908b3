"""Spanish abbreviations that end in a period without ending the sentence, by how they behave."""

NEVER_END: frozenset[str] = frozenset({
    "sr.", "sra.", "srta.", "sres.", "sras.", "dr.", "dra.", "lic.", "ing.", "mtro.", "mtra.", "prof.",
    "profa.", "gral.", "gob.", "pres.", "arq.", "ee.", "uu.", "núm.", "art.", "vs.", "cf.", "aprox.",
    "depto.", "av.", "col.", "cd.", "edo.", "admón.", "ud.", "uds.", "dn.", "dña.",
})

BEFORE_NUMBER: frozenset[str] = frozenset({"no.", "núm.", "art.", "arts.", "p.", "pp.", "vol.", "cap.", "fracc."})

MONTHS: frozenset[str] = frozenset({
    "ene.", "feb.", "mar.", "abr.", "may.", "jun.", "jul.", "ago.", "sep.", "sept.", "set.", "oct.", "nov.",
    "dic.",
})

MAY_END: frozenset[str] = frozenset({"etc.", "a.m.", "p.m.", "s.a.", "c.v.", "ee.uu.", "e.u.", "cía."})

SENTENCE_OPENERS: frozenset[str] = frozenset({
    "el", "la", "los", "las", "este", "esta", "estos", "estas", "eso", "esto", "en", "con", "por", "para",
    "hoy", "ayer", "además", "también", "y", "pero", "nosotros", "ellos", "se", "ya", "así", "entonces",
    "asimismo", "ambos", "ambas", "un", "una", "lo", "le", "les", "no", "sí", "que", "como", "cuando",
})
