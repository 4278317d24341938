"""Bundled data files of Lagebild, found through importlib.resources."""
