"""The minimal HTML pages: the document list and one card with its evidence highlighted."""
