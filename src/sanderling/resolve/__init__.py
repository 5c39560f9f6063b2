from .merge import event_reports, resolve_reports

__all__ = ["event_reports", "resolve_reports"]
