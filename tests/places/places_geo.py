"""Test helper (not a test module): distances between places."""
from sanderling.places.gazetteer import haversine_km


def km(a, b):
    """Distance in km between two Places or (lat, lon) pairs."""
    la1, lo1 = (a.lat, a.lon) if hasattr(a, "lat") else a
    la2, lo2 = (b.lat, b.lon) if hasattr(b, "lat") else b
    return haversine_km(la1, lo1, la2, lo2)
