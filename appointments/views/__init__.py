"""Portal pages for the calendar, its setup, calendar sync, and the guests' self-service pages."""
