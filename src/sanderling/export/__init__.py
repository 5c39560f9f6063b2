"""One writer per output format; the format is chosen by the file extension."""
from .writers import FORMATS, write_events

__all__ = ["FORMATS", "write_events"]
