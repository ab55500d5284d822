def find_quotes(parsed, actors):
    raise NotImplementedError
