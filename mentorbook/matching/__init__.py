"""Pair a whole pool of mentors and mentees at once: read, rule out, score, solve, explain."""
