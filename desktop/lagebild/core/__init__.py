"""The extraction core: plain Python, no Qt.

Turns a German news article into sentences, temporal expressions, entities and
events, each carrying exact character offsets into the article text.
"""
