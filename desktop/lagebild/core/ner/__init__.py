"""German named-entity recognition: CRF tagger, gazetteers, alias merging.

``find_entities`` tags each sentence with the CRF model trained on GermEval
2014 (:mod:`.tagger`, features in :mod:`.features`), then merges the names of
one article into entities with their mentions (:mod:`.aliases`).  Model,
lexicon and gazetteers load on first use.  Rebuild them with
``python -m lagebild.core.ner.train --germeval DIR --out resources/models/``.
"""

from __future__ import annotations

from lagebild.core.model import Entity, Sentence, Token

__all__ = ["find_entities"]


def find_entities(text: str, sentences: list[Sentence], tokens: list[Token], article_key: str) -> list[Entity]:
    """People, organisations, places and other names in ``text``, in order of first mention.

    ``tokens`` come from :func:`lagebild.core.sentences.segment` and index
    ``text``; entity IDs derive from ``article_key`` and the first name mention.
    """
    from lagebild.core.ner import aliases, tagger

    del sentences  # tokens carry their sentence index
    if not tokens:
        return []
    return aliases.build(text, tokens, tagger.name_spans(tokens), article_key)
