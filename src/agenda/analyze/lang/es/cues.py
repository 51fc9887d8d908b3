"""Spanish cue words that mark a commitment (future, binding) or a progress report (done)."""

HEADLINE_COMMITMENT_CUES = (
    r"\bse comprometi[óo] a\b", r"\bnos comprometemos\b", r"\bacordaron\b", r"\bacordamos\b",
    r"\bvamos a\b", r"\bse va a\b", r"\bvan a\b", r"\bllevar[áa]n a cabo\b", r"\bimpulsar[áa]n\b",
    r"\bestablecer[áa]n?\b", r"\binvertir[áa]n?\b", r"\bfortalecer[áa]n\b",
)

HEADLINE_PROGRESS_CUES = (
    r"\bse llev[óo] a cabo\b", r"\bse entregaron\b", r"\bfirmamos\b", r"\bse realiz[óo]\b",
    r"\bllegaron\b", r"\bhemos recibido\b", r"\bse firm[óo]\b", r"\bse celebr[óo]\b",
    r"\bse reunieron\b", r"\bentregamos\b", r"\bdonó\b",
)
