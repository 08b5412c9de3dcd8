"""The domain: mapped classes (`tables`), detached plain values (`values`), text folding (`text`)."""
