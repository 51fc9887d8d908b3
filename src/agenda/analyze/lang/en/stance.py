"""English cue patterns for what a progress report says: done, delayed, cumulative, money stage."""

# The action itself happened (a meeting held, an agreement signed, goods delivered), by the kind of
# act: a report fulfils a one-off promise only with the act promised (see PROMISED_ACTS) or a
# generic one ("completed"); "hosted a delegation" does not launch a programme's second phase.
COMPLETED_ACTS: dict[str, tuple[str, ...]] = {
    "meet": (r"\bheld\b", r"\bhosted\b", r"\bconvened\b", r"\bmet\b"),
    "create": (r"\b(?:re-?)?launched\b", r"\bestablished\b", r"\bcreated\b", r"\bformed\b", r"\bopened\b",
               r"\breopened\b", r"\binaugurated\b"),
    "sign": (r"\bsigned\b", r"\badopted\b", r"\bapproved\b", r"\bfinali[sz]ed\b", r"\benacted\b", r"\bratified\b"),
    "deliver": (r"\bdelivered\b", r"\bdonated\b", r"\bshipped\b", r"\barrived\b", r"\bmade (?:\w+ )?available\b"),
    "generic": (r"\bcompleted\b", r"\bconcluded\b", r"\bjoined\b", r"\bvoted\b"),
}
COMPLETION_CUES = tuple(cue for cues in COMPLETED_ACTS.values() for cue in cues)

# The end of the words before an act that make it background, a relative clause ("which was established in 2013"):
# a pledge that mentions it reports nothing new.
BACKGROUND_ACT = r"\b(?:which|that|who)(?:\s+\w+){0,2}\s*$"

# Delay, suspension, cancellation, withdrawal.
SETBACK_CUES = (
    r"\bsuspend(?:ed|s)?\b", r"\bpostpon(?:ed|es?)\b", r"\bdelay(?:ed|s)?\b", r"\bcancel(?:l?ed|s)?\b",
    r"\bhalt(?:ed|s)?\b", r"\bpaused?\b", r"\bstalled\b", r"\bwithdr[ae]w\b", r"\bwithdrawn\b",
    r"\bterminated\b", r"\bfroze\b", r"\bfrozen\b", r"\bfailed to\b", r"\bblocked\b",
)

# A re-announcement of something already promised.
REAFFIRM_CUES = (
    r"\breaffirm(?:ed|s)?\b", r"\breiterat(?:ed|es?)\b", r"\brenew(?:ed|s)? (?:its|their|our) commitment\b",
    r"\brecommit(?:ted|s)?\b", r"\bcontinue to\b", r"\bremain(?:s|ed)? committed\b",
)

# A commitment that recurs (held every year, carried on) or is open-ended (expanding capacity) is
# advanced, not fulfilled, by one instance.
RECURRING_CUES = (
    r"\bannual(?:ly)?\b", r"\bregular(?:ly)?\b", r"\bevery year\b", r"\bsemi-annual(?:ly)?\b",
    r"\bcontinu(?:e|ing|ous)\b", r"\bongoing\b", r"\bimplement\b", r"\bexpand(?:ing)?\b",
)

# A figure that is a running total rather than a new increment.
CUMULATIVE_CUES = (
    r"\bto date\b", r"\bso far\b", r"\bin total\b", r"\ba total of\b", r"\bcumulative(?:ly)?\b",
    r"\balready\b", r"\bsince (?:the )?(?:start|beginning|inception|launch)\b", r"\bbringing the total\b",
    # a share of the whole pledge ("$38 million of that commitment has been awarded"), a tally that
    # takes in the latest step ("with today's awards"), a progress note's labelled line ("Awarded: $38 million")
    r"(?:million|billion|\d)\s+of (?:that|this|the) (?:\w+ )?(?:commitment|pledge)\b",
    r"\bwith (?:today's|this week's|the latest) \w+",
    r"^\W*(?:total\s+)?(?:awarded|obligated|disbursed|spent|committed)\s*:",
)

# Where a sum of money stands (IATI separates commitment from disbursement).
MONEY_STAGE_CUES: dict[str, tuple[str, ...]] = {
    "disbursed": (r"\bdisburs\w*", r"\bpaid\b", r"\btransferred\b", r"\bspent\b", r"\breleased\b",
                  r"\bdelivered\b", r"\bprovided\b", r"\bremitted\b"),
    "awarded": (r"\bawarded\b", r"\bgranted\b", r"\bobligated\b", r"\bapproved\b", r"\ballocated\b",
                r"\bcontract(?:ed)?\b", r"\bgrant agreement\b", r"\bsigned\b", r"\breceived\b"),
    # money offered but not yet given to anyone: a call for applications, a grant competition
    "pledged": (r"\bpledg\w*", r"\bwill\b", r"\bcommit\w*", r"\bannounc\w*", r"\bplans? to\b",
                r"\bintends? to\b", r"\baim\w*", r"\binvit\w* applications\b",
                r"\bcalls? for (?:proposals|applications)\b", r"\bfunding opportunit\w*", r"\bcompetitions?\b"),
}

# A commitment whose text opens with one of these verbs promises a single act (open a lab,
# hold a meeting, sign an agreement): a report that the act happened fulfils it. By kind of act,
# as in COMPLETED_ACTS.
PROMISED_ACTS: dict[str, str] = {
    "meet": r"^(?:\w+ to )?(?:hold|convene|organi[sz]e|host)\b",
    "create": r"^(?:\w+ to )?(?:open|reopen|create|establish|launch|relaunch|set up|form)\b",
    "sign": r"^(?:\w+ to )?(?:sign|conclude|adopt|publish|enact)\b",
    "deliver": r"^(?:\w+ to )?(?:hand over|deliver|donate|send|lend)\b",
}
ONE_OFF_CUES = tuple(PROMISED_ACTS.values())

# Bodies a commitment may promise to create; a later report of one at work ("progress made by the
# expert working group") shows it was created. Keys are shared across languages.
BODIES: dict[str, str] = {
    "working group": r"\bworking groups?\b",
    "task force": r"\btask forces?\b",
    "committee": r"\bcommittees?\b",
    "network": r"\bnetworks?\b",
}
# A body still to be created ("agreed to establish a working group") is not at work yet.
TO_CREATE = (r"\b(?:to|will|would|shall) (?:\w+ )?(?:create|establish|form|launch|set up|convene)\b",)

# Talk about a subject: at the meeting where a promise on it is made, discussing it is the occasion of
# the promise, not progress on it.
TALK_CUES = (r"\bdiscuss(?:ed|es)?\b", r"\btalked about\b", r"\bexchanged views\b")
