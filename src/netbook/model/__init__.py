"""The domain: mapped classes (`tables`), detached values (`values`), text and phone rules."""
