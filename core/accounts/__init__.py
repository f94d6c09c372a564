"""Accounts: the user model, registration, JWT auth and the profile."""
