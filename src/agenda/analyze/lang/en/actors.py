"""English names, demonyms and officials that stand for a country or body (ISO3 or INT)."""

ACTOR_ALIASES: dict[str, str] = {
    "united states": "USA", "u.s.": "USA", "us government": "USA", "american": "USA",
    "washington": "USA", "president biden": "USA", "vice president harris": "USA",
    "the vice president": "USA", "secretary blinken": "USA", "usaid": "USA", "ustr": "USA",
    "department of state": "USA", "department of labor": "USA", "state department": "USA",
    "mexico": "MEX", "mexican": "MEX", "lopez obrador": "MEX", "lópez obrador": "MEX",
    "president sheinbaum": "MEX", "canada": "CAN", "canadian": "CAN",
    "guatemala": "GTM", "guatemalan": "GTM", "honduras": "HND", "honduran": "HND",
    "el salvador": "SLV", "salvadoran": "SLV", "japan": "JPN", "japanese": "JPN",
    "united nations": "INT", "g7": "INT", "g20": "INT",
}
