"""The network dashboard: its view, charts and labels."""
