"""Requests: what a body asks the government (or another party) to do, and by when."""
