"""Portal views of the calls app, by page family."""
