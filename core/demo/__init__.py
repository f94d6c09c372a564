"""Demo data for `make run`: a demo user with a few days of log (clearly marked demo)."""
