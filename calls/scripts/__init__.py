"""Call scripts and persona presets: what an agent says, step by step, and how it sounds.

A script is structured data (steps with the agent's line, expected answers,
branches, objection handling and calls to action) kept as immutable versions;
it compiles into the agent's prompt and greeting, which the existing agent
publishing pushes to the voice provider. Persona presets are data too: an
agent picks one and may override some of its fields.
"""
