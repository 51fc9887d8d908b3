"""English action words: concrete, checkable deeds versus broad aims that nobody could verify."""

CONCRETE = (
    r"\b(?:hold|holding|held|convene\w*|meet|meeting|establish\w*|create\w*|creation|launch\w*|invest\w*|fund\w*"
    r"|financ\w*|grant\w*|loan\w*|provid\w*|deliver\w*|donat\w*|ship\w*|send|sent|shar(?:e|es|ed|ing) (?:\d|doses"
    r"|vaccines)|train\w*|deploy\w*|sign\w*|adopt\w*|implement\w*|publish\w*|issue\w*|host\w*|build\w*|construct\w*"
    r"|open\w*|hire\w*|allocat\w*|disburs\w*|award\w*|extradit\w*|seiz\w*|arrest\w*|prosecut\w*|investigat\w*"
    r"|operation\w*|task force|working group|dialogue|summit|ministerial|committee|mechanism|memorandum|mou"
    r"|agreement|plan|program(?:me)?s?|project|pilot|center|centre|lab(?:oratory|oratories|s)?|network|fund"
    r"|doses|equipment|million|billion|report|study|roadmap|review|workshop|visit\w*|mission|exchange"
    r"|round|conference|forum)\b"
)
VAGUE = (
    r"\b(?:promot\w*|strengthen\w*|deepen\w*|enhanc\w*|foster\w*|advanc\w*|protect\w*|respect\w*|uphold\w*"
    r"|recogni[sz]\w*|ensur\w*|encourag\w*|prioriti[sz]\w*|address\w*|combat\w*|tackl\w*|counter\w*|improv\w*"
    r"|reduc\w*|prevent\w*|increas\w*|expand\w*|bolster\w*|build on|vision|values|dignity|prosperity"
    r"|friendship|relationship|ties|spirit)\b"
)
PRESENT_ACTION = (
    r"\b(?:provides|supports|works|coordinates|cooperates|disrupts|funds|trains|delivers|helps|leads|hosts"
    r"|invests|partners|collaborates|continues|conducts|maintains|operates|shares|uses|assists|spoke|talked"
    r"|used|engaged)\b"
)
