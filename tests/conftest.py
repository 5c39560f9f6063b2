import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("SANDERLING_SHARED", ROOT.parent / "shared"))


@pytest.fixture(scope="session")
def shared() -> Path:
    if not SHARED.exists():
        pytest.skip("../shared reference data is not available")
    return SHARED


@pytest.fixture(scope="session")
def resources():
    from sanderling.pipeline import load_resources
    return load_resources()
