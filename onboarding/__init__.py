"""Self-service signup and onboarding: the public site, signup and the first-run wizard.

Its own app because it belongs to none of the others: it orchestrates them.
Signup creates a tenant (tenants), applies a vertical template (every app's
applier), shows plans (billing); the wizard adds the website as a knowledge
source and asks the answer service (knowledge), and puts the receptionist on a
phone number (calls). No other app imports it; it plugs into the portal's
setup checklist through `tenants.hooks.setup_items`.
"""
