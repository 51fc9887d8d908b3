"""Spanish names, demonyms and officials that stand for a country or body (ISO3 or INT)."""

ACTOR_ALIASES: dict[str, str] = {
    "estados unidos": "USA", "ee. uu.": "USA", "eeuu": "USA", "estadounidense": "USA",
    "gobierno de estados unidos": "USA", "presidente biden": "USA", "washington": "USA",
    "méxico": "MEX", "mexico": "MEX", "mexicano": "MEX", "mexicana": "MEX",
    "secretaría de relaciones exteriores": "MEX", "el canciller": "MEX", "cancillería": "MEX",
    "gobierno de méxico": "MEX", "canadá": "CAN", "guatemala": "GTM", "honduras": "HND",
    "el salvador": "SLV", "naciones unidas": "INT",
}
