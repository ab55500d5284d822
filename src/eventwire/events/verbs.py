"""The verb dictionary. OWNER: events helper."""


def load_verb_dictionary(path=None, *, use_defaults=True):
    raise NotImplementedError
