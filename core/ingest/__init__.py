"""A file (txt, md, html, pdf, docx, paste) → Document: importers, furniture, metadata."""
