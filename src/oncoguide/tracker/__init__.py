"""The treatment tracker: plan → dated events, missed-dose advice, dose log, symptom triage, exports."""
