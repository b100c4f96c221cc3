"""coopwatch.api"""
