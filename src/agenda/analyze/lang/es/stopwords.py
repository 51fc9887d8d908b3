"""Spanish function words left out of keyword matching, and capitalised words that are not names."""

STOPWORDS: frozenset[str] = frozenset("""
a al algo algunas algunos ante antes como con contra cual cuando de del desde donde durante e el
ella ellas ellos en entre era eran es esa esas ese eso esos esta estaba estado estamos estan estar
estas este esto estos fue fueron ha habia han hasta hay la las le les lo los mas me mi muy nada ni
no nos nosotros o otra otras otro otros para pero poco por porque que quien se sea ser si sido sin
sobre son su sus tambien tan tanto te tiene tienen todo todos tu un una uno unos usted ustedes va
van ya yo hoy ano anos mes meses dia dias entonces pues bueno asi aqui ahi eso muy
""".split())

NOT_NAMES: frozenset[str] = frozenset("""
el la los las de del en y con por para que este esta estos estas hoy presidente presidenta
secretario secretaria canciller gobierno gobiernos secretaria federal nacional estado estados
unidos republica embajador embajadora subsecretario director directora
""".split())
