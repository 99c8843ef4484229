"""Measuring the product on annotated documents: gold files in, precision, recall and misses out."""
