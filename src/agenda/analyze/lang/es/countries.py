"""Spanish country names and demonyms by ISO 3166-1 alpha-3 code ("|" separates alternatives)."""

# code: (names, demonyms). Demonyms are listed in their masculine singular form; the matcher adds
# the feminine ("-a") and plural ("-s", "-es", "-as") forms of those ending in -o/-e/consonant.
COUNTRIES: dict[str, tuple[str, str]] = {
    "USA": ("Estados Unidos|Estados Unidos de América|EE. UU.|EE.UU.|EEUU|EUA|EU|E.U.|Unión Americana",
            "estadounidense|norteamericano"),
    "MEX": ("México|Mexico|Estados Unidos Mexicanos", "mexicano"),
    "CAN": ("Canadá|Canada", "canadiense"),
    "GTM": ("Guatemala", "guatemalteco"),
    "HND": ("Honduras", "hondureño"),
    "SLV": ("El Salvador", "salvadoreño"),
    "NIC": ("Nicaragua", "nicaragüense"),
    "CRI": ("Costa Rica", "costarricense"),
    "PAN": ("Panamá|Panama", "panameño"),
    "BLZ": ("Belice", "beliceño"),
    "CUB": ("Cuba", "cubano"),
    "HTI": ("Haití|Haiti", "haitiano"),
    "DOM": ("República Dominicana", "dominicano"),
    "JAM": ("Jamaica", "jamaiquino"),
    "BRB": ("Barbados", "barbadense"),
    "BHS": ("Bahamas|las Bahamas", "bahameño"),
    "TTO": ("Trinidad y Tobago", "trinitense"),
    "GUY": ("Guyana|República Cooperativa de Guyana", "guyanés"),
    "SUR": ("Surinam", "surinamés"),
    "ATG": ("Antigua y Barbuda", ""),
    "GRD": ("Granada", "granadino"),
    "COL": ("Colombia", "colombiano"),
    "VEN": ("Venezuela", "venezolano"),
    "ECU": ("Ecuador", "ecuatoriano"),
    "PER": ("Perú|Peru", "peruano"),
    "BOL": ("Bolivia", "boliviano"),
    "BRA": ("Brasil", "brasileño"),
    "CHL": ("Chile", "chileno"),
    "ARG": ("Argentina|República Argentina", "argentino"),
    "URY": ("Uruguay", "uruguayo"),
    "PRY": ("Paraguay", "paraguayo"),
    "GBR": ("Reino Unido|Gran Bretaña", "británico"),
    "FRA": ("Francia", "francés"),
    "DEU": ("Alemania", "alemán"),
    "ITA": ("Italia", "italiano"),
    "ESP": ("España", "español"),
    "PRT": ("Portugal", "portugués"),
    "NLD": ("Países Bajos|Holanda", "neerlandés"),
    "BEL": ("Bélgica", "belga"),
    "CHE": ("Suiza", "suizo"),
    "SWE": ("Suecia", "sueco"),
    "NOR": ("Noruega", "noruego"),
    "POL": ("Polonia", "polaco"),
    "UKR": ("Ucrania", "ucraniano"),
    "RUS": ("Rusia|Federación de Rusia", "ruso"),
    "TUR": ("Turquía", "turco"),
    "JPN": ("Japón|Japon", "japonés"),
    "CHN": ("China|República Popular China", "chino"),
    "TWN": ("Taiwán", "taiwanés"),
    "KOR": ("Corea del Sur|República de Corea", "surcoreano"),
    "PRK": ("Corea del Norte", "norcoreano"),
    "IND": ("India", "indio"),
    "AUS": ("Australia", "australiano"),
    "NZL": ("Nueva Zelanda", "neozelandés"),
    "IDN": ("Indonesia", "indonesio"),
    "PHL": ("Filipinas", "filipino"),
    "VNM": ("Vietnam", "vietnamita"),
    "ISR": ("Israel", "israelí"),
    "EGY": ("Egipto", "egipcio"),
    "SAU": ("Arabia Saudita|Arabia Saudí", "saudí"),
    "IRN": ("Irán", "iraní"),
    "ZAF": ("Sudáfrica", "sudafricano"),
    "COD": ("República Democrática del Congo", "congoleño"),
}

# Names that are also common words: matched only with this exact case.
CASED_NAMES = frozenset({"EU", "E.U.", "Granada", "India", "Chile", "China", "Turco"})

CAPITALS: dict[str, str] = {
    "Washington": "USA", "Ottawa": "CAN", "Tokio": "JPN", "Pekín": "CHN", "Moscú": "RUS", "Bogotá": "COL",
    "La Habana": "CUB", "Caracas": "VEN", "Managua": "NIC", "Tegucigalpa": "HND",
}


_UNACCENT = str.maketrans("áéíóú", "aeiou")


def demonym_forms(demonym: str) -> list[str]:
    """Masculine and feminine, singular and plural forms of a Spanish demonym ("mexicano" → "mexicanas")."""
    if demonym.endswith("o"):
        stem = demonym[:-1]
        return [demonym, stem + "a", stem + "os", stem + "as"]
    if demonym.endswith(("e", "a")):
        return [demonym, demonym + "s"]
    if demonym.endswith("í"):
        return [demonym, demonym + "es", demonym + "s"]
    plain = demonym[:-2] + demonym[-2:].translate(_UNACCENT)  # japonés → japones-
    return [demonym, plain + "a", plain + "es", plain + "as"]
