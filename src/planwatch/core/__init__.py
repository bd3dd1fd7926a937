"""Core types and errors, imported by every other layer (and importing none)."""
