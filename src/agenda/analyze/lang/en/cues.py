"""English cue words that mark a commitment (future, binding) or a progress report (done)."""

HEADLINE_COMMITMENT_CUES = (
    r"\bwill\b", r"\bshall\b", r"\bagreed to\b", r"\bagree to\b", r"\bcommit(?:ted|s)? to\b",
    r"\bpledged?\b", r"\bplans? to\b", r"\bintends? to\b", r"\bwill continue\b",
    r"\bare committed to\b", r"\bis committed to\b", r"\bresolved to\b",
)

HEADLINE_PROGRESS_CUES = (
    r"\bheld\b", r"\bsigned\b", r"\bdelivered\b", r"\bdonated\b", r"\bshipped\b",
    r"\blaunched\b", r"\bdisbursed\b", r"\bawarded\b", r"\bconvened\b", r"\bmet\b",
    r"\bha(?:s|ve) (?:provided|delivered|donated|invested|launched)\b",
    r"\bfiled\b", r"\bconcluded\b", r"\bcompleted\b", r"\barrived\b", r"\bsent\b",
)
