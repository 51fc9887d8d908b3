"""Spanish cue patterns for what a progress report says: done, delayed, cumulative, money stage."""

COMPLETED_ACTS: dict[str, tuple[str, ...]] = {
    "meet": (r"\bse llev[óo] a cabo\b", r"\bse realiz[óo]\b", r"\bse celebr[óo]\b", r"\bcelebr(?:ó|o|aron|amos)\b",
             r"\bse reunieron\b", r"\bnos reunimos\b"),
    "create": (r"\bse cre[óo]\b", r"\bse estableci[óo]\b", r"\bse instal[óo]\b", r"\bse inaugur[óo]\b",
               r"\binaugur(?:ó|o|aron|amos)\b", r"\bse lanz[óo]\b", r"\bse puso en marcha\b",
               r"\babri(?:ó|o|eron|mos)\b", r"\bse abri[óo]\b", r"\bse reabri[óo]\b"),
    "sign": (r"\bse firm[óo]\b", r"\bfirmamos\b", r"\bfirmaron\b", r"\bse aprob[óo]\b"),
    "deliver": (r"\bllegaron\b", r"\blleg[óo]\b", r"\bse entreg(?:ó|o|aron)\b", r"\bentregamos\b",
                r"\bhemos recibido\b", r"\bdon[óo]\b"),
    "generic": (r"\bse logr[óo]\b", r"\blogramos\b", r"\bse concluy[óo]\b", r"\bvotaron\b"),
}
COMPLETION_CUES = tuple(cue for cues in COMPLETED_ACTS.values() for cue in cues)

# The end of the words before an act that make it background, a relative clause ("que se estableció por acuerdo"):
# a pledge that mentions it reports nothing new.
BACKGROUND_ACT = r"\b(?:que|cual|cuales)(?:\s+\w+){0,2}\s*$"

SETBACK_CUES = (
    r"\bsuspendi(?:ó|o|eron|do)\b", r"\bse suspend\w*", r"\bpospu(?:so|sieron)\b", r"\bse pospus\w*",
    r"\baplaz\w*", r"\bcancel(?:ó|o|aron|ado|ada)\b", r"\bse cancel\w*", r"\bse detuvo\b",
    r"\bretras\w*", r"\bse retir[óo]\b", r"\bno se ha cumplido\b", r"\bse frenó\b",
)

REAFFIRM_CUES = (
    r"\breafirm\w*", r"\breiter\w*", r"\bratific\w*", r"\brenov\w* (?:el|nuestro|su) compromiso\b",
    r"\bseguir(?:emos|án)\b", r"\bcontinuar(?:emos|án)\b",
)

RECURRING_CUES = (
    r"\banual(?:mente)?\b", r"\bcada año\b", r"\bregular(?:mente)?\b", r"\bsemestral\w*",
    r"\bpermanente\b", r"\bcontinu\w*", r"\bampli(?:ar|ando)\b",
)

CUMULATIVE_CUES = (
    r"\ba la fecha\b", r"\bhasta ahora\b", r"\ben total\b", r"\bun total de\b", r"\bacumulad\w*",
    r"\bya\b", r"\bdesde (?:el )?inicio\b",
    r"(?:millones|millón|d[óo]lares|pesos|\d)\s+de (?:ese|este|aquel) compromiso\b",
    r"\bcon (?:las|los) (?:\w+ )?de hoy\b", r"^\W*(?:total\s+)?(?:adjudicad|otorgad|desembolsad|ejercid)\w*\s*:",
)

MONEY_STAGE_CUES: dict[str, tuple[str, ...]] = {
    "disbursed": (r"\bdesembols\w*", r"\bse pag[óo]\b", r"\bpagamos\b", r"\btransferi\w*",
                  r"\bse entreg(?:ó|o|aron)\b", r"\bejerci\w*", r"\bgastad\w*"),
    "awarded": (r"\badjudic\w*", r"\botorg\w*", r"\bse aprob[óo]\b", r"\basign\w*", r"\bcontrat\w*",
                r"\brecibi(?:ó|o|eron)\b"),
    "pledged": (r"\bcomprometi\w*", r"\bcompromiso\b", r"\binvertir[áa]n?\b", r"\bvamos a\b",
                r"\bse va a\b", r"\banunci\w*", r"\bconvocatorias?\b", r"\bconcursos?\b"),
}

PROMISED_ACTS: dict[str, str] = {
    "meet": r"^(?:celebrar|realizar|organizar|convocar)\b",
    "create": r"^(?:abrir|reabrir|crear|establecer|lanzar|instalar)\b",
    "sign": r"^(?:firmar|publicar|promulgar)\b",
    "deliver": r"^(?:entregar|donar|enviar|prestar)\b",
}
ONE_OFF_CUES = tuple(PROMISED_ACTS.values())

BODIES: dict[str, str] = {
    "working group": r"\bgrupos? de trabajo\b",
    "task force": r"\bfuerzas? de tarea\b|\bgrupos? de tarea\b",
    "committee": r"\bcomit[ée]s?\b",
    "network": r"\bred(?:es)?\b",
}
TO_CREATE = (r"\b(?:crear|establecer|formar|conformar|instalar|lanzar)\b",)

# Talk about a subject: at the meeting where a promise on it is made, discussing it is the occasion of
# the promise, not progress on it.
TALK_CUES = (r"\bconversaron\b", r"\bdialogaron\b", r"\babordaron\b", r"\bhablaron\b", r"\bdiscutieron\b",
             r"\bse habl[óo]\b", r"\bplaticamos\b", r"\btratamos\b")
