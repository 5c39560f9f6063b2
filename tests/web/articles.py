"""Articles for the web tests (written for these tests; the outlets are fictional), beside the resolver
tests' academy, Mitiga and Berlin reports."""
import sys
from datetime import date
from pathlib import Path

from sanderling.records import Article

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "resolve"))
from merge_articles import (ACADEMY_A, ACADEMY_B, BERLIN_GUEST, BERLIN_HOST, SHELL_MON,  # noqa: E402
                            SHELL_TUE)

MISRATA = Article(
    id="misrata-shelling", outlet="Harbour Times", published=date(2020, 3, 4),
    title="Haftar's forces shell Misrata",
    text=("MISRATA - Forces loyal to Khalifa Haftar shelled residential districts of Misrata on Tuesday, killing "
          "three civilians, the city's municipal council said."))

# Markup and quotes in the id, the title and the URL: the API returns them as data, the app shows them as text.
HOSTILE_TITLE = '<img src=x onerror="window.__xss=1">Ankara votes & "deploys"'
HOSTILE = Article(
    id='odd/id <b>&"', outlet="<script>window.__xss=2</script>", published=date(2020, 1, 3),
    title=HOSTILE_TITLE, url="javascript:window.__xss=3",
    text=("ANKARA - Turkey's parliament on Thursday approved a bill allowing the deployment of troops to Libya, "
          "after Prime Minister Fayez al-Sarraj's government requested military support."))

WEB_ARTICLES = [ACADEMY_A, ACADEMY_B, SHELL_MON, SHELL_TUE, BERLIN_HOST, BERLIN_GUEST, MISRATA, HOSTILE]
