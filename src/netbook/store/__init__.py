"""Storage: the SQLite file, its migrations, the search index and backups."""
