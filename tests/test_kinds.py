"""Kind of action and pillar of a statement, from the cue lexicons, in English and Spanish."""

from __future__ import annotations

import pytest

from agenda.analyze.slots import fill_slots
from agenda.model import Kind, Pillar


@pytest.mark.parametrize(
    ("text", "lang", "kind"),
    [
        ("Chile and Peru agreed to hold a ministerial dialogue on fisheries in May.", "en", Kind.DIALOGUE),
        ("Canada will invest $40 million in rural roads.", "en", Kind.FUNDING),
        ("Japan will donate 2 million doses to Vietnam.", "en", Kind.DELIVERY),
        ("The agency will train 500 border inspectors.", "en", Kind.DELIVERY),
        ("Panama signed a memorandum of understanding on visas.", "en", Kind.POLICY),
        ("Congress passed a law banning the imports.", "en", Kind.POLICY),
        ("Police seized 300 rifles and arrested 12 suspects.", "en", Kind.OPERATION),
        ("The two countries will launch a partnership on clean energy.", "en", Kind.PROGRAM),
        ("The trade office filed a complaint under the Rapid Response Mechanism about a factory.", "en", Kind.CASE),
        ("Los cancilleres acordaron una reunión en octubre.", "es", Kind.DIALOGUE),
        ("México va a enviar 300 mil dosis a Honduras.", "es", Kind.DELIVERY),
        ("Se presentó una queja por violaciones a la libertad sindical.", "es", Kind.CASE),
        # money named for the action makes it funding, even for a project that is launched
        ("The ministry launched a $4 million project to support coffee growers.", "en", Kind.FUNDING),
        # "law enforcement" names police work, not a law
        ("Both governments will deepen law enforcement cooperation against smugglers.", "en", Kind.OPERATION),
        # "provide" and "deliver" alone say nothing of goods handed over
        ("The partners will provide shelter and protection to displaced families.", "en", Kind.PROGRAM),
        ("Los ministros se van a reunir la próxima semana.", "es", Kind.DIALOGUE),
        # "se llegó al acuerdo de que" says they agreed, not that they adopt an agreement
        ("Se llegó al acuerdo de que los dos países impulsen la electromovilidad.", "es", Kind.PROGRAM),
        # a readout that discussed something and agreed to an action: the action gives the kind
        ("The presidents discussed trade and agreed to set up a partnership on clean energy.", "en",
         Kind.PROGRAM),
        # rules of entry, taxes and bans are policy
        ("Ecuador will lift travel restrictions and extend legal status to refugees.", "en", Kind.POLICY),
        ("The Congress passed a ban on imports made with forced labor.", "en", Kind.POLICY),
        # the standing dialogues go by their acronyms
        ("The HLED will take up supply chains next month.", "en", Kind.DIALOGUE),
        # forensic help is help in kind; people named as trainees are no police operation
        ("The agency will equip forensic laboratories in five states.", "en", Kind.DELIVERY),
        ("Canada will train 300 investigators and prosecutors.", "en", Kind.DELIVERY),
        ("The governments will increase joint actions against smugglers.", "en", Kind.OPERATION),
        ("Both governments intend to pursue accountability for the attacks on journalists.", "en", Kind.OPERATION),
        ("Honduras will suspend the fees for transit migrants.", "en", Kind.POLICY),
        ("Both teams will gather feedback from port operators.", "en", Kind.DIALOGUE),
        # buying goods from a partner is trade, none of the kinds of cooperation
        ("Mexico will buy 500,000 tons of wheat from Canada.", "en", Kind.OTHER),
        ("The partners will map supply chains to guard against disruptions.", "en", Kind.PROGRAM),
        ("The agencies will disrupt the cartels' supply of precursors.", "en", Kind.OPERATION),
        # access to protection is a rule of entry
        ("Los países garantizarán el acceso a la protección internacional.", "es", Kind.POLICY),
    ],
)
def test_kind(text: str, lang: str, kind: Kind) -> None:
    assert fill_slots(text, lang, None).kind == kind


@pytest.mark.parametrize(
    ("text", "lang", "pillar"),
    [
        ("The ministers will coordinate against fentanyl trafficking.", "en", Pillar.SECURITY),
        ("The partners will expand cross-border trade and supply chains.", "en", Pillar.ECONOMY),
        ("The plan protects union rights and ends child labor.", "en", Pillar.LABOR),
        ("They will open new legal pathways for migrants and refugees.", "en", Pillar.MIGRATION),
        ("Japan will share vaccines against the pandemic.", "en", Pillar.HEALTH),
        ("The countries will cut methane emissions and expand clean energy.", "en", Pillar.ENERGY_CLIMATE),
        ("The universities will exchange students.", "en", Pillar.OTHER),
        ("Acordaron combatir el tráfico de armas y la violencia.", "es", Pillar.SECURITY),
        ("Se reforzará la protección de los solicitantes de asilo.", "es", Pillar.MIGRATION),
        ("Se aplicarán más vacunas en la frontera.", "es", Pillar.HEALTH),
    ],
)
def test_pillar(text: str, lang: str, pillar: Pillar) -> None:
    assert fill_slots(text, lang, None).pillar == pillar


def test_with_no_cue_the_kind_is_program_and_the_pillar_other() -> None:
    slots = fill_slots("They will keep working on it.", "en", None)
    assert slots.kind == Kind.PROGRAM
    assert slots.pillar == Pillar.OTHER


def test_a_sentence_without_a_verb_reads_its_first_words_first() -> None:
    # no predicate to focus on: the action named first wins over one named later
    assert fill_slots("A joint dialogue on ports, with funding for three studies.", "en", None).kind == Kind.DIALOGUE
