"""CardDAV sync: the book follows the user to a phone and other machines.

One concept per module:

    errors       what can go wrong, told in words (which server, what it said)
    http         one origin's HTTP: timeouts, size caps, TLS (or a trusted fingerprint), auth
    digest       RFC 7616 Digest answers (Basic is one line in http)
    davxml       WebDAV/CardDAV request bodies and multistatus answers (defusedxml only)
    discovery    RFC 6764: from a URL or a host to the address books of a user
    credentials  passwords in the system keyring, never in the book; no plaintext fallback
    state        the sync tables: accounts, address books, per-card sync state
    merge        the three-way merge of one contact (last synced, local, remote)
    engine       one sync of one address book: pull, merge, push, guard

Nothing here imports Qt; `cli/sync.py` and the window drive the engine. docs/sync.md is the
user-facing description.
"""
