"""Developer scripts: running the services, building data files."""
