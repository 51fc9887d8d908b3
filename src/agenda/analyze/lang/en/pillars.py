"""English cues for the subject (pillar) of a statement (ANNOTATION.md section 4), weighted like kinds."""

PILLAR_CUES: dict[str, dict[int, tuple[str, ...]]] = {
    "labor": {
        3: (r"\blabou?r\b", r"\bworkers?\b", r"\bunions?\b", r"\bcollective bargaining\b", r"\bRRM\b",
            r"\bRapid Response\b", r"\bforced labou?r\b", r"\bchild labou?r\b", r"\bworker rights\b",
            r"\bfreedom of association\b", r"\bapprenticeships?\b", r"\bworking conditions\b", r"\bbackpay\b"),
        1: (r"\bemployment\b", r"\bjobs\b", r"\bvocational\b"),
    },
    "health": {
        3: (r"\bvaccin", r"\bdoses\b", r"\bCOVID", r"\bpandemic", r"\bhealth\b", r"\bAIDS\b", r"\bmalaria\b",
            r"\bCOVAX\b", r"\bdisease", r"\bmedical\b", r"\bhospitals?\b", r"\boverdose", r"\baddiction",
            r"\btreatment\b", r"\bnaloxone\b", r"\bepidemic", r"\bnurses?\b", r"\bdoctors?\b", r"\bclinics?\b",
            r"\bhealthcare\b"),
    },
    "migration": {
        3: (r"\bmigra", r"\basylum\b", r"\brefugees?\b", r"\bhuman smuggling\b", r"\bmigrant smuggling\b",
            r"\bsmuggling of (?:migrants|people|persons)\b", r"\btrafficking in persons\b", r"\bhuman trafficking\b",
            r"\broot causes\b", r"\bNorthern Triangle\b", r"\bCentral America", r"\bparole\b", r"\blegal pathways\b",
            r"\blawful pathways\b", r"\bregular pathways\b", r"\bpathways\b", r"\bresettle",
            r"\bregulari[sz]", r"\bstateless", r"\bdisplaced\b", r"\bhumanitarian\b",
            r"\bsouthern Mexico\b", r"\birregular\b", r"\bsmugglers?\b", r"\bvisas?\b", r"\breturns?\b",
            r"\bfamily reunification\b", r"\bout-migration\b", r"\bhost communities\b"),
        1: (r"\bborder\b", r"\bhumane\b"),
    },
    "security": {
        3: (r"\bsecurity\b", r"\bfentanyl\b", r"\bdrugs?\b", r"\bnarcotics?\b", r"\bfirearms?\b", r"\barms\b",
            r"\bweapons?\b", r"\bcrim(?:e|es|inal)\b", r"\bcartels?\b", r"\bhomicides?\b", r"\bviolence\b",
            r"\blaw enforcement\b", r"\bmissing\b", r"\bdisappear", r"\bopioids?\b", r"\bprecursors?\b",
            r"\bmoney laundering\b", r"\billicit\b", r"\bTCOs?\b", r"\bcyber", r"\bjustice\b",
            r"\bprosecut", r"\bpolice\b", r"\bforensic", r"\bammunition\b", r"\bmethamphetamine", r"\bsynthetic\b",
            r"\bterroris", r"\bdefense\b", r"\bcorruption\b", r"\bballistic", r"\bsanctions\b"),
    },
    "energy_climate": {
        3: (r"\bclimate\b", r"\benergy\b", r"\bemissions?\b", r"\bclean\b", r"\bmethane\b", r"\bwater\b",
            r"\benvironment", r"\bdeforestation\b", r"\bnet[- ]zero\b", r"\brenewable", r"\bhydrogen\b",
            r"\belectric vehicles?\b", r"\bzero[- ]emission", r"\bbiodiversity\b", r"\bconserv", r"\bgreenhouse\b",
            r"\bParis Agreement\b", r"\bwastewater\b", r"\bpollution\b", r"\bfossil\b", r"\bcarbon\b",
            r"\boceans?\b", r"\bNDCs?\b", r"\bsolar\b", r"\bwind\b", r"\bnuclear energy\b", r"\bgrid\b"),
    },
    "economy": {
        3: (r"\beconom", r"\btrade\b", r"\binvestments?\b", r"\bsupply chains?\b", r"\binfrastructure\b",
            r"\bports? of entry\b", r"\btelecommunications?\b", r"\bsemiconductors?\b",
            r"\bcompetitiveness\b", r"\bcommerce\b", r"\bbusiness(?:es)?\b", r"\bexports?\b", r"\bimports?\b",
            r"\bmanufacturing\b", r"\b5G\b", r"\bICT\b", r"\bdigital\b", r"\bentrepreneur", r"\bfertilizer\b",
            r"\bfood security\b", r"\bmarkets?\b", r"\bprivate sector\b", r"\bcustoms\b", r"\bcross-border trade\b",
            r"\bfinancial\b", r"\bprosperity\b", r"\bconnectivity\b", r"\bagricultur",
            r"\blending\b", r"\bloans?\b", r"\bUSMCA\b", r"\bborder crossings?\b", r"\bregulatory\b"),
    },
    "other": {
        2: (r"\beducation", r"\bstudents?\b", r"\bculture\b", r"\bcultural\b", r"\bscien", r"\bspace\b",
            r"\blunar\b", r"\bgender\b", r"\bIndigenous\b", r"\bhuman rights\b", r"\bdemocra", r"\bresearch\b",
            r"\bexchange programs?\b", r"\bUkraine\b", r"\bracism\b", r"\bwomen\b"),
    },
}

PILLAR_ORDER = ("labor", "health", "migration", "security", "energy_climate", "economy", "other")
