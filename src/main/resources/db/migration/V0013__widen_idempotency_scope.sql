-- An idempotency scope is the operation plus the caller's token subject, which may be up to 255
-- characters (Actor.MAX_LENGTH): "POST /grants/<uuid>/disbursements|<subject>" reached 319 and
-- overflowed varchar(300) with a 500. 400 leaves room for every route Haven has (IdempotencyStore
-- refuses a longer scope before it reaches the database). Widening keeps the keys already stored
-- valid, so a retry that spans the upgrade still finds its first answer.
alter table idempotency_key alter column scope type varchar(400);
