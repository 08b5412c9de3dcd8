"""The contact list (a paging model and its view) and the contact card."""
