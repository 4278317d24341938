"""Sample articles Lagebild opens on first start (found through importlib.resources)."""
