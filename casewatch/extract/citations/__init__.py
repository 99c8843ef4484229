"""Citations: international instruments and national laws cited, with their provisions."""
