"""English names of countries, regions and international bodies, and words of cross-border cooperation."""

COUNTRIES = (
    r"\b(?:united states|u\.s\.|usa|america|american|mexico|mexican|canada|canadian|guatemala|guatemalan"
    r"|honduras|honduran|el salvador|salvadoran|costa rica|panama|nicaragua|belize|colombia|colombian|brazil"
    r"|argentina|chile|peru|ecuador|venezuela|bolivia|paraguay|uruguay|cuba|haiti|dominican republic|jamaica"
    r"|barbados|japan|japanese|china|chinese|india|korea|korean|taiwan|philippines|vietnam|indonesia|australia"
    r"|united kingdom|u\.k\.|britain|british|france|french|germany|german|italy|spain|spanish|ukraine|russia"
    r"|european union|e\.u\.|africa|african union|israel|egypt|jordan|iraq|afghanistan|pakistan|bangladesh)\b"
)
REGIONS = (
    r"\b(?:central america|north america|north american|latin america|the americas|western hemisphere"
    r"|caribbean|indo-pacific|northern triangle|southern mexico|the region|hemisphere|worldwide|globally"
    r"|around the world|abroad|overseas)\b"
)
COOPERATION = (
    r"\b(?:bilateral(?:ly)?|binational|trilateral(?:ly)?|joint(?:ly)?|regional|international|global"
    r"|multilateral|partners?|partnerships?|cooperat\w*|collaborat\w*|together|counterparts?|foreign"
    r"|cross-border|border|both sides|allies|dialogue|summit|ministerial|covax|usmca|nafta|treaty"
    r"|(?:two|both|our|three|all three) (?:governments|countries|nations))\b"
)
