"""Spanish cues for the kind of action a statement commits to or reports (ANNOTATION.md section 3).

Each kind lists regex cues by weight, as in the English module; "program" when nothing fits.
"""

KIND_CUES: dict[str, dict[int, tuple[str, ...]]] = {
    "dialogue": {
        3: (r"\bdiálogos?\b", r"\breuni(?:ón|ones|r|rse|rnos|remos|mos|rán|rá|ría|rían)\b", r"\bse reuni",
            r"\bre[uú]nen\b", r"\bentrevist(?:ó|ar|aron|arse)\b",
            r"\bgrupos? de trabajo\b", r"\bcomités?\b", r"\bcumbres?\b", r"\bconversaci(?:ón|ones)\b",
            r"\bconvers(?:ó|amos|ar)\b", r"\bvisita", r"\bllamada\b", r"\bhabl(?:ó|amos|ar)\b", r"\bencuentros?\b",
            r"\bdelegaci(?:ón|ones)\b", r"\bmesas?\b", r"\bplatica", r"\bcontrapartes?\b",
            r"\bconvoca", r"\bforos?\b", r"\bequipo\b", r"\bcomunicación\b"),
        1: (r"\bintercambi",),
    },
    "funding": {
        3: (r"\binvers(?:ión|iones)\b", r"\binvert(?:ir|irá|irán|imos)\b", r"\bfinanciamiento\b",
            r"\bfinanci(?:ar|ará)\b",
            r"\bfondos?\b", r"\bpréstamos?\b", r"\bdonativos?\b", r"\brecursos económicos\b", r"\bsubsidio"),
        2: (r"\bapoyo económico\b", r"\bpresupuesto\b"),
    },
    "delivery": {
        3: (r"\bdosis\b", r"\bvacunas?\b", r"\benv(?:iar|iará|iarán|iaron|ió|ío|íe)\b",
            r"\bentreg(?:a|ar|ará|aron|ó)\b",
            r"\bentregas\b", r"\bdon(?:ar|ará|ó|aron|ación|aciones)\b", r"\bcapacita", r"\bequipo médico\b",
            r"\bsuministr", r"\bllegaron\b", r"\bse aplic"),
    },
    "policy": {
        3: (r"\bleyes?\b", r"\blegislaci", r"\breformas?\b", r"\bregla", r"\bnormas?\b", r"\btratados?\b",
            r"\bmemorándum\b", r"\bfirm(?:a|ar|ó|amos|aron)\b", r"\bvisas?\b", r"\bpolíticas?\b",
            r"\bcontratos colectivos\b", r"\blegitim", r"\btribunales\b", r"\bmodelo laboral\b", r"\bórgano\b",
            r"\bmarco\b", r"\bapertura\b", r"\bcertificad", r"\bautoriza", r"\bnormalidad\b",
            r"\breconocimiento\b", r"\bcriterio\b", r"\bdecreto", r"\bregistro\b", r"\bmecanismos?\b"),
        2: (r"\bacceso\b",),
        1: (r"\bacuerdos?\b", r"\bgarantiza"),
    },
    "operation": {
        3: (r"\boperativos?\b", r"\bdeten(?:er|ción|ciones|idos)\b", r"\bextradi", r"\bdecomis", r"\baseguramiento",
            r"\binvestiga", r"\baprehensi", r"\bcontrol(?:ar)?\b", r"\bseguimiento de los traficantes\b",
            r"\btráfico\b", r"\bcombat", r"\bdesmantel", r"\bprocesar\b", r"\bfuerzas de seguridad\b"),
    },
    "program": {
        2: (r"\bprogramas?\b", r"\bplan(?:es)?\b", r"\binicativas?\b", r"\biniciativas?\b", r"\bestrategias?\b",
            r"\bproyectos?\b", r"\bcooperaci", r"\bcolaboraci", r"\bfortalec", r"\bimpuls", r"\bpromov",
            r"\bampliar\b", r"\bapoy", r"\bintegración\b"),
    },
    "case": {
        3: (r"\bquejas?\b", r"\bcontroversias?\b", r"\bpanel\b", r"\bplan de reparación\b",
            r"\bmecanismo de respuesta rápida\b", r"\belecci(?:ón|ones) de titularidad\b", r"\bobservadores\b",
            r"\bse repitió\b", r"\bsindicato\b"),
        1: (r"\bcasos?\b",),
    },
}

# A pledge later in the sentence names the action its kind comes from ("hablaron de X y acordaron Y": Y).
PLEDGE = (r"\b(?:acord(?:aron|amos|ó)|se\s+comprometi(?:ó|eron)\s+a|nos\s+comprometemos\s+a|compromiso\s+de"
          r"|decidi(?:ó|eron|mos))\b")

SETTING = r"\b(?:durante|tras|después de|desde|a raíz de)\s+(?:el\s+|la\s+|los\s+|las\s+)?(?:\S+\s+){0,3}"

KIND_ORDER = ("case", "funding", "dialogue", "delivery", "operation", "policy", "program", "other")
