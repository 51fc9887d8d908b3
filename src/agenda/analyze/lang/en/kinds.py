"""English cues for the kind of action a statement commits to or reports (ANNOTATION.md section 3).

Each kind lists regex cues by weight: 3 names the action itself ("hold a dialogue", "invest"), 2 a
typical object, 1 a hint. The kind with the highest total wins; "program" when nothing fits.
"""

KIND_CUES: dict[str, dict[int, tuple[str, ...]]] = {
    "dialogue": {
        3: (r"\bdialogues?\b", r"\bmeet(?:s|ings?)?\b", r"\bmet\b", r"\bspoke\b", r"\bspeak\b", r"\bconvene[sd]?\b",
            r"\bconvening\b", r"\bworking groups?\b", r"\bcommittees?\b", r"\bsummits?\b",
            r"\bhost(?:ed|s)?\s+(?:a|the)\b",
            r"\bround\s?tables?\b", r"\bconsultations?\b", r"\btalks\b", r"\bforums?\b", r"\bdelegations?\b",
            r"\bvisit(?:ed|s|ing)?\b", r"\bdiscuss(?:ed|es|ion|ions)?\b", r"\bconversations?\b",
            r"\bphone call\b", r"\bco-host", r"\bministerials?\b", r"\bconferences?\b",
            r"\bworkshops?\b", r"\bhost(?:ed|s)?\s+(?:president|prime minister|secretary|minister)\b",
            # the standing U.S.-Mexico dialogues, mostly named by their acronyms
            r"\bHLED\b", r"\bHLSD\b", r"\bNADD\b"),
        2: (r"\bsecretariat\b", r"\boutreach\b", r"\bfeedback\b", r"\bexchanges?\s+of\s+information\b",
            r"\binformation\s+exchanges?\b", r"\bexpert\s+exchanges?\b"),
        1: (r"\bexchanges?\b", r"\bcounterparts?\b", r"\bbest practices\b",
            r"\bengagements?\b", r"\bparticipat", r"\btravel\b", r"\blook(?:s|ing)? forward\b"),
    },
    "funding": {
        3: (r"\binvest(?:s|ed|ing|ment of)?\b", r"\bfund(?:s|ed|ing)?\b", r"\bgrants?\b", r"\bloans?\b",
            r"\ballocat", r"\bappropriations?\b", r"\bappropriated\b", r"\bawarded\b", r"\bawards\b",
            r"\bdisburse", r"\bguarant(?:y|ee)\b", r"\bcontribut(?:e|ed|ion)\b", r"\binvestments?\s+in\b",
            r"\bco-?fund", r"\bfinancial\s+(?:and\s+technical\s+)?(?:assistance|support)\b"),
        2: (r"\bbudget\b", r"\baid\b", r"\bfinanc(?:e|ing|ed)\b"),
        1: (r"\bassistance\b",),
    },
    "delivery": {
        3: (r"\bdoses\b", r"\bdonat(?:e|ed|es|ion|ions)\b",
            r"\btrain(?:ed|s|ing)?\b", r"\bequipment\b", r"\bsupplies\b",
            r"\bcanines\b", r"\bshar(?:e|ed|ing)\s+(?:\S+\s+){0,3}(?:doses|vaccines)", r"\bsend(?:ing)?\b",
            r"\blend\b"),
        2: (r"\bvaccines?\b", r"\bscholarships?\b", r"\bship(?:ped|ping|ments?)?\b", r"\bforensic"),
        1: (r"\bdeliver(?:ed|s|ies|y)?\b", r"\bdeploy(?:ed|ing|s)?\b", r"\btechnical assistance\b",
            r"\bcapacity[- ]building\b"),
    },
    "policy": {
        3: (r"\blaws?\b(?!\s+enforcement)", r"\blegislation\b", r"\breforms?\b", r"\bregulations?\b", r"\brules?\b",
            r"\btreat(?:y|ies)\b", r"\bmemorand(?:um|a) of understanding\b", r"\bMOUs?\b", r"\bsign(?:ed|s|ing)?\b",
            r"\bexecutive orders?\b", r"\bdecrees?\b", r"\btariffs?\b", r"\baction plan\b", r"\benact",
            r"\bratif(?:y|ied|ies|ication)\b"),
        2: (r"\bvisas?\b", r"\bstandards?\b", r"\bwatchlist\b", r"\bcertificat", r"\bpermits?\b",
            r"\bagreements?\b", r"\bregulatory\b", r"\brestrictions?\b", r"\bprohibit", r"\bcompacts?\b",
            r"\blegal status\b", r"\bguidelines\b", r"\bamend(?:s|ed|ing|ments?)?\b", r"\bpassed\b",
            r"\brecommendations\b", r"\bsuspend(?:s|ed|ing)?\b", r"\bexecutive\s+actions?\b", r"\bprovisions\b"),
        1: (r"\bpolic(?:y|ies)\b", r"\bpathways\b", r"\bregularization\b",
            r"\bstatus\b", r"\badopt", r"\bimplement", r"\bapprov", r"\btax(?:es)?\b", r"\brequirements?\b",
            r"\bdisclosure\b", r"\bextend(?:s|ed|ing)?\b", r"\bphase out\b", r"\balign"),
    },
    "operation": {
        3: (r"\boperations?\b", r"\bseiz(?:e|ed|ing|ures?)\b", r"\barrest", r"\bextradit",
            # the acts, not the people ("investigators", "prosecutors" are often the trainees)
            r"\binvestigat(?!ors?\b)", r"\bprosecut(?!ors?\b)", r"\bdismantl", r"\binterdict", r"\binspections?\b",
            r"\benforcement\b",
            r"\bpatrols?\b", r"\bsanction(?:s|ed)?\b", r"\bdesignated\b", r"\bindict", r"\bcharged\b",
            r"\bconvict", r"\btraced?\b", r"\bsmuggling networks?\b", r"\bvetted unit\b", r"\bcrack(?:ing)? down\b",
            r"\bremovals?\b", r"\brepatriat", r"\bdeport", r"\btask forces?\b", r"\btakedown\b", r"\bsurrender"),
        # the verb: "disruptions" are mostly of supply chains, not of criminal networks
        2: (r"\bdisrupt(?:s|ed|ing)?\b", r"\bcriminal organizations\b", r"\bintelligence\b", r"\bsmuggl(?:ers?|ing)\b",
            r"\btraffickers\b", r"\baccountab"),
        1: (r"\bfirearms\b", r"\btrafficking\b", r"\bcartels?\b", r"\bborder security\b", r"\btarget(?:ing|ed)?\b"),
    },
    "program": {
        2: (r"\bpartnerships?\b", r"\binitiatives?\b", r"\bprograms?\b", r"\bstrateg(?:y|ies)\b", r"\bprojects?\b",
            r"\bplatforms?\b", r"\bcampaigns?\b"),
        1: (r"\bwork(?:ing)? together\b", r"\bcooperat", r"\bcollaborat", r"\blaunch(?:ed|es)?\b", r"\befforts?\b",
            r"\bpromot", r"\bstrengthen", r"\bexpand", r"\bsupport", r"\baddress", r"\bnetwork\b"),
    },
    # buying goods from a partner is trade, none of the kinds of cooperation
    "other": {
        3: (r"\bpurchas(?:e|es|ed|ing)\b", r"\bbuy(?:s|ing)?\b"),
    },
    "case": {
        3: (r"\bRapid Response\b", r"\bRRM\b", r"\bcomplaints?\b", r"\bpetitions?\b", r"\bremediation\b",
            r"\bdisputes?\b", r"\bunion elections?\b", r"\bcollective bargaining agreements?\b",
            r"\bfacility\b", r"\bdenial of rights\b", r"\bliquidation\b", r"\breview whether\b", r"\bdetention of\b",
            r"\bbackpay\b", r"\breinstat"),
        1: (r"\bcases?\b",),
    },
}

# A pledge later in the sentence names the action its kind comes from ("discussed X and agreed to Y": Y).
PLEDGE = (r"\b(?:commit(?:s|ted)?|agree(?:s|d)?|pledge(?:s|d)?|resolve(?:s|d)?|decide(?:s|d)?|intend(?:s|ed)?"
          r"|plan(?:s|ned)?)\s+to\b|\bcommitments?\s+to\b")

# Words that make what follows the setting of the action, not the action ("at the Summit").
SETTING = r"\b(?:at|during|following|after|under|ahead of|on the margins of|since)\s+(?:the\s+)?(?:\S+\s+){0,3}"

# Kinds in the order that breaks a tie.
KIND_ORDER = ("case", "funding", "dialogue", "delivery", "operation", "policy", "program", "other")
