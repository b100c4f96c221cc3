"""coopwatch.evaluate"""
