"""Views computed from stored extractions: timeline, requests, deadlines, actors, overview."""
