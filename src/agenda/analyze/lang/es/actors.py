"""Spanish names of governments, agencies and bodies that act for a country (ISO3) or are intergovernmental (INT).

Country names, demonyms and capitals are in `countries.py`; officials' names are shared by both
languages in `agenda.analyze.lang.officials`. Written for this project from general knowledge.
"""

INSTITUTIONS: dict[str, str] = {
    # México
    "Gobierno de México": "MEX", "Secretaría de Relaciones Exteriores": "MEX", "SRE": "MEX",
    "Cancillería": "MEX", "Secretaría de la Defensa Nacional": "MEX", "Sedena": "MEX", "SEDENA": "MEX",
    "Secretaría de Marina": "MEX", "Semar": "MEX", "SEMAR": "MEX", "Guardia Nacional": "MEX",
    "Fiscalía General de la República": "MEX", "FGR": "MEX", "Secretaría del Trabajo": "MEX",
    "Secretaría del Trabajo y Previsión Social": "MEX", "STPS": "MEX", "Secretaría de Economía": "MEX",
    "Secretaría de Hacienda": "MEX", "Secretaría de Hacienda y Crédito Público": "MEX", "SHCP": "MEX",
    "Hacienda": "MEX", "Secretaría de Seguridad y Protección Ciudadana": "MEX", "SSPC": "MEX",
    "Secretaría de Seguridad": "MEX", "Secretaría de Salud": "MEX", "Secretaría de Gobernación": "MEX",
    "Gobernación": "MEX", "Segob": "MEX", "SEGOB": "MEX", "Instituto Nacional de Migración": "MEX", "INM": "MEX",
    "Centro Federal de Conciliación y Registro Laboral": "MEX", "Centro Federal de Conciliación": "MEX",
    "Comisión Nacional del Agua": "MEX", "Conagua": "MEX", "CONAGUA": "MEX", "AMEXCID": "MEX",
    "Unidad de Inteligencia Financiera": "MEX", "UIF": "MEX", "Secretaría de Energía": "MEX", "SENER": "MEX",
    "Comisión Federal de Electricidad": "MEX", "CFE": "MEX", "Pemex": "MEX", "PEMEX": "MEX",
    "Comisión Nacional de Búsqueda": "MEX", "Agencia Nacional de Aduanas": "MEX", "ANAM": "MEX",
    "Secretaría de Educación Pública": "MEX", "SEP": "MEX", "Secretaría de Bienestar": "MEX",
    "Secretaría del Bienestar": "MEX", "Cofepris": "MEX", "COFEPRIS": "MEX", "IMSS": "MEX", "INE": "MEX",
    "Comar": "MEX", "COMAR": "MEX", "Presidencia de la República": "MEX", "Palacio Nacional": "MEX",
    # Estados Unidos
    "Casa Blanca": "USA", "Departamento de Estado": "USA", "Departamento de Seguridad Nacional": "USA",
    "DHS": "USA", "Departamento de Justicia": "USA", "DOJ": "USA", "Departamento del Trabajo": "USA",
    "Departamento de Trabajo": "USA", "Departamento de Comercio": "USA", "Departamento del Tesoro": "USA",
    "Departamento de Defensa": "USA", "Pentágono": "USA", "USAID": "USA",
    "Agencia de los Estados Unidos para el Desarrollo Internacional": "USA", "DEA": "USA", "FBI": "USA",
    "ATF": "USA", "CBP": "USA", "Oficina de Aduanas y Protección Fronteriza": "USA", "ICE": "USA",
    "CDC": "USA", "Centros para el Control y la Prevención de Enfermedades": "USA", "USTR": "USA",
    "Oficina del Representante Comercial": "USA", "Congreso estadounidense": "USA",
    "administración Biden": "USA", "administración del presidente Biden": "USA", "gobierno de Biden": "USA",
    "DFC": "USA", "OFAC": "USA",
    # Canadá
    "Asuntos Globales Canadá": "CAN", "Real Policía Montada": "CAN",
    # Organismos intergubernamentales
    "Organización de las Naciones Unidas": "INT", "Naciones Unidas": "INT", "ONU": "INT",
    "Organización de los Estados Americanos": "INT", "OEA": "INT", "Organización Mundial de la Salud": "INT",
    "OMS": "INT", "Organización Panamericana de la Salud": "INT", "OPS": "INT",
    "Organización Internacional para las Migraciones": "INT", "OIM": "INT", "ACNUR": "INT",
    "Organización Internacional del Trabajo": "INT", "OIT": "INT", "Banco Mundial": "INT",
    "Fondo Monetario Internacional": "INT", "FMI": "INT", "Banco Interamericano de Desarrollo": "INT", "BID": "INT",
    "G7": "INT", "G20": "INT", "Unión Europea": "INT", "UE": "INT", "Comisión Europea": "INT",
    "Unión Africana": "INT", "Caricom": "INT", "CARICOM": "INT", "SICA": "INT", "OTAN": "INT", "OCDE": "INT",
    "Organización Mundial del Comercio": "INT", "OMC": "INT", "Cepal": "INT", "CEPAL": "INT", "Unicef": "INT",
    "UNICEF": "INT", "Programa Mundial de Alimentos": "INT", "Banco Centroamericano de Integración Económica":
    "INT", "BCIE": "INT", "Interpol": "INT", "FAO": "INT",
}

GROUPS: dict[str, str] = {
    "Cumbre de Líderes de América del Norte": "CAN MEX USA", "líderes de América del Norte": "CAN MEX USA",
}

FIRST_PERSON = ("nosotros", "nosotras", "nuestro país", "yo", "nuestro gobierno")

COLLECTIVE = (
    "nuestros países", "nuestros gobiernos", "ambos países",
    "los dos países", "los tres países", "ambos gobiernos", "los dos gobiernos", "los tres gobiernos",
    "ambas naciones", "las dos naciones", "los mandatarios", "ambos mandatarios", "los dos mandatarios",
    "los tres mandatarios", "los presidentes", "ambos presidentes", "los líderes", "ambas delegaciones",
    "las delegaciones", "las partes", "ambas partes", "los países participantes", "los países firmantes",
)

DEMONYM_ACTOR_HEADS = frozenset({
    "gobierno", "gobiernos", "autoridades", "funcionarios", "funcionario", "contraparte", "contrapartes",
    "agencia", "agencias", "delegación", "presidente", "presidenta", "canciller", "secretario", "secretaria",
    "ministerio", "ministro", "ministra", "marina", "ejército", "fuerzas", "fiscalía", "fiscal", "policía",
    "aduanas", "instituciones", "embajada", "embajador", "embajadora", "consulado", "administración",
    "congreso", "senado", "gabinete", "equipo", "estado", "estados", "lado", "parte", "mandatario",
})

NOT_ACTORS = (
    "América del Norte", "Norteamérica", "América Latina", "Latinoamérica", "América Central",
    "Centroamérica", "Sudamérica", "América del Sur", "las Américas", "hemisferio occidental",
    "Tratado entre México, Estados Unidos y Canadá", "T-MEC", "TMEC", "USMCA", "Golfo de México",
    "Nuevo México", "Ciudad de México", "Ciudad de Guatemala", "Ciudad de Panamá", "frontera norte", "frontera sur",
    "pueblo de México",
    "Baja California", "Nueva York", "el pueblo", "Banco de México",
)

TITLES: dict[str, str] = {
    "el canciller": "secretary of foreign affairs", "la canciller": "secretary of foreign affairs",
    "el vicepresidente": "vice president", "la vicepresidenta": "vice president",
    "el secretario de estado": "secretary of state", "el primer ministro": "prime minister",
    "el presidente": "president", "la presidenta": "president",
}

JOINT_MARKERS = ("junto con", "conjuntamente con", "en conjunto con", "en coordinación con", "con el apoyo de",
                 "con apoyo de", "con")
# Words that list one more party in the subject ("Mexico, Canada and the United States").
COORDINATORS = ("y", "e", "así como",)
# The word that introduces the agent of a passive ("signed by Mexico").
PASSIVE_AGENT = r"por\s+parte\s+de(?:l)?|por"
WITH_WORD = r"\bcon\b"
# Besides PREDICATE_WORDS, words of this shape begin a predicate.
PREDICATE_PATTERN = r"\w{2,}(?:ó|aron|ieron|rá|rán|remos|amos|emos|imos)"
# Whether the noun that makes a demonym an acting body follows it ("Mexican authorities") or
# precedes it ("autoridades mexicanas").
DEMONYM_HEADS_AFTER = False
NOT_JOINT_MARKERS = ("en colaboración con", "en cooperación con", "a nombre de", "en nombre de")
SUPPORT_AFTER = r"\s+(?:de\s+)?(?:apoyo|financiamiento)\b"

MEETING_VERBS = (
    "se reunió", "se reunieron", "nos reunimos", "reunión", "habló", "hablamos", "conversó", "conversamos",
    "recibió", "recibirá", "visitó", "visitará", "sostuvo", "sostuvimos", "sostendrá", "se entrevistó",
    "llamada", "conversación", "platicamos", "platicó", "recibimos",
)
PURPOSE = r"\s(?:para|a fin de|sobre|acerca de)\s|[;:]"

ACKNOWLEDGING_VERBS = (
    "agradeció", "agradezco", "agradecemos", "agradecí", "reconoció", "reconozco", "felicitó", "felicito",
    "felicitamos",
)
# A bullet that starts with an infinitive ("Fortalecer las vías ...") names no subject.
IMPERATIVE_START = r"[A-ZÁÉÍÓÚ][a-záéíóúñ]+(?:ar|er|ir)\b"
GERUND_START = r"[A-ZÁÉÍÓÚ][a-záéíóúñ]+(?:ando|iendo)\b"
PARTICIPLE = r"\w+(?:ado|ada|ados|adas|ido|ida|idos|idas)\s+por\b"

# Auxiliaries and frequent verbs that begin a predicate; verbs ending in -ó, -aron, -ieron, -rá,
# -rán also do (see `actors.py`).
PREDICATE_WORDS = frozenset({
    "ha", "han", "había", "habían", "va", "van", "vamos", "es", "son", "está", "están", "fue", "fueron",
    "será", "serán", "acordaron", "acordamos", "acordó", "se", "tiene", "tienen", "tenemos", "hemos",
    "puede", "pueden", "debe", "deben", "busca", "buscan", "continúa", "continúan", "mantiene", "mantienen",
    "admite", "apoya", "apoyan", "reafirmó", "reafirman", "reafirmamos", "prevemos", "pretendemos",
    "procuramos", "proponemos", "nos", "planea", "planean", "propone", "proponen", "anuncia", "anuncian",
    "firma", "firman", "firmamos", "entrega", "entregan", "envía", "envían", "dona", "donan", "invierte",
    "invierten", "decidió", "decidieron", "ofreció", "ofrecieron", "iba", "iban",
})
