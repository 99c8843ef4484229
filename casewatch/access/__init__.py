"""Access: who may do what and see which documents; accounts, sessions, API tokens, the audit log."""
