"""English number words, scale words and how digits are grouped, for reading written-out figures."""

# Words worth a value below one hundred; hyphenated compounds ("twenty-five") are split on "-".
SMALL: dict[str, float] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}

# Words that multiply what precedes them (short scale: a billion is a thousand millions).
SCALES: dict[str, float] = {
    "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
}

# Scale words that stand for one of themselves with no number before them.
BARE_SCALES: frozenset[str] = frozenset()

# Abbreviated scales, read only right after digits in a sum of money ("USD 20m", "$1.2bn").
SCALE_ABBREVIATIONS: dict[str, float] = {
    "k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "mm": 1e6, "b": 1e9, "bn": 1e9, "tn": 1e12,
}

# Fractions that may stand before an article and a scale word ("half a billion").
FRACTIONS: dict[str, float] = {"half": 0.5, "quarter": 0.25}

# Articles worth one before a scale word ("a million doses").
ARTICLES_AS_ONE = frozenset({"a", "an"})

# Words that join number words without changing them ("one hundred and fifty").
JOINERS = frozenset({"and"})

# Digits grouping: "," groups thousands and "." marks decimals ("1,500.5").
DECIMAL_MARK = "."

# "two million 700" is read as written (Spanish speakers drop "mil" there, see the Spanish data).
THOUSANDS_AFTER_MILLIONS = False

# Function words that text taken from web pages sometimes glues to the figure after them, a space
# lost with a tag ("from 14 to72"): the figure still counts. Codes ("G20", "COVID19") do not.
GLUED_FUNCTION_WORDS = frozenset({"to", "of", "from", "than", "over", "by"})
