"""Places: the gazetteer of regions, countries, districts and cities, used by the
entities stage and by the stages that ask where a party lies."""
