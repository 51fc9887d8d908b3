"""English currency names that may follow a figure ("75 million Canadian dollars"), as ISO 4217 codes."""

# Longest names first is not needed: the matcher tries longer names before shorter ones.
CURRENCY_NAMES: dict[str, str] = {
    "u.s. dollars": "USD", "us dollars": "USD", "united states dollars": "USD", "american dollars": "USD",
    "dollars": "USD", "dollar": "USD",
    "canadian dollars": "CAD", "australian dollars": "AUD", "new zealand dollars": "NZD",
    "hong kong dollars": "HKD", "singapore dollars": "SGD", "taiwan dollars": "TWD",
    "pesos": "MXN", "mexican pesos": "MXN", "colombian pesos": "COP", "chilean pesos": "CLP",
    "argentine pesos": "ARS", "philippine pesos": "PHP", "dominican pesos": "DOP", "uruguayan pesos": "UYU",
    "euros": "EUR", "euro": "EUR", "yen": "JPY", "japanese yen": "JPY", "pounds sterling": "GBP",
    "british pounds": "GBP", "reais": "BRL", "brazilian reais": "BRL", "quetzales": "GTQ", "quetzals": "GTQ",
    "lempiras": "HNL", "soles": "PEN", "colones": "CRC", "yuan": "CNY", "renminbi": "CNY", "rupees": "INR",
    "swiss francs": "CHF", "korean won": "KRW", "rand": "ZAR", "shekels": "ILS", "hryvnias": "UAH",
}

# Abbreviations that hold both a scale and a currency ("130 mdd" is 130 million dollars).
SCALED_CURRENCIES: dict[str, str] = {}

# Words after a sum and before the next one that make the first a running total ("$5 billion since
# the outbreak, with a new pledge of $500 million"): the statement's sum is then the next one.
RUNNING_TOTAL_WORDS = (r"\bsince\b", r"\bto date\b", r"\bso far\b", r"\bin total\b", r"\baltogether\b")
