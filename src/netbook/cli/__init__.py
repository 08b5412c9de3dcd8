"""The command line: the same book as the app, for scripts and tests (README.md, "Command line")."""

from netbook.cli.main import COMMANDS, EXIT_ERROR, EXIT_OK, EXIT_USAGE, build_parser, run

__all__ = ["COMMANDS", "EXIT_ERROR", "EXIT_OK", "EXIT_USAGE", "build_parser", "run"]
