"""Shared article texts for the ingest tests, written for these tests about real events."""
from __future__ import annotations

import pytest

BERLIN = (
    "Leaders of a dozen countries meeting in Berlin on Sunday pledged to stop sending weapons to the "
    "warring sides in Libya and to respect a United Nations arms embargo that has been ignored for years.\n\n"
    "German Chancellor Angela Merkel, who hosted the conference, said all participants had agreed that "
    "there could be no military solution to the conflict, and that a truce around Tripoli should become "
    "a lasting ceasefire overseen by a military committee with five officers from each side.\n\n"
    "The two Libyan rivals, Prime Minister Fayez al-Sarraj and the eastern commander Khalifa Haftar, came "
    "to Berlin but never sat in the same room, and the diplomats shuttled between them during the day.\n\n"
    "Turkey, which has sent military advisers to support the Tripoli government, and Russia, whose "
    "mercenaries have fought alongside Haftar's forces, both signed the final statement.\n\n"
    "UN envoy Ghassan Salame said the hard part would be to make the promises hold on the ground, "
    "where forces loyal to Haftar had shut down oil terminals in the east the day before the summit."
)

BERLIN_OTHER = (
    "Oil production in Libya collapsed this week after tribesmen allied with Khalifa Haftar closed the "
    "ports of Brega, Ras Lanuf and Sidra, the National Oil Corporation said on Monday.\n\n"
    "The blockade began on the eve of the Berlin summit, where foreign powers promised to respect the "
    "arms embargo, and the corporation warned that output could fall to a fraction of its usual level "
    "within days if the pipelines stayed shut.\n\n"
    "Analysts said the move was meant to remind the conference that Haftar controls most of the "
    "country's oil wealth, while the Tripoli government receives the revenue through the central bank.\n\n"
    "Mustafa Sanalla, who heads the corporation, called the shutdown illegal and said it would cost the "
    "country tens of millions of dollars a day."
)

BEIRUT = (
    "A huge explosion tore through the port of Beirut on Tuesday evening, killing dozens of people, "
    "wounding thousands and shattering windows across the Lebanese capital.\n\n"
    "Prime Minister Hassan Diab said that some 2,750 tonnes of ammonium nitrate had been stored in a "
    "port warehouse for six years without safety measures, and promised that those responsible would "
    "pay the price.\n\n"
    "Hospitals already stretched by the coronavirus pandemic appealed for blood donors as rescuers dug "
    "through the rubble of grain silos and flattened buildings near the waterfront."
)

KARABAKH = (
    "Armenia and Azerbaijan agreed to end six weeks of fighting over Nagorno-Karabakh under a deal "
    "brokered by Russia and signed shortly after midnight.\n\n"
    "Russian President Vladimir Putin said about two thousand Russian peacekeepers would deploy along "
    "the front line and in the Lachin corridor linking the region to Armenia."
)


@pytest.fixture
def berlin() -> str:
    return BERLIN


@pytest.fixture
def berlin_other() -> str:
    return BERLIN_OTHER


@pytest.fixture
def beirut() -> str:
    return BEIRUT


@pytest.fixture
def karabakh() -> str:
    return KARABAKH
