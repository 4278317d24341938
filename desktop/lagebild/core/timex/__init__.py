"""Pattern-based German temporal tagger with TIMEX3 normalisation."""
