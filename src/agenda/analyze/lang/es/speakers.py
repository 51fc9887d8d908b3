"""Spanish transcript speaker labels: who asks (questions are not statements) and who moderates."""

QUESTIONER_LABELS: frozenset[str] = frozenset({
    "interlocutor", "interlocutora", "pregunta", "intervención", "intervencion", "reportero", "reportera",
    "periodista", "voz mujer", "voz de mujer", "voz hombre", "voz de hombre", "voces a coro", "asistente",
    "participante", "público",
})

MODERATOR_LABELS: frozenset[str] = frozenset({"moderador", "moderadora", "presentador", "presentadora"})

BARE_LABELS: frozenset[str] = frozenset()
