"""Attributes: dates, places, quotes, quantities, tone. OWNER: attributes helper."""
