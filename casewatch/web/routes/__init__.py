"""One route module per resource; each serves an HTML page and its JSON twin from one data function."""
