"""The actor knowledge base. OWNER: actors helper."""


def load_knowledge_base(*, actor_files=(), agent_files=(), use_defaults=True):
    raise NotImplementedError
