"""The contacts API (DRF), under /api/v1/ on tenant hosts."""
