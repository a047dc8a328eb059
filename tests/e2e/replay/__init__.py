"""A whole job search replayed against followupd, with hand-set ground truth and a scorer.

`story.build()` is the plot (44 employers, January to April 2026, arcs in `arcs_*`), each
employer's expected drafts written next to its mail with the rule that asks for them;
`truth` derives what each replay expects; `score` compares the drafts made (pure);
`runner` and `replays` play it against a private Dovecot.
"""
