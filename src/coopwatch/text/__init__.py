"""Text helpers shared by the stages: passages, tokens by offset, mention lookup, the
regions a document is about, nominative forms of names."""
