def load_tone_lexicon():
    raise NotImplementedError


def score_tone(parsed, *, lexicon):
    raise NotImplementedError
