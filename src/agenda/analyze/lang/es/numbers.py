"""Spanish number words, scale words and how digits are grouped, for reading written-out figures."""

SMALL: dict[str, float] = {
    "cero": 0, "un": 1, "uno": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5,
    "seis": 6, "siete": 7, "ocho": 8, "nueve": 9, "diez": 10, "once": 11, "doce": 12, "trece": 13,
    "catorce": 14, "quince": 15, "dieciséis": 16, "dieciseis": 16, "diecisiete": 17, "dieciocho": 18,
    "diecinueve": 19, "veinte": 20, "veintiún": 21, "veintiuno": 21, "veintiuna": 21, "veintidós": 22,
    "veintidos": 22, "veintitrés": 23, "veintitres": 23, "veinticuatro": 24, "veinticinco": 25,
    "veintiséis": 26, "veintiseis": 26, "veintisiete": 27, "veintiocho": 28, "veintinueve": 29,
    "treinta": 30, "cuarenta": 40, "cincuenta": 50, "sesenta": 60, "setenta": 70, "ochenta": 80,
    "noventa": 90, "cien": 100, "ciento": 100, "doscientos": 200, "doscientas": 200,
    "trescientos": 300, "trescientas": 300, "cuatrocientos": 400, "cuatrocientas": 400,
    "quinientos": 500, "quinientas": 500, "seiscientos": 600, "seiscientas": 600,
    "setecientos": 700, "setecientas": 700, "ochocientos": 800, "ochocientas": 800,
    "novecientos": 900, "novecientas": 900,
}

# Long scale: "billón" is a million millions; "mil millones" is read as mil × millones.
SCALES: dict[str, float] = {
    "mil": 1e3, "millón": 1e6, "millon": 1e6, "millones": 1e6, "millardo": 1e9, "millardos": 1e9,
    "billón": 1e12, "billon": 1e12, "billones": 1e12,
}

# "mil personas", "el millón 250 mil": singular scale words need no number before them.
BARE_SCALES = frozenset({"mil", "millón", "millon", "millardo", "billón", "billon"})

SCALE_ABBREVIATIONS: dict[str, float] = {"mill": 1e6, "mill.": 1e6, "mdd": 1e6, "mdp": 1e6}

FRACTIONS: dict[str, float] = {"medio": 0.5, "media": 0.5}

ARTICLES_AS_ONE: frozenset[str] = frozenset()

# Speakers drop "mil" after millions: "tres millones 400 vacunas" is 3,400,000 ("tres millones cuatrocientas mil"),
# as nobody counts two million and seven hundred doses.
THOUSANDS_AFTER_MILLIONS = True

# "y" joins tens and units ("treinta y cinco").
JOINERS = frozenset({"y"})

# Spanish texts write "2,7 millones" and "1.500 millones" (Spain) but also "1,500" and "2.7"
# (Mexico): a single separator before exactly three digits groups thousands, otherwise it is
# the decimal mark; with both, the last one is the decimal mark.
DECIMAL_MARK = "either"

# Palabras a las que el texto sacado de páginas web a veces pega la cifra siguiente ("de 14 a72"
# no; "hasta72"): la cifra cuenta igual. Los códigos ("G20", "COVID19") no.
GLUED_FUNCTION_WORDS = frozenset({"de", "hasta", "desde"})
