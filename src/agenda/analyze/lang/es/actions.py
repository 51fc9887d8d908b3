"""Spanish action words: concrete, checkable deeds versus broad aims that nobody could verify."""

CONCRETE = (
    r"\b(?:reuni\w*|celebr\w*|convoc\w*|establec\w*|crea\w*|creación|lanz\w*|invert\w*|inversi\w*|financ\w*"
    r"|donat\w*|don\w*|préstamo\w*|proporcion\w*|entreg\w*|envi\w*|capacit\w*|despleg\w*|firm\w*|adopt\w*"
    r"|implement\w*|public\w*|constru\w*|abr\w*|contrat\w*|asign\w*|extradi\w*|asegur\w*|detu\w*|deten\w*"
    r"|operativ\w*|grupo de trabajo|diálogo|cumbre|comité|mecanismo|memorándum|acuerdo|plan|programas?"
    r"|proyectos?|piloto|centros?|laboratorios?|red|fondos?|dosis|vacunas|equipo|millones|informe|estudio"
    r"|hoja de ruta|revisión|taller|visita\w*|misión|intercambio|conferencia|foro|legitim\w*|registro)\b"
)
VAGUE = (
    r"\b(?:promov\w*|promuev\w*|fortalec\w*|profundiz\w*|fomen\w*|avanz\w*|proteg\w*|respet\w*|garantiz\w*"
    r"|reconoc\w*|asegurar|alent\w*|prioriz\w*|abord\w*|combat\w*|enfrent\w*|mejor\w*|reduc\w*|preven\w*"
    r"|aument\w*|ampli\w*|impuls\w*|visión|valores|dignidad|prosperidad|amistad|relación|lazos|espíritu)\b"
)
PRESENT_ACTION = (
    r"\b(?:proporciona|apoya|trabaja|coordina|coopera|financia|capacita|entrega|ayuda|colabora|continúa"
    r"|realiza|mantiene|opera|comparte|utiliza|asiste)n?\b"
)
