"""The .claimdesk project file and re-attachment of the checker's work after re-extraction."""
