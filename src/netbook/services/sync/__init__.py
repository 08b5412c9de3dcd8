"""CardDAV sync: the book follows the user to a phone and other machines.

One concept per module:

    errors       what can go wrong, told in words (which server, what it said)
    transport    one origin's HTTP: timeouts, size caps, TLS (or a trusted fingerprint), auth
    digest       RFC 7616 Digest answers (Basic is one line in transport)
    davxml       WebDAV/CardDAV request bodies and multistatus answers (defusedxml only)
    discovery    RFC 6764: from a URL or a host to the address books of a user (and MKCOL)
    credentials  passwords in the system keyring, never in the book; no plaintext fallback
    state        the sync tables: accounts, address books, per-card sync state
    cards        one card read, rendered (one rendering per contact), compared
    collection   one server address book: listing, sync-collection, multiget, PUT, DELETE
    merge        the three-way merge of one contact (last synced, local, remote)
    report       what one sync did (the contract of `netbook sync --json`)
    changes      what changed on each side: the server's listing, the change journal
    guard        an empty listing, or too many cards gone at once, stops the sync
    push         edits, new contacts and confirmed deletes sent (If-Match, If-None-Match)
    pull         the changed cards fetched and applied in one journal operation
    card_merge   one changed card merged into its contact; conflicts says what each reports
    stored_contacts  the book's contacts by id, as the sync loads and replaces them
    engine       one sync of one account: list, send, fetch, apply, send (the order)
    accounts     the use cases the fronts call (Application.sync())

Nothing here imports Qt; `cli/sync.py` and the window drive the engine. docs/sync.md is the
user-facing description.
"""
