"""The appointments API, split by concern: bookings, setup, integrations."""
