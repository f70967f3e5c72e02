"""Personal treatment tracker: schedule engine, dose log, missed-dose advice, symptom triage, exports."""

from .schedule import cycles, monitoring_events, plan_events, removed_events, resolve, treatment_events

__all__ = ["cycles", "monitoring_events", "plan_events", "removed_events", "resolve", "treatment_events"]
