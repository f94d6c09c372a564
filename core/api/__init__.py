"""Shared API plumbing: the JSON error shape, pagination, middleware and test bases."""
