"""Spanish words around counts: what is not counted, what ends a unit, and canonical unit names."""

NOT_COUNTED = frozenset({
    "año", "años", "mes", "meses", "semana", "semanas", "día", "días", "dia", "dias", "hora", "horas",
    "minuto", "minutos", "década", "décadas", "siglo", "siglos", "veces", "vez", "por", "porciento",
    "%", "grados", "grado", "países", "país", "paises", "naciones", "gobiernos", "gobierno",
    "mandatarios", "presidentes", "líderes", "partes", "pilares", "trimestres", "ejes", "metas", "objetivos",
    "áreas", "factores", "componentes", "prioridades", "temas", "principios", "elementos", "compromisos",
    "fases", "formas", "aspectos", "kilómetros", "millas", "metros", "puntos", "delegaciones", "sectores",
})

APPROXIMATIONS = frozenset({
    "más", "de", "alrededor", "cerca", "casi", "aproximadamente", "unos", "unas", "hasta", "poco", "menos",
    "total", "un", "una", "del", "al",
})

DEFINITE = frozenset({
    "los", "las", "estos", "estas", "esos", "esas", "nuestros", "nuestras", "sus", "ambos", "ambas",
})

DETAIL_MARKERS = frozenset({"incluidos", "incluidas", "incluyendo"})

OFFENCE_WORDS = frozenset({"tráfico", "trasiego", "contrabando", "muerte", "muertes", "asesinato", "asesinatos",
                           "homicidio", "homicidios", "secuestro"})

# A range "from N to M" counts where it ends.
RANGE_FROM = frozenset({"de", "desde"})
RANGE_TO = frozenset({"a", "hasta"})

SKIPPED_ADJECTIVES = frozenset({"más", "nuevos", "nuevas", "adicionales", "otros", "otras"})

CODE_WORDS = frozenset({
    "no", "no.", "núm", "número", "numero", "artículo", "articulo", "fracción", "capítulo", "capitulo",
    "título", "titulo", "sección", "seccion", "fase", "nivel", "ronda", "decreto", "ley", "ruta",
    "carretera", "página", "párrafo", "anexo", "inciso", "punto", "puntos", "edad", "covid", "g",
})

UNIT_STOPWORDS = frozenset({
    "y", "e", "o", "u", "pero", "a", "al", "en", "desde", "hasta", "para", "por", "con", "sin", "sobre",
    "entre", "que", "quien", "quienes", "cual", "cuales", "se", "ha", "han", "había", "habían",
    "fue", "fueron", "es", "son", "será", "serán", "está", "están", "van", "va", "como", "más",
    "menos", "durante", "mediante", "según", "tanto", "cada", "este", "esta", "estos", "estas",
    "ese", "esa", "esos", "esas", "su", "sus", "nuestro", "nuestra", "nuestros", "nuestras", "del",
    "el", "la", "los", "las", "lo", "un", "una", "unos", "unas", "ya", "también", "no", "donde",
    "cuando", "mientras", "hacia", "contra", "ante", "tras", "de",
})

VERB_SHAPE = r"\w{2,}(?:ó|aron|ieron)"

# Heads after which "de" continues the unit ("toneladas de fertilizante", "dosis de vacuna").
MEASURE_HEADS = frozenset({
    "toneladas", "kilos", "kilogramos", "litros", "barriles", "dosis", "unidades", "piezas",
    "cartuchos", "millones", "hectáreas", "kilómetros", "contenedores", "paquetes", "cajas",
})

CANONICAL_UNITS: dict[str, str] = {
    "dosis": "vaccine doses", "vacunas": "vaccine doses", "vacuna": "vaccine doses",
}
