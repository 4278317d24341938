"""The entity list: rows, model (sorting and filtering itself) and panel."""
