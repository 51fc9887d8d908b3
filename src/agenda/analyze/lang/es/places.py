"""Spanish names of countries, regions and international bodies, and words of cross-border cooperation."""

COUNTRIES = (
    r"\b(?:estados unidos|ee\. ?uu\.|eeuu|eua|estadounidenses?|norteamerican[oa]s?|méxico|mexican[oa]s?|canadá"
    r"|canadienses?|guatemala|guatemaltec[oa]s?|honduras|hondureñ[oa]s?|el salvador|salvadoreñ[oa]s?|costa rica"
    r"|panamá|nicaragua|belice|colombia|brasil|argentina|chile|perú|ecuador|venezuela|bolivia|paraguay|uruguay"
    r"|cuba|haití|república dominicana|jamaica|barbados|japón|china|india|corea|taiwán|filipinas|vietnam"
    r"|indonesia|australia|reino unido|francia|alemania|italia|españa|ucrania|rusia|unión europea|áfrica"
    r"|israel|egipto)\b"
)
REGIONS = (
    r"\b(?:centroamérica|américa central|norteamérica|américa del norte|américa latina|latinoamérica|las américas"
    r"|hemisferio|caribe|triángulo del norte|sur(?:este)? de méxico|la región|el mundo|extranjero)\b"
)
COOPERATION = (
    r"\b(?:bilateral(?:es|mente)?|binacional(?:es)?|trilateral(?:es)?|conjunt[oa]s?|conjuntamente|regional(?:es)?"
    r"|internacional(?:es)?|mundial(?:es)?|multilateral(?:es)?|soci[oa]s?|alianzas?|cooperación|colabora\w*"
    r"|juntos|contrapartes?|extranjer[oa]s?|transfronteriz[oa]s?|fronteras?|fronteriz[oa]s?|diálogo|cumbre"
    r"|ministerial|covax|t-mec|tlcan|tratados?"
    r"|(?:ambos|los dos|los tres|nuestros) (?:gobiernos|países)|(?:ambas|nuestras) naciones)\b"
)
