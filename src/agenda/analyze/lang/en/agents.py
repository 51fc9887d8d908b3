"""English words for who acts: governments and their officials, private companies, speakers."""

GOVERNMENT = (
    r"\b(?:governments?|administration|departments?|ministr(?:y|ies)|secretar(?:y|ies|iat)|presidents?"
    r"|prime minister|ministers?|ambassadors?|embass(?:y|ies)|agenc(?:y|ies)|officials?|authorities|leaders"
    r"|delegations?|cabinet|congress|parliament|commission|council|task force|working group|federal|customs"
    r"|attorney general|navy|army|armed forces|police|law enforcement|prosecutors?|consulates?"
    r"|usaid|dhs|doj|dea|fbi|cbp|hsi|inl|ustr|dol|atf|ofac|fda|cdc|hhs|dfc|amexcid|sre|fgr|sedena|semar"
    r"|state department|treasury|white house|g7|g20|oas|united nations|vice president|governor|mayor"
    r"|both countries|two countries|our countries|our nations|both governments|two governments|the parties"
    r"|the partnership|the dialogue|the group|the committee)\b"
)
PRIVATE = (
    r"\b(?:compan(?:y|ies)|corporations?|firms?|inc\.|corp\.|llc|ltd|private sector|business(?:es)?"
    r"|enterprises?|foundation|ngos?|philanthrop\w*|manufacturers?|microsoft|mastercard|pepsico|cargill"
    r"|nespresso)\b"
)
