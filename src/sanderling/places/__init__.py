"""Places stage: gazetteer, place finding in spaCy docs, event locations."""
