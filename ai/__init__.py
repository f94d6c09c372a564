"""Health-Bite AI service: FastAPI compute over the shared database (read-only)."""
