"""Spanish cues for the subject (pillar) of a statement (ANNOTATION.md section 4), weighted like kinds."""

PILLAR_CUES: dict[str, dict[int, tuple[str, ...]]] = {
    "labor": {
        3: (r"\blaboral(?:es)?\b", r"\btrabajador", r"\bsindica", r"\bcontratos? colectivos?\b",
            r"\bnegociación colectiva\b", r"\blibertad sindical\b", r"\btrabajo infantil\b", r"\btrabajo forzoso\b",
            r"\bconciliación\b", r"\bSecretaría del Trabajo\b", r"\bmecanismo de respuesta rápida\b", r"\bOIT\b"),
    },
    "health": {
        3: (r"\bvacun", r"\bdosis\b", r"\bCOVID", r"\bpandemia", r"\bsalud\b", r"\bsanitari", r"\bmédic",
            r"\bhospital", r"\bepidemi", r"\binfluenza\b", r"\benfermedad", r"\badiccion", r"\benfermer",
            r"\bclínicas?\b"),
    },
    "migration": {
        3: (r"\bmigra", r"\basilo\b", r"\brefugiad", r"\btráfico (?:ilícito )?de (?:migrantes|personas)\b",
            r"\btrata de personas\b", r"\bcausas (?:estructurales|fundamentales)\b", r"\bmovilidad laboral\b",
            r"\bvías regulares\b", r"\bapátrida", r"\bdesplazad", r"\bciudadanía\b", r"\bpermisos humanitarios\b",
            r"\bsolicitantes de asilo\b", r"\bregresos\b", r"\breunificación familiar\b", r"\bcomunidades de acogida\b",
            r"\bvisas?\b", r"\bCentroamérica\b", r"\bxenofobia\b"),
    },
    "security": {
        3: (r"\bseguridad\b", r"\bfentanilo\b", r"\bdrogas?\b", r"\bnarco", r"\barmas\b", r"\bdelincuencia\b",
            r"\bcrimen\b", r"\bcriminal", r"\bcárteles?\b", r"\bhomicidios?\b", r"\bviolencia\b", r"\bdesaparecid",
            r"\bprecursores\b", r"\btraficantes\b", r"\blavado de dinero\b", r"\bFiscalía\b", r"\bpolicía\b",
            r"\bdelitos?\b", r"\bopioides\b"),
    },
    "energy_climate": {
        3: (r"\bclimátic", r"\bclima\b", r"\benergía", r"\benergétic", r"\bemisiones\b", r"\blimpia",
            r"\bmetano\b", r"\bagua\b", r"\bambiental", r"\bmedio ambiente\b", r"\bdeforestación\b",
            r"\brenovable", r"\belectromovilidad\b", r"\bvehículos eléctricos\b", r"\belectricidad\b",
            r"\bautoabasto\b", r"\bsolar\b", r"\beólic", r"\bpetróleo\b"),
    },
    "economy": {
        3: (r"\becon[óo]mic", r"\beconomía\b", r"\bcomerci", r"\binversi", r"\bcadenas? de suministro\b",
            r"\binfraestructura\b", r"\bpuertos? fronterizos?\b", r"\bfrontera norte\b", r"\bsemiconductores\b",
            r"\bchips\b", r"\btelecomunicaciones\b", r"\bintegración\b", r"\bcrecimiento\b", r"\bempresas?\b",
            r"\bexportaci", r"\bimportaci", r"\baduanas?\b", r"\bT-MEC\b", r"\bmanufactur", r"\bindustria"),
    },
    "other": {
        2: (r"\beducaci", r"\bestudiantes?\b", r"\bcultura", r"\bcienci", r"\bpueblos originarios\b", r"\bindígena",
            r"\bracismo\b", r"\bgénero\b", r"\bderechos humanos\b", r"\bdemocracia\b"),
    },
}

PILLAR_ORDER = ("labor", "health", "migration", "security", "energy_climate", "economy", "other")
