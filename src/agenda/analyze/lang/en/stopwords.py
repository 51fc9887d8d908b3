"""English function words left out of keyword matching, and capitalised words that are not names."""

STOPWORDS: frozenset[str] = frozenset("""
a about above after again against all also am an and any are around as at be because been before
being below between both but by can could did do does doing down during each either else even ever
every few for from further had has have having he her here hers him his how however i if in into
is it its itself just least less let like made make many may me more most much must my near need
new no nor not now of off on once one only or other our ours out over own per rather same shall she
should since so some such than that the their theirs them then there these they this those through
thus to too two under until up upon us very via was we well were what when where whether which while
who whom whose why will with within without would yet you your
today year years month months week weeks day days time including include includes included
continue continued continues continuing new also part first second third said says
""".split())

# Capitalised at the start of a name-like run but not distinctive: titles, generic nouns of
# government and the words that open sentences.
NOT_NAMES: frozenset[str] = frozenset("""
the this that these those in on at for with by from and but or as to of a an it its our we they he
she today since after before during under over through both each all new first second third
president presidents secretary secretaries vice minister ministers prime government governments
department departments office administration ministry national federal state states united
ambassador deputy director advisor adviser spokesperson senior leader leaders joint fact sheet
readout statement mr mrs ms dr
""".split())
