"""End-to-end tests: both services as real processes over real HTTP (see ``harness``)."""
