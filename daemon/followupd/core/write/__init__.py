"""Writing drafts and the digest: templates and composition."""
