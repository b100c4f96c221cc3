"""coopwatch.store"""
