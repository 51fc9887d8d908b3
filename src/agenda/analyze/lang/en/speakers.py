"""English transcript speaker labels: who asks (questions are not statements) and who moderates."""

QUESTIONER_LABELS: frozenset[str] = frozenset({
    "q", "question", "reporter", "journalist", "audience member", "participant",
})

MODERATOR_LABELS: frozenset[str] = frozenset({"moderator", "operator"})

# Labels written without a colon ("Q   Thank you ..."), as in White House transcripts.
BARE_LABELS: frozenset[str] = frozenset({"q"})
