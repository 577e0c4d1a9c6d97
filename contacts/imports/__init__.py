"""CSV import: reading files, mapping columns to fields, cleaning rows, staging and applying them."""
