"""Portal pages for contacts: list, detail, forms, import flow, do-not-call list, setup."""
