import pytest


@pytest.fixture
def store(tmp_path):
    from sanderling.store import open_store
    s = open_store(tmp_path / "t.duckdb")
    yield s
    s.close()
