"""Document metadata: genre, date, reference, countries, reply due date, senders and addressees."""
