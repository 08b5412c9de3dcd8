"""netbook: a private, offline desktop address book that keeps the story of every connection."""

__version__ = "0.1.0"
APP_NAME = "netbook"
APP_ID = "org.example.Netbook"
