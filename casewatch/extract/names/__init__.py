"""Names: persons, organisations and places mentioned in a document, grouped into entities."""
