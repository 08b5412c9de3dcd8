"""Use cases over the book. They own transactions and return plain values to ui and cli."""
