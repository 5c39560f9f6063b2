from .merge import resolve_reports

__all__ = ["resolve_reports"]
