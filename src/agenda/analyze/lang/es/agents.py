"""Spanish words for who acts: governments and their officials, private companies, speakers."""

GOVERNMENT = (
    r"\b(?:gobiernos?|administración|secretar(?:ía|io|ia)s?|president[ea]s?|canciller(?:ía)?|embajad(?:a|or|ora)s?"
    r"|ministerios?|ministr[oa]s?|agencias?|autoridades|funcionari[oa]s?|líderes|mandatarios?|delegación"
    r"|gabinete|congreso|senado|comisión|consejo|fiscalía|guardia nacional|marina|sedena|semar|sre|amexcid"
    r"|ejército|policía|aduanas?|cónsul\w*|consulados?|federal|gobernador\w*|alcald\w*|ambos países"
    r"|dos países|nuestros países|nuestras naciones|ambos gobiernos|las partes|casa blanca|onu|naciones unidas"
    r"|el grupo|el comité|el diálogo|tres países|tres gobiernos|mandatarios|dhs|usaid|dea|fbi|cbp|atf"
    r"|departamento de (?:estado|seguridad nacional)|oit|oms|ops|banco mundial)\b"
)
PRIVATE = (
    r"\b(?:empresas?|compañías?|corporaci(?:ón|ones)|firmas?|sector privado|negocios|empresari[oa]s?"
    r"|industria|fundación|ong|farmacéutica|inversionistas?)\b"
)
