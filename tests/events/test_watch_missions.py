"""A mission or operation launched to monitor, enforce or patrol is a deployment (MOBILIZE), not an attack; an
operation to capture a city stays an assault. Sentences written for these tests."""
from datetime import date

import pytest

from coding import code, ids, of_type


@pytest.mark.parametrize("text", [
    "The European Union on Tuesday launched a new naval mission in the Mediterranean to enforce the UN arms "
    "embargo on Libya.",
    "The European Union on Tuesday launched Operation Irini to monitor the UN arms embargo on Libya.",
])
def test_a_mission_to_watch_an_embargo_is_a_deployment(resources, text):
    evs = code(text, "2020-04-01", resources)
    assert not of_type(evs, "ASSAULT")
    dep = of_type(evs, "MOBILIZE")
    assert dep and ids(dep[0].actor) == {"EUR_EU"} and dep[0].date == date(2020, 3, 31)


def test_an_operation_to_capture_a_city_is_an_assault(resources):
    evs = of_type(code("Khalifa Haftar's forces launched an operation to capture Tripoli on Thursday.", "2019-04-05",
                       resources), "ASSAULT")
    assert evs and evs[0].date == date(2019, 4, 4)
