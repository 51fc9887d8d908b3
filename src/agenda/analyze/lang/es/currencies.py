"""Spanish currency names that may follow a figure ("1.500 millones de pesos"), as ISO 4217 codes."""

CURRENCY_NAMES: dict[str, str] = {
    "dólares": "USD", "dolares": "USD", "dólar": "USD", "dólares estadounidenses": "USD",
    "dólares americanos": "USD", "dólares de estados unidos": "USD", "dólares norteamericanos": "USD",
    "dólares canadienses": "CAD", "dólares australianos": "AUD",
    "pesos": "MXN", "pesos mexicanos": "MXN", "pesos colombianos": "COP", "pesos chilenos": "CLP",
    "pesos argentinos": "ARS", "pesos dominicanos": "DOP", "pesos uruguayos": "UYU", "pesos filipinos": "PHP",
    "euros": "EUR", "euro": "EUR", "yenes": "JPY", "yen": "JPY", "libras esterlinas": "GBP",
    "reales": "BRL", "quetzales": "GTQ", "lempiras": "HNL", "soles": "PEN", "colones": "CRC",
    "yuanes": "CNY", "francos suizos": "CHF", "rupias": "INR",
}

# Mexican press abbreviations: millones de dólares, millones de pesos.
SCALED_CURRENCIES: dict[str, str] = {"mdd": "USD", "mdp": "MXN"}

# Palabras tras una suma y antes de la siguiente que hacen de la primera un acumulado ("5 mil millones
# desde el inicio, y ahora 500 millones más"): la suma de la declaración es entonces la siguiente.
RUNNING_TOTAL_WORDS = (r"\bdesde\b", r"\ba la fecha\b", r"\bhasta ahora\b", r"\ben total\b")
