from sanderling.places.resolve_text import KEYS, resolve_place


def test_resolve_place_plain_and_with_context():
    r = resolve_place("Tripoli")
    assert set(r) == set(KEYS)
    assert r["country"] == "LBY" and r["precision"] == 1 and r["geonames_id"] == 2210247
    lb = resolve_place("Tripoli", context="Protesters blocked roads across northern Lebanon on Monday.")
    assert lb["country"] == "LBN" and abs(lb["lat"] - 34.43) < 0.1 and abs(lb["lon"] - 35.84) < 0.1
    ly = resolve_place("Tripoli", context="Fighting went on near Misrata and Tarhouna.")
    assert ly["country"] == "LBY"


def test_resolve_place_precision_and_unknowns():
    assert resolve_place("near Sirte")["precision"] == 2
    assert resolve_place("20 km south of Misrata")["name"] == "Misrata"
    assert resolve_place("in Benghazi")["precision"] == 1
    assert resolve_place("Libya")["precision"] == 4
    assert resolve_place("Fezzan")["precision"] == 3
    assert resolve_place("Qwxzyville") == {k: None for k in KEYS}
