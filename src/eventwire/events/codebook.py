"""CAMEO codebook. OWNER: events helper."""


def load_codebook():
    raise NotImplementedError
