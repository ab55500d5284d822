"""Readers for the 2015-2025 actor sources in ../shared/data/actor_sources, and their merge with Phoenix.

One module per source, each returning `SourcedActor`s (records.py); merge.py adds them to the knowledge
base that scripts/build_actor_data.py compiles. Build-time only: nothing here ships in the wheel.
"""
