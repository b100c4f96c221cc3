"""coopwatch.web"""
