"""German named-entity recognition: CRF tagger, gazetteers, alias merging."""
