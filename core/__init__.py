"""Health-Bite core service (Django + DRF): accounts, food log, plans, analytics."""
