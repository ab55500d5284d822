def attach_quantities(parsed, events):
    raise NotImplementedError
