"""English names of governments, agencies and bodies that act for a country (ISO3) or are intergovernmental (INT).

Country names, demonyms and capitals are in `countries.py`; officials' names are shared by both
languages in `agenda.analyze.lang.officials`. Written for this project from general knowledge.
"""

# Ministries, agencies and offices, by the country they belong to. Aliases written in capitals
# (acronyms) are matched with their exact case; the others in any case.
INSTITUTIONS: dict[str, str] = {
    # United States
    "White House": "USA", "Biden Administration": "USA", "Biden-Harris Administration": "USA",
    "Harris Administration": "USA", "Trump Administration": "USA", "State Department": "USA",
    "Department of State": "USA", "Department of Homeland Security": "USA", "DHS": "USA",
    "Department of Justice": "USA", "Justice Department": "USA", "DOJ": "USA", "Department of Labor": "USA",
    "Labor Department": "USA", "DOL": "USA", "Department of Commerce": "USA", "Commerce Department": "USA",
    "Department of the Treasury": "USA", "Treasury Department": "USA", "Department of Treasury": "USA",
    "Department of Defense": "USA", "DOD": "USA", "DoD": "USA", "Pentagon": "USA",
    "Department of Health and Human Services": "USA", "HHS": "USA", "Department of Agriculture": "USA",
    "USDA": "USA", "Department of Energy": "USA", "DOE": "USA", "Department of Education": "USA",
    "Department of Transportation": "USA", "DOT": "USA", "Department of the Interior": "USA",
    "Environmental Protection Agency": "USA", "EPA": "USA", "USAID": "USA",
    "Agency for International Development": "USA", "Drug Enforcement Administration": "USA",
    "Drug Enforcement Agency": "USA", "DEA": "USA", "FBI": "USA", "Federal Bureau of Investigation": "USA",
    "ATF": "USA", "Bureau of Alcohol, Tobacco, Firearms and Explosives": "USA", "CBP": "USA",
    "Customs and Border Protection": "USA", "ICE": "USA", "Immigration and Customs Enforcement": "USA",
    "HSI": "USA", "Homeland Security Investigations": "USA", "USCIS": "USA",
    "Citizenship and Immigration Services": "USA", "Coast Guard": "USA", "Border Patrol": "USA",
    "INL": "USA", "Bureau of International Narcotics and Law Enforcement Affairs": "USA",
    "Bureau of International Narcotics and Law Enforcement": "USA", "OFAC": "USA",
    "Office of Foreign Assets Control": "USA", "FinCEN": "USA", "CDC": "USA",
    "Centers for Disease Control and Prevention": "USA", "Centers for Disease Control": "USA", "NIH": "USA",
    "National Institutes of Health": "USA", "FDA": "USA", "Food and Drug Administration": "USA",
    "SAMHSA": "USA", "Substance Abuse and Mental Health Services Administration": "USA", "ONDCP": "USA",
    "Office of National Drug Control Policy": "USA", "USTR": "USA", "USTDA": "USA",
    "Trade and Development Agency": "USA", "DFC": "USA", "Development Finance Corporation": "USA",
    "MCC": "USA", "Millennium Challenge Corporation": "USA", "Peace Corps": "USA", "NASA": "USA",
    "NOAA": "USA", "FEMA": "USA", "CISA": "USA", "Cybersecurity and Infrastructure Security Agency": "USA",
    "OPDAT": "USA", "ICITAP": "USA", "Joint Task Force Alpha": "USA", "JTFA": "USA",
    "National Security Council": "USA", "NSC": "USA", "Export-Import Bank": "USA", "EXIM": "USA",
    "Congress": "USA", "Senate": "USA", "House of Representatives": "USA", "Marshals Service": "USA",
    "Department of Veterans Affairs": "USA", "Inter-American Foundation": "USA", "Secret Service": "USA",
    "Department of Housing and Urban Development": "USA", "Small Business Administration": "USA",
    "Federal Communications Commission": "USA", "NTIA": "USA", "GSA": "USA",
    # Mexico
    "Government of Mexico": "MEX", "Secretaría de Relaciones Exteriores": "MEX",
    "Secretaría de la Defensa Nacional": "MEX", "Secretaría de Marina": "MEX", "Instituto Nacional de Migración": "MEX",
    "Secretaría de Seguridad y Protección Ciudadana": "MEX", "Secretaría del Trabajo y Previsión Social": "MEX",
    "Secretariat of Foreign Affairs": "MEX", "Foreign Affairs Secretariat": "MEX",
    "Foreign Ministry of Mexico": "MEX", "SRE": "MEX", "FGR": "MEX", "Fiscalía General de la República": "MEX",
    "SEDENA": "MEX", "Sedena": "MEX", "Secretariat of National Defense": "MEX", "SEMAR": "MEX", "Semar": "MEX",
    "Secretariat of the Navy": "MEX", "SSPC": "MEX", "Secretariat of Security and Citizen Protection": "MEX",
    "SHCP": "MEX", "Secretariat of Finance": "MEX", "Secretariat of Economy": "MEX", "Secretaría de Economía": "MEX",
    "STPS": "MEX", "Secretariat of Labor and Social Welfare": "MEX", "INM": "MEX",
    "National Migration Institute": "MEX", "National Institute of Migration": "MEX", "COFEPRIS": "MEX",
    "CONAGUA": "MEX", "National Water Commission": "MEX", "AMEXCID": "MEX", "CFCRL": "MEX",
    "Federal Center for Conciliation and Labor Registration": "MEX", "UIF": "MEX",
    "Financial Intelligence Unit": "MEX", "SENER": "MEX", "CFE": "MEX", "PEMEX": "MEX", "Pemex": "MEX",
    "Guardia Nacional": "MEX", "National Search Commission": "MEX",
    "National Customs Agency": "MEX", "ANAM": "MEX", "SAT": "MEX", "SEP": "MEX", "SEGOB": "MEX",
    "Secretariat of the Interior": "MEX", "Secretariat of Health": "MEX", "IMSS": "MEX", "INE": "MEX",
    "Secretariat of Public Education": "MEX", "Secretariat of Welfare": "MEX", "Bienestar": "MEX",
    "Labor Ministry": "MEX", "COMAR": "MEX", "CONADIC": "MEX", "CONASAMA": "MEX",
    # Canada
    "Global Affairs Canada": "CAN", "RCMP": "CAN", "Royal Canadian Mounted Police": "CAN", "CBSA": "CAN",
    "IRCC": "CAN", "Public Safety Canada": "CAN", "Health Canada": "CAN",
    # Japan
    "JICA": "JPN", "METI": "JPN", "JBIC": "JPN", "NEXI": "JPN", "JAXA": "JPN",
    # Intergovernmental bodies
    "United Nations": "INT", "UN": "INT", "U.N.": "INT", "Organization of American States": "INT", "OAS": "INT",
    "World Health Organization": "INT", "WHO": "INT", "Pan American Health Organization": "INT", "PAHO": "INT",
    "International Organization for Migration": "INT", "IOM": "INT", "UNHCR": "INT",
    "UN Refugee Agency": "INT", "International Labour Organization": "INT",
    "International Labor Organization": "INT", "ILO": "INT", "World Bank": "INT",
    "International Monetary Fund": "INT", "IMF": "INT", "Inter-American Development Bank": "INT", "IDB": "INT",
    "G7": "INT", "G-7": "INT", "G20": "INT", "G-20": "INT", "European Union": "INT", "EU": "INT",
    "European Commission": "INT", "African Union": "INT", "CARICOM": "INT", "Caribbean Community": "INT",
    "SICA": "INT", "NATO": "INT", "ASEAN": "INT", "APEC": "INT", "OECD": "INT", "WTO": "INT",
    "World Trade Organization": "INT", "ECLAC": "INT", "UNICEF": "INT", "World Food Programme": "INT",
    "WFP": "INT", "UNODC": "INT", "UNDP": "INT", "Interpol": "INT", "INTERPOL": "INT",
    "Central American Bank for Economic Integration": "INT", "CABEI": "INT", "CAF": "INT", "FAO": "INT",
}

# The speaker: the publisher of the text, or all its parties in a joint statement.
FIRST_PERSON = ("we", "our", "us", "ourselves", "i", "my")

# Groupings of countries named as one, with their members.
GROUPS: dict[str, str] = {
    "North American Leaders' Summit": "CAN MEX USA", "North American Leaders Summit": "CAN MEX USA",
    "NALS": "CAN MEX USA", "North American leaders": "CAN MEX USA", "leaders of North America": "CAN MEX USA",
    "AUKUS": "AUS GBR USA", "Quad": "AUS IND JPN USA",
}

# Collective names for the parties: read from the document, not from the sentence.
COLLECTIVE = (
    "they", "the two governments", "both governments", "our governments",
    "the governments", "the two countries", "both countries", "our countries", "our two countries",
    "our nations", "our two nations", "the three countries", "the three governments", "our three countries",
    "the leaders", "the two leaders", "both leaders", "the three leaders", "the presidents", "both presidents",
    "the two presidents", "both sides", "the two sides", "the parties", "the delegations", "the two delegations",
    "both delegations", "our federal governments", "partner countries", "participants", "endorsing countries",
    "the signatories", "our leaders",
)

# After a demonym, these words make the phrase an acting government ("Mexican authorities"), not
# people or places ("Mexican women", "Mexican states").
DEMONYM_ACTOR_HEADS = frozenset({
    "government", "governments", "authorities", "officials", "official", "counterpart", "counterparts",
    "agency", "agencies", "law", "delegation", "delegations", "president", "vice", "prime", "foreign",
    "secretary", "secretariat", "ministry", "ministries", "minister", "navy", "army", "military", "armed",
    "national", "attorney", "forces", "prosecutors", "police", "customs", "institutions", "regulator",
    "regulators", "federal", "embassy", "ambassador", "consulate", "administration", "leaders", "leader",
    "congress", "senate", "legislature", "cabinet", "team", "teams", "partners", "states", "state",
    "justice", "judicial", "courts", "health", "labor", "public", "immigration", "border", "security",
    "intelligence", "financial", "interagency", "side", "chancellor", "premier", "counternarcotics",
})

# Names that contain a country but name something else: masked before looking for actors.
NOT_ACTORS = (
    "North America", "North American", "Central America", "Central American", "South America",
    "South American", "Latin America", "Latin American", "the Americas", "Americas", "Western Hemisphere",
    "United States-Mexico-Canada Agreement", "U.S.-Mexico-Canada Agreement", "USMCA", "T-MEC",
    "U.S.-Mexico border", "U.S.-Mexican border", "US-Mexico border", "United States-Mexico border",
    "Gulf of Mexico", "New Mexico", "Mexico City", "Panama City", "Guatemala City", "Kuwait City", "Indo-Pacific",
    "Asia-Pacific", "Northern Triangle",
    "American Rescue Plan", "American people", "Americans", "American citizens", "U.S. citizens",
    "U.S. population", "U.S. supply", "U.S. soil", "U.S. market", "U.S. economy", "U.S. companies",
    "U.S. businesses", "U.S. workers", "American workers", "American communities", "American families",
    "Mexican people", "Mexico's people", "Canadian people", "Baja California", "New York", "Washington State",
    "United States Government Accountability Office",
)

# Titles that name an office; resolved through the officials' terms (`officials.py`) at the
# document's date when a single country's holder fits.
TITLES: dict[str, str] = {
    "the vice president": "vice president", "the secretary of state": "secretary of state",
    "secretary of state": "secretary of state", "the secretary of homeland security": "secretary of homeland security",
    "homeland security secretary": "secretary of homeland security", "the attorney general": "attorney general",
    "the trade representative": "trade representative", "the homeland security advisor": "homeland security advisor",
    "the foreign minister": "minister of foreign affairs", "the foreign secretary": "secretary of foreign affairs",
    "the prime minister": "prime minister", "the president": "president", "the chancellor": "chancellor",
}

# "with" phrases after the verb: partners that act too ("together with Canada"), or not.
JOINT_MARKERS = (
    "together with", "jointly with", "alongside", "along with", "in partnership with", "in coordination with",
    "co-hosted with", "with support from", "with the support of", "supported by", "with",
)
# Words that list one more party in the subject ("Mexico, Canada and the United States").
COORDINATORS = ("and", "as well as", "&",)
# The word that introduces the agent of a passive ("signed by Mexico").
PASSIVE_AGENT = r"by"
WITH_WORD = r"\bwith\b"
# Besides PREDICATE_WORDS, words of this shape begin a predicate.
PREDICATE_PATTERN = r"[a-z]{2,}ed"
# Whether the noun that makes a demonym an acting body follows it ("Mexican authorities") or
# precedes it ("autoridades mexicanas").
DEMONYM_HEADS_AFTER = True
NOT_JOINT_MARKERS = (
    "in collaboration with", "in cooperation with", "funded by", "on behalf of", "in support of", "led by",
)
# After "with X", these words make X a partner too ("with U.S. support").
SUPPORT_AFTER = r"\s+(?:support|funding|assistance|backing)\b"

# Verbs of meeting: whoever they meet or speak with takes part ("met with President X").
MEETING_VERBS = (
    "met", "meet", "meets", "meeting", "spoke", "speak", "speaks", "talked", "talk", "call", "called",
    "hosted", "host", "co-hosted", "convened", "convene", "discussed", "discuss", "held talks", "welcomed",
    "received", "receive", "joining", "joined", "join", "co-chaired",
)
# Where the people met stop and the meeting's purpose begins ("met with X to discuss Y").
PURPOSE = r"\s(?:to|in order to|on|about|regarding|for)\s|[;:]"

# Verbs of thanks and recognition: who is thanked did the thing ("Biden thanked Mexico for ...").
ACKNOWLEDGING_VERBS = (
    "thanked", "thanks", "thank", "commended", "commends", "congratulated", "congratulates", "praised",
    "applauded", "recognized", "recognizes", "expressed (?:his |her |their )?(?:appreciation|gratitude)",
    "appreciated",
)
# A bullet that starts with its verb ("Expand access to ...") names no subject.
IMPERATIVE_START = (
    r"(?:Expand|Strengthen|Increase|Reduce|Dismantle|Commit|Sign|Implement|Prepare|Enforce|Develop|Cooperate|"
    r"Coordinate|Work|Share|Support|Promote|Improve|Establish|Launch|Continue|Advance|Enhance|Build|Create|"
    r"Deepen|Foster|Facilitate|Convene|Hold|Explore|Pursue|Provide|Help|Prioritize|Combat|Counter|Address|"
    r"Ensure|Reinforce|Encourage|Collaborate|Partner|Invest|Deploy|Train|Protect|Conduct|Identify|Align|"
    r"Accelerate|Mobilize|Adopt|Resume|Restart|Reinvigorate|Join|Take|Set|Design|Seek|Maintain|Prevent|"
    r"Target|Disrupt|Engage|Leverage|Reaffirm|Renew|Bolster|Modernize|Harmonize|Standardize|Increase)\b"
)
# A sentence that opens with a gerund and has no finite verb is a bullet too ("Partnering with ...").
GERUND_START = r"[A-Z][a-z]+ing\b"
# "-ed" words followed by "by" are participles of a reduced clause, not the predicate.
PARTICIPLE = r"[a-z]+ed\s+by\b"



# Words that begin the predicate of an English clause: what stands before the first of them is
# the subject. Lower-case words ending in "-ed" count too (past tense), see `actors.py`.
PREDICATE_WORDS = frozenset({
    "will", "shall", "would", "can", "could", "must", "may", "might", "should", "is", "are", "was", "were",
    "has", "have", "had", "agreed", "agree", "agrees", "committed", "commit", "commits", "announced",
    "announces", "announce", "launched", "launches", "launch", "signed", "signs", "plans", "plan",
    "intends", "intend", "aims", "aim", "seeks", "seek", "continues", "continue", "remains", "remain",
    "supports", "support", "welcomed", "welcomes", "welcome", "reaffirmed", "reaffirms", "reaffirm",
    "pledged", "pledges", "pledge", "expects", "expect", "met", "meets", "spoke", "speaks", "provides",
    "provide", "provided", "leads", "led", "joins", "join", "joined", "hosts", "hosted", "took", "takes",
    "made", "makes", "gave", "gives", "sent", "sends", "held", "holds", "looks", "look", "recognize",
    "recognizes", "recognized", "share", "shares", "shared", "reiterated", "reiterate", "reiterates",
    "underscored", "emphasized", "noted", "highlighted", "stressed", "affirmed", "affirm", "thanked", "thank",
    "began", "begins", "begin", "undertook", "undertake", "undertakes", "sought", "set", "sets", "built",
    "brought", "won", "spent", "helped", "helps", "help", "works", "work", "worked", "operates",
    "decided", "decide", "decides", "resolved", "resolve", "stand", "stands", "stood",
    "committing", "agreeing", "pledging", "launching", "announcing", "partnering", "joining", "working",
    "providing", "hosting", "continuing", "expanding", "establishing", "reaffirming",
})
