"""CardDAV sync: the book follows the user to a phone and other machines.

One concept per module:

    errors       what can go wrong, told in words (which server, what it said)
    transport    one origin's HTTP: timeouts, size caps, TLS (or a trusted fingerprint), auth
    digest       RFC 7616 Digest answers (Basic is one line in transport)
    davxml       WebDAV/CardDAV request bodies and multistatus answers (defusedxml only)
    discovery    RFC 6764: from a URL or a host to the address books of a user
    credentials  passwords in the system keyring, never in the book; no plaintext fallback
    state        the sync tables: accounts, address books, per-card sync state
    cards        one card read, rendered (one rendering per contact), compared
    collection   one server address book: listing, sync-collection, multiget, PUT, DELETE
    merge        the three-way merge of one contact (last synced, local, remote)
    engine       one sync of one account: list, send, fetch, apply (one journal operation),
                 send; the guard
    accounts     the use cases the fronts call (Application.sync())

Nothing here imports Qt; `cli/sync.py` and the window drive the engine. docs/sync.md is the
user-facing description.
"""
