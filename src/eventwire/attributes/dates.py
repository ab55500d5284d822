def parse_published(value, *, doc_id):
    raise NotImplementedError


def date_events(parsed, events):
    raise NotImplementedError
