"""CSV dialects: sniffing a file, reading LinkedIn, Google, Outlook and mapped columns, writing."""
