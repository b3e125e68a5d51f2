"""Blocks that only resources' pages use, by sub-domain. The blocks every app shares are in website.blocks."""
