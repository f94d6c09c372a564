"""Health-Bite domain logic: plain Python, no web framework. Both services import it."""
