-- §7.2, §7.3, §12.7: a written notice starts one clock. A TERMINATION notice backs one
-- termination, a BREACH notice one breach; an old notice cannot start a new clock for another
-- order. (NULLs stay allowed: a termination for force majeure or material breach names none.)
ALTER TABLE terminations
    ADD CONSTRAINT uq_terminations_notice UNIQUE (notice_id);

ALTER TABLE breaches
    ADD CONSTRAINT uq_breaches_notice UNIQUE (notice_id);
