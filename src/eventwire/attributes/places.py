def load_gazetteer():
    raise NotImplementedError


def find_places(parsed, *, gazetteer, actors):
    raise NotImplementedError


def locate_events(parsed, events, places):
    raise NotImplementedError
